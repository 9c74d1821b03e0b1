import {
  AuditRecorded,
  AuditRecordedV1,
  IntegrationEvent,
  MoveEnded,
  MoveEndedV1,
  MoveMadePermanent,
  MoveMadePermanentV1,
  MoveStarted,
  MoveStartedV1,
  MOVES_MOVE_TOPIC,
} from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { InboxHandlers, Logger, ROOT_LOGGER, TypeOrmTransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrailEntry } from '../audit/application/audit-trail-entry';
import { TakeInAuditEntryCommand } from '../audit/application/take-in-audit-entry/take-in-audit-entry.command';
import { TakeInAuditEntryHandler } from '../audit/application/take-in-audit-entry/take-in-audit-entry.handler';
import { ApplyMoveOutcomeCommand } from '../person/application/apply-move-outcome/apply-move-outcome.command';
import { ApplyMoveOutcomeHandler } from '../person/application/apply-move-outcome/apply-move-outcome.handler';
import { MoveStep } from '../person/application/apply-move-outcome/move-step.ledger';
import {
  MappedMoveOutcome,
  outcomeOfMoveEnded,
  outcomeOfMoveMadePermanent,
  outcomeOfMoveStarted,
} from './move-outcome.mapping';

/**
 * What people takes in: every service's audit entries, for the consolidated trail, and the moves service's started,
 * ended and made-permanent moves, which change the person's record. Each runs in the inbox's transaction, so the
 * effect and the inbox row commit together (style rule 7).
 */
@Injectable()
export class PeopleInboxHandlers implements InboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly takeInAuditEntry: TakeInAuditEntryHandler,
    private readonly applyMoveOutcome: ApplyMoveOutcomeHandler,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      [AuditRecorded.type]: (event, manager) => this.auditRecorded(event, manager),
      [MoveStarted.type]: (event: IntegrationEvent<MoveStartedV1>, manager) =>
        this.moveStep(event, 'MoveStarted', outcomeOfMoveStarted(event.data), manager),
      [MoveEnded.type]: (event: IntegrationEvent<MoveEndedV1>, manager) =>
        this.moveStep(event, 'MoveEnded', outcomeOfMoveEnded(event.data), manager),
      [MoveMadePermanent.type]: (event: IntegrationEvent<MoveMadePermanentV1>, manager) =>
        this.moveStep(event, 'MoveMadePermanent', outcomeOfMoveMadePermanent(event.data), manager),
    };
  }

  /** Anything but APPLIED is logged and acknowledged: an unknown or departed person is an answer, not a failure. */
  private async moveStep(
    event: IntegrationEvent<{ moveId: string; personId: string; kind: string }>,
    step: MoveStep,
    mapped: MappedMoveOutcome,
    manager: EntityManager,
  ) {
    const { moveId, personId, kind } = event.data;
    const context = { eventId: event.id, moveId, personId, kind, step, traceId: event.traceid };
    if ('ignored' in mapped) {
      this.logger.debug({ ...context, reason: mapped.ignored }, 'move event: nothing for people');
      return;
    }
    const result = await this.transactions.join(manager, () =>
      this.applyMoveOutcome.execute(
        new ApplyMoveOutcomeCommand(personId, step, mapped.outcome, event.traceid),
      ),
    );
    if (result !== 'APPLIED')
      this.logger.info({ ...context, result }, 'move event acknowledged, record unchanged');
  }

  private async auditRecorded(event: IntegrationEvent<AuditRecordedV1>, manager: EntityManager) {
    const { entryId, changes, ...data } = event.data;
    // Parsed from the wire, so JSON by construction; the contract checked that it is an object.
    const entry = {
      ...data,
      entryId,
      changes: changes as AuditTrailEntry['changes'],
      eventId: event.id,
      traceId: event.traceid,
    };
    await this.transactions.join(manager, () =>
      this.takeInAuditEntry.execute(new TakeInAuditEntryCommand(entry)),
    );
  }
}

/** The topics those events travel on: what the people consumer subscribes to. */
export const PEOPLE_TOPICS = [AuditRecorded.topic, MOVES_MOVE_TOPIC];
