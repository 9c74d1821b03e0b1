import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '@civil/platform';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { MoveTimelineEntry } from '../application/move-view';

@ObjectType('MoveTimelineEntry', {
  registerIn: () => MovesSchemaScope,
  description: 'One thing that happened to a move',
})
export class MoveTimelineEntryModel {
  @Field(() => Int)
  version: number;

  @Field(() => String, { description: 'e.g. MoveProposed, ReleaseAgreed, TenureHoldReleased, MoveStarted' })
  type: string;

  @Field(() => String, { description: 'The status the move was in after it' })
  status: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { description: 'PERSON, HOME_DEPARTMENT, HOST_DEPARTMENT, PLANNER or SYSTEM' })
  actorRole: string;

  @Field(() => String, { nullable: true })
  actorPersonId?: string;

  @Field(() => String, { nullable: true })
  actorDepartmentCode?: string;

  @Field(() => JsonScalar, { description: 'Its particulars: dates, reasons' })
  details: Record<string, unknown>;

  static from(entry: MoveTimelineEntry): MoveTimelineEntryModel {
    return Object.assign(new MoveTimelineEntryModel(), {
      ...entry,
      actorRole: entry.actor.role,
      actorPersonId: entry.actor.personId,
      actorDepartmentCode: entry.actor.departmentCode,
    });
  }
}
