import { Identity } from '@civil/auth';
import {
  InMemoryPostReservationStore,
  RecordingReservationEvents,
} from '../../../post-reservation/testing/in-memory-post-reservations';
import { Vacancy } from '../../domain/vacancy.aggregate';
import {
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryVacancyRepository,
  RecordingPublisher,
} from '../../testing/in-memory-vacancies';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { CancelVacancyCommand } from './cancel-vacancy.command';
import { CancelVacancyHandler } from './cancel-vacancy.handler';

const id = '0190f6a2-2222-7000-8000-0000000000d1';
const manager: Identity = {
  subject: 'hm',
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DWP',
  crossGovernment: false,
};
const held = (moveId: string, status: 'RESERVED' | 'FILLED') => ({
  moveId,
  vacancyId: id,
  personId: 'p',
  status,
  refusalReason: null,
});

describe('CancelVacancyHandler', () => {
  it('cancels with the reason and releases every held post (one PostReleased each); filled posts stay filled', async () => {
    const vacancies = new InMemoryVacancyRepository();
    await vacancies.add(
      Vacancy.create(
        id,
        {
          departmentCode: 'DWP',
          title: 'Work coach',
          description: 'Jobcentre',
          grade: 'EO',
          profession: 'Operational Delivery',
          posts: 3,
          ftePerPost: 1,
        },
        null,
        new Date(),
      ),
    );
    const store = new InMemoryPostReservationStore();
    for (const row of [held('m1', 'RESERVED'), held('m2', 'RESERVED'), held('m3', 'FILLED')])
      store.rows.set(row.moveId, row);
    const vacancyEvents = new RecordingPublisher();
    const reservationEvents = new RecordingReservationEvents();
    const runner = new VacancyChangeRunner(
      new ImmediateTransactionRunner(),
      vacancies,
      vacancyEvents,
      fixedClock(),
    );
    const handler = new CancelVacancyHandler(runner, store, reservationEvents);

    const cancelled = await handler.execute(new CancelVacancyCommand(id, 'Budget cut', manager, 't'));

    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Budget cut' });
    expect(reservationEvents.published).toEqual([
      { type: 'PostReleased', moveId: 'm1' },
      { type: 'PostReleased', moveId: 'm2' },
    ]);
    expect(store.rows.get('m3')!.status).toBe('FILLED');
    expect(vacancyEvents.published.map(({ event }) => event.type)).toEqual(['VacancyCancelled']);
  });
});
