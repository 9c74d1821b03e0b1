import { MANAGE_APPLICANTS } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { MoveChangeRunner } from '../../../move/application/move-change.runner';
import { MoveParticipants } from '../../../move/application/move-participants';
import { Move, MoveSnapshot } from '../../../move/domain/move.aggregate';
import { MoveKind } from '../../../move/domain/move-kind';
import { PUBLISHED_MOVE_LIMITS } from '../../../move/domain/move-limits';
import { NotFoundError } from '@civil/platform';
import { ApplicationChangeRunner } from '../change-application/application-change.runner';
import { OfferMoveCommand } from './offer-move.command';

/**
 * An offer turns the application into a move (origin APPLICATION: applying was the person's consent), in the same
 * transaction: the move is then held for tenure or waits for the home department's release and the host's
 * acceptance like any other. The new post's grade is the vacancy's (one up for a promotion).
 */
@Injectable()
export class OfferMoveHandler {
  constructor(
    private readonly applications: ApplicationChangeRunner,
    private readonly participants: MoveParticipants,
    private readonly moves: MoveChangeRunner,
  ) {}

  async execute({ applicationId, identity, traceId, terms }: OfferMoveCommand): Promise<MoveSnapshot> {
    let offered: MoveSnapshot | undefined;
    await this.applications.run(
      { applicationId, identity, traceId, policy: MANAGE_APPLICANTS },
      async (application, now) => {
        const { personId, vacancyId, kind } = application.snapshot();
        const [person, vacancy] = await Promise.all([
          this.participants.person(personId),
          this.participants.vacancy(vacancyId),
        ]);
        if (!person) throw new NotFoundError('Person', personId);
        if (!vacancy) throw new NotFoundError('Vacancy', vacancyId);
        const move = Move.propose(
          // The move's id is the offer's: one offer, one move, and a retried offer cannot make a second.
          applicationId,
          {
            origin: 'APPLICATION',
            applicationId,
            terms: {
              kind: kind as MoveKind,
              personId,
              // Where they work now (they may have moved since applying); an outside expert has no home department.
              homeDepartmentCode: kind === 'SECONDMENT_IN' ? undefined : person.departmentCode,
              hostDepartmentCode: vacancy.departmentCode,
              vacancyId,
              grade: vacancy.grade,
              profession: vacancy.profession,
              specialism: vacancy.specialism,
              ...terms,
            },
          },
          person,
          PUBLISHED_MOVE_LIMITS,
          now,
          { role: 'HOST_DEPARTMENT', personId: identity.personId, departmentCode: identity.departmentCode },
        );
        application.offer(move.id, now);
        await this.moves.add(move, traceId);
        offered = move.snapshot();
      },
    );
    return offered!;
  }
}
