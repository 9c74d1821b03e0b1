import { Vacancy } from '../../../vacancy/domain/vacancy.aggregate';
import {
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryVacancyRepository,
} from '../../../vacancy/testing/in-memory-vacancies';
import {
  InMemoryPostReservationStore,
  RecordingReservationEvents,
} from '../../testing/in-memory-post-reservations';
import { ReservePostCommand } from './reserve-post.command';
import { ReservePostHandler } from './reserve-post.handler';

const vacancyId = '0190f6a2-2222-7000-8000-0000000000f1';
const now = new Date('2026-11-24T10:00:00Z');

async function setUp(open = true) {
  const vacancies = new InMemoryVacancyRepository();
  const vacancy = Vacancy.create(
    vacancyId,
    {
      departmentCode: 'DWP',
      title: 'Work coach',
      description: 'Jobcentre',
      grade: 'EO',
      profession: 'Operational Delivery',
      posts: 2,
      ftePerPost: 1,
      moveKinds: ['LEVEL_TRANSFER'],
      locations: ['Leeds'],
      behaviours: ['Working Together'],
      closingDate: '2026-12-31',
    },
    null,
    now,
  );
  if (open) vacancy.publish(now);
  await vacancies.add(vacancy);
  const store = new InMemoryPostReservationStore();
  const events = new RecordingReservationEvents();
  const handler = new ReservePostHandler(
    new ImmediateTransactionRunner(),
    vacancies,
    store,
    events,
    fixedClock(),
  );
  const reserve = (moveId: string, id = vacancyId) =>
    handler.execute(new ReservePostCommand(moveId, id, '0190f6a2-2222-7000-8000-0000000000aa', 't'));
  return { store, events, reserve };
}

describe('ReservePostHandler', () => {
  it('reserves while posts are free, then refuses NO_POSTS_LEFT, one answer event each', async () => {
    const { events, reserve } = await setUp();
    expect(await reserve('m1')).toEqual({ status: 'RESERVED', repeated: false });
    expect(await reserve('m2')).toEqual({ status: 'RESERVED', repeated: false });
    expect(await reserve('m3')).toEqual({ status: 'REFUSED', reason: 'NO_POSTS_LEFT', repeated: false });
    expect(events.published).toEqual([
      { type: 'PostReserved', moveId: 'm1', postsLeft: 1 },
      { type: 'PostReserved', moveId: 'm2', postsLeft: 0 },
      { type: 'PostReservationRefused', moveId: 'm3', reason: 'NO_POSTS_LEFT' },
    ]);
  });

  it('answers a repeated request from its record, and publishes nothing new', async () => {
    const { store, events, reserve } = await setUp();
    await reserve('m1');
    expect(await reserve('m1')).toEqual({ status: 'RESERVED', repeated: true });
    expect(store.rows.size).toBe(1);
    expect(events.published).toHaveLength(1);
  });

  it('refuses a draft (VACANCY_NOT_OPEN) and an unknown vacancy (VACANCY_NOT_FOUND), and records both', async () => {
    const draft = await setUp(false);
    expect(await draft.reserve('m1')).toMatchObject({ status: 'REFUSED', reason: 'VACANCY_NOT_OPEN' });
    expect(await draft.reserve('m2', '0190f6a2-2222-7000-8000-0000000000f2')).toMatchObject({
      reason: 'VACANCY_NOT_FOUND',
    });
    expect([...draft.store.rows.values()].map((row) => row.refusalReason)).toEqual([
      'VACANCY_NOT_OPEN',
      'VACANCY_NOT_FOUND',
    ]);
  });
});
