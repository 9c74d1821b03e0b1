import { PostReservationEventsPublisher } from '../application/post-reservation-events.publisher';
import { PostCounts, PostReservationStore } from '../application/post-reservation.store';
import { PostReservation, ReservationStatus } from '../domain/post-reservation';

/** Test doubles for handler specs: no I/O. */
export class InMemoryPostReservationStore extends PostReservationStore {
  readonly rows = new Map<string, PostReservation>();

  async find(moveId: string) {
    return this.rows.get(moveId) ?? null;
  }
  async insert(reservation: PostReservation) {
    if (this.rows.has(reservation.moveId)) return false;
    this.rows.set(reservation.moveId, { ...reservation });
    return true;
  }
  async transition(moveId: string, from: ReservationStatus, to: ReservationStatus) {
    const row = this.rows.get(moveId);
    if (row?.status !== from) return false;
    row.status = to;
    return true;
  }
  async countLive(vacancyId: string): Promise<PostCounts> {
    const rows = [...this.rows.values()].filter((row) => row.vacancyId === vacancyId);
    return {
      reserved: rows.filter((row) => row.status === 'RESERVED').length,
      filled: rows.filter((row) => row.status === 'FILLED').length,
    };
  }
  async countsFor(vacancyIds: string[]) {
    return new Map(await Promise.all(vacancyIds.map(async (id) => [id, await this.countLive(id)] as const)));
  }
  async releaseAllReserved(vacancyId: string) {
    const held = [...this.rows.values()].filter(
      (row) => row.vacancyId === vacancyId && row.status === 'RESERVED',
    );
    for (const row of held) row.status = 'RELEASED';
    return held.map((row) => ({ ...row }));
  }
}

export class RecordingReservationEvents extends PostReservationEventsPublisher {
  readonly published: { type: string; moveId: string; postsLeft?: number; reason?: string | null }[] = [];

  async reserved(r: PostReservation, postsLeft: number) {
    this.published.push({ type: 'PostReserved', moveId: r.moveId, postsLeft });
  }
  async refused(r: PostReservation) {
    this.published.push({ type: 'PostReservationRefused', moveId: r.moveId, reason: r.refusalReason });
  }
  async released(r: PostReservation) {
    this.published.push({ type: 'PostReleased', moveId: r.moveId });
  }
}
