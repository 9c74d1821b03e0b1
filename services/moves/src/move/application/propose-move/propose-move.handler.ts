import { PROPOSE_MOVE } from '@civil/auth';
import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Move, MoveSnapshot } from '../../domain/move.aggregate';
import { PUBLISHED_MOVE_LIMITS } from '../../domain/move-limits';
import { MoveRuleViolation } from '../../domain/move.errors';
import { MoveChangeRunner, partiesOf } from '../move-change.runner';
import { MoveParticipants } from '../move-participants';
import { ProposeMoveCommand } from './propose-move.command';

@Injectable()
export class ProposeMoveHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly participants: MoveParticipants,
    private readonly changes: MoveChangeRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ identity, traceId, input }: ProposeMoveCommand): Promise<MoveSnapshot> {
    return this.transactions.run(async () => {
      const person = await this.participants.person(input.personId);
      if (!person) throw new NotFoundError('Person', input.personId);
      if (person.status === 'LEFT')
        throw new MoveRuleViolation('MOVE.PERSON_LEFT', 'personId', 'the person has left the civil service');
      const vacancy = input.vacancyId ? await this.participants.vacancy(input.vacancyId) : undefined;
      if (input.vacancyId && !vacancy) throw new NotFoundError('Vacancy', input.vacancyId);
      // Selection goes on after the closing date; a draft, filled or cancelled vacancy has no post to give.
      if (vacancy && !['OPEN', 'CLOSED'].includes(vacancy.status))
        throw new MoveRuleViolation('MOVE.VACANCY_NOT_OPEN', 'vacancyId', `the vacancy is ${vacancy.status}`);
      if (vacancy && vacancy.grade !== person.grade)
        throw new MoveRuleViolation(
          'MOVE.GRADE_MISMATCH',
          'vacancyId',
          `a planner moves people at their grade: the vacancy is ${vacancy.grade}, the person ${person.grade}`,
        );
      const now = this.clock.now();
      const move = Move.propose(
        uuidv7(now.getTime()),
        {
          origin: 'PLANNER',
          terms: {
            kind: input.kind,
            personId: person.personId,
            homeDepartmentCode: person.departmentCode,
            hostDepartmentCode:
              input.kind === 'SECONDMENT_OUT'
                ? undefined
                : (vacancy?.departmentCode ?? input.hostDepartmentCode),
            externalOrganisation: input.externalOrganisation,
            vacancyId: vacancy?.vacancyId,
            // A planner moves people at their grade (promotions come through applications).
            grade: person.grade,
            profession: vacancy?.profession,
            specialism: vacancy?.specialism,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            hoursPerWeek: input.hoursPerWeek,
            payer: input.payer,
            justification: input.justification,
          },
        },
        person,
        PUBLISHED_MOVE_LIMITS,
        now,
        { role: 'PLANNER', personId: identity.personId, departmentCode: identity.departmentCode },
      );
      authorize(PROPOSE_MOVE, identity, partiesOf(move.snapshot()));
      await this.changes.add(move, traceId);
      return move.snapshot();
    });
  }
}
