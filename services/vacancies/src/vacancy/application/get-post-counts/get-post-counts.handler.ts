import { Injectable } from '@nestjs/common';
import {
  PostCounts,
  PostReservationStore,
} from '../../../post-reservation/application/post-reservation.store';
import { GetPostCountsQuery } from './get-post-counts.query';

/** Counted from the reservation rows, per vacancy; a vacancy with none counts zero. */
@Injectable()
export class GetPostCountsHandler {
  constructor(private readonly reservations: PostReservationStore) {}

  async execute(query: GetPostCountsQuery): Promise<Map<string, PostCounts>> {
    const counts = await this.reservations.countsFor(query.vacancyIds);
    return new Map(query.vacancyIds.map((id) => [id, counts.get(id) ?? { reserved: 0, filled: 0 }]));
  }
}
