import {
  IntegrationEvent,
  MoveCancelled,
  MoveRejected,
  MoveStarted,
  MoveStartedV1,
  MoveStoppedBeforeStartV1,
  MoveWithdrawn,
  PostReservationRequested,
  PostReservationRequestedV1,
} from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FillPostCommand } from '../application/fill-post/fill-post.command';
import { FillPostHandler } from '../application/fill-post/fill-post.handler';
import { ReleasePostCommand } from '../application/release-post/release-post.command';
import { ReleasePostHandler } from '../application/release-post/release-post.handler';
import { ReservePostCommand } from '../application/reserve-post/reserve-post.command';
import { ReservePostHandler } from '../application/reserve-post/reserve-post.handler';

/**
 * The moves saga's requests and outcomes, translated into post-reservation commands. Each runs in the inbox's
 * transaction (joined), so the reservation, its answer in the outbox and the inbox row commit together.
 */
@Injectable()
export class PostReservationInboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly reserve: ReservePostHandler,
    private readonly fill: FillPostHandler,
    private readonly release: ReleasePostHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    const released = (event: IntegrationEvent<MoveStoppedBeforeStartV1>, manager: EntityManager) =>
      this.transactions.join(manager, async () => {
        await this.release.execute(new ReleasePostCommand(event.data.moveId, event.traceid));
      });
    return {
      [PostReservationRequested.type]: (event: IntegrationEvent<PostReservationRequestedV1>, manager) =>
        this.transactions.join(manager, async () => {
          const { moveId, vacancyId, personId } = event.data;
          await this.reserve.execute(new ReservePostCommand(moveId, vacancyId, personId, event.traceid));
        }),
      [MoveStarted.type]: (event: IntegrationEvent<MoveStartedV1>, manager) =>
        this.transactions.join(manager, async () => {
          // A move into a department without a vacancy holds no post.
          if (event.data.vacancyId === undefined) return;
          await this.fill.execute(
            new FillPostCommand(event.data.moveId, event.data.vacancyId, event.traceid),
          );
        }),
      [MoveWithdrawn.type]: released,
      [MoveRejected.type]: released,
      [MoveCancelled.type]: released,
    };
  }
}

/** The topic those events travel on. */
export const POST_RESERVATION_TOPICS = [PostReservationRequested.topic];
