import { DynamicModule, Module } from '@nestjs/common';
import { MoveEventsPublisher } from './application/integration-events/move-events.publisher';
import { GetMoveHandler } from './application/get-move/get-move.handler';
import { ListMovesHandler } from './application/list-moves/list-moves.handler';
import { MoveChangeRunner } from './application/move-change.runner';
import { MoveParticipants } from './application/move-participants';
import { MoveReader } from './application/move-view';
import { ProposeMoveHandler } from './application/propose-move/propose-move.handler';
import { RecordPostAnswerHandler } from './application/record-post-answer/record-post-answer.handler';
import { DueMovesReader } from './application/run-due-moves/due-moves.reader';
import { RunDueMovesHandler } from './application/run-due-moves/run-due-moves.handler';
import { TransitionMoveHandler } from './application/transition-move/transition-move.handler';
import { MoveListsResolver } from './api/move-lists.resolver';
import { MoveResolver } from './api/move.resolver';
import { DepartmentMovesResolver, PersonMovesListResolver } from './api/federated-moves.resolver';
import { DepartmentReference } from './api/department.reference';

/** Entities moves only extends: no query returns them, so the schema lists them as orphaned types. */
export const MOVE_ORPHANED_TYPES = [DepartmentReference];
import { MoveRepository } from './domain/move.repository';
import { MOVE_SCHEDULE_OPTIONS, MoveScheduleOptions, MoveScheduler } from './infrastructure/move.scheduler';
import { OutboxMoveEventsPublisher } from './infrastructure/outbox-move-events.publisher';
import { SqlDueMovesReader } from './infrastructure/sql-due-moves.reader';
import { SqlMoveParticipants } from './infrastructure/sql-move-participants';
import { SqlMoveReader } from './infrastructure/sql-move.reader';
import { SqlMoveRepository } from './infrastructure/sql-move.repository';

export const MOVE_RESOLVERS = [
  MoveResolver,
  MoveListsResolver,
  PersonMovesListResolver,
  DepartmentMovesResolver,
];

const PROVIDERS = [
  ...MOVE_RESOLVERS,
  MoveChangeRunner,
  ProposeMoveHandler,
  TransitionMoveHandler,
  GetMoveHandler,
  ListMovesHandler,
  RecordPostAnswerHandler,
  RunDueMovesHandler,
  MoveScheduler,
  { provide: MoveRepository, useClass: SqlMoveRepository },
  { provide: MoveReader, useClass: SqlMoveReader },
  { provide: MoveParticipants, useClass: SqlMoveParticipants },
  { provide: MoveEventsPublisher, useClass: OutboxMoveEventsPublisher },
  { provide: DueMovesReader, useClass: SqlDueMovesReader },
];

@Module({})
export class MoveModule {
  static forRuntime(schedule: MoveScheduleOptions): DynamicModule {
    return {
      module: MoveModule,
      // Global: applications make moves (an offer) and the inbox answers the saga; the schedule options make this
      // a dynamic module, which other modules cannot import again without the runtime.
      global: true,
      providers: [...PROVIDERS, { provide: MOVE_SCHEDULE_OPTIONS, useValue: schedule }],
      // ProposeMoveHandler: an approved reallocation plan proposes its moves through the same path.
      exports: [
        MoveChangeRunner,
        MoveParticipants,
        RecordPostAnswerHandler,
        RunDueMovesHandler,
        ProposeMoveHandler,
      ],
    };
  }
}
