import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MOVE_KINDS } from '../domain/move-kind';
import { MOVE_STATUSES } from '../domain/move-status';
import { MoveSnapshot } from '../domain/move.aggregate';
import { MovesSchemaScope } from '../../moves-schema.scope';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

// People has `MoveKind` (the kinds a person may want, without SECONDMENT_IN); every kind a move can be is this one.
export const KindOfMove = asEnum(MOVE_KINDS);
registerEnumType(KindOfMove, { name: 'KindOfMove', registerIn: () => MovesSchemaScope });
export const MoveStatus = asEnum(MOVE_STATUSES);
registerEnumType(MoveStatus, { name: 'MoveStatus', registerIn: () => MovesSchemaScope });
export const MovePayer = asEnum(['HOME', 'HOST'] as const);
registerEnumType(MovePayer, { name: 'MovePayer', registerIn: () => MovesSchemaScope });

@ObjectType('MoveAgreements', {
  registerIn: () => MovesSchemaScope,
  description:
    "The three-way agreement: the person's consent, the home department's release, the host's acceptance",
})
export class MoveAgreementsModel {
  @Field(() => Boolean, { description: 'False when the person applied: applying is consent' })
  consentNeeded: boolean;

  @Field(() => Date, { nullable: true })
  consentGivenAt?: Date;

  @Field(() => Boolean, {
    description: 'False for an outside expert coming in: no home department releases them',
  })
  releaseNeeded: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The date the home department releases the person from',
  })
  releaseOn?: string;

  @Field(() => Date, { nullable: true })
  releasedAt?: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt?: Date;
}

@ObjectType('MoveTenureHold', { registerIn: () => MovesSchemaScope })
export class MoveTenureHoldModel {
  @Field(() => String, { description: "When the person's minimum expected assignment ends" })
  minimumTermEndsOn: string;

  @Field(() => String, { nullable: true, description: "The planner's written reason, once released" })
  releaseReason?: string;
}

/** Moves owns Move: the move and where it stands; its timeline is a field of its own (MoveResolver). */
@ObjectType('Move')
@Directive('@key(fields: "id")')
export class MoveModel {
  @Field(() => ID)
  id: string;

  @Field(() => KindOfMove)
  kind: string;

  @Field(() => MoveStatus)
  status: string;

  @Field(() => String, { description: 'PLANNER (proposed) or APPLICATION (an offer)' })
  origin: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true })
  vacancyId?: string;

  @Field(() => ID, { nullable: true, description: 'The application an offer made this move from' })
  applicationId?: string;

  @Field(() => String, { nullable: true })
  homeDepartmentCode?: string;

  @Field(() => String, { nullable: true })
  hostDepartmentCode?: string;

  @Field(() => String, { nullable: true, description: 'The outside organisation of a secondment' })
  externalOrganisation?: string;

  @Field(() => String, { description: "The person's grade in the new post" })
  grade: string;

  @Field(() => String)
  requestedStartOn: string;

  @Field(() => String, {
    description: "The agreed start: the later of the asked date and the home department's release",
  })
  startsOn: string;

  @Field(() => String, { nullable: true })
  endsOn?: string;

  @Field(() => Float, { nullable: true })
  hoursPerWeek?: number;

  @Field(() => MovePayer)
  payer: string;

  @Field(() => String, { nullable: true, description: 'Why a loan runs past the published limit' })
  justification?: string;

  @Field(() => MoveAgreementsModel)
  agreements: MoveAgreementsModel;

  @Field(() => MoveTenureHoldModel, { nullable: true })
  tenureHold?: MoveTenureHoldModel;

  @Field(() => String, { nullable: true, description: 'Why the move stopped before it started' })
  stopReason?: string;

  @Field(() => Int)
  version: number;

  static from(move: MoveSnapshot): MoveModel {
    const { terms, agreements: a } = move;
    return Object.assign(new MoveModel(), {
      ...terms,
      id: move.id,
      applicationId: move.applicationId,
      status: move.status,
      origin: move.origin,
      requestedStartOn: move.requestedStartOn,
      agreements: {
        consentNeeded: a.consentNeeded,
        consentGivenAt: a.consentGivenAt,
        releaseNeeded: a.releaseNeeded,
        releaseOn: a.release?.releaseOn,
        releasedAt: a.release?.at,
        acceptedAt: a.acceptance?.at,
      },
      tenureHold: move.tenureHold && {
        minimumTermEndsOn: move.tenureHold.minimumTermEndsOn,
        releaseReason: move.tenureHold.reason,
      },
      stopReason: move.stopReason,
      version: move.version,
    });
  }
}
