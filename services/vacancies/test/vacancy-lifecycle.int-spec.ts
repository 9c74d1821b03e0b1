// A vacancy from draft to filled or cancelled, through the API, on a real PostgreSQL and Kafka, with a clock the test
// moves: publishing validation, optimistic concurrency, visibility, events, and closing itself at its closing date.
import { Identity } from '@civil/auth';
import {
  IntegrationEvent,
  MOVES_MOVE_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createVacanciesApp } from '../src/app';
import { FillPostCommand } from '../src/post-reservation/application/fill-post/fill-post.command';
import { FillPostHandler } from '../src/post-reservation/application/fill-post/fill-post.handler';
import { ReservePostCommand } from '../src/post-reservation/application/reserve-post/reserve-post.command';
import { ReservePostHandler } from '../src/post-reservation/application/reserve-post/reserve-post.handler';
import { CloseVacanciesAtClosingDateHandler } from '../src/vacancy/application/close-vacancies-at-closing-date/close-vacancies-at-closing-date.handler';
import {
  CANCEL,
  CLOSE,
  completeInput,
  ControlledClock,
  CREATE,
  daysAfter,
  openVacancy,
  PUBLISH,
  UPDATE,
  VACANCY,
} from './vacancy-lifecycle.fixtures';

const clock = new ControlledClock();
const MANAGER = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT', personId: uuidv7() });
const EMPLOYEE_HERE = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DSIT', personId: uuidv7() });
const EMPLOYEE_ELSEWHERE = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'HMRC', personId: uuidv7() });
const MANAGER_ELSEWHERE = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'HMRC',
  personId: uuidv7(),
});

describe('vacancy lifecycle (real PostgreSQL and Kafka)', () => {
  let vacancies: ServiceUnderTest;
  let dataSource: DataSource;
  let subscription: Subscription;
  const events: IntegrationEvent<Record<string, unknown>>[] = [];
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    vacancies.call(identity, query, variables);
  const eventsAbout = (id: string) => events.filter((event) => event.subject === id);

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      // Vacancies consumes the moves saga's requests on moves.move.v1 (post reservation).
      topics: [VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC, MOVES_MOVE_TOPIC],
      clock,
      // The auto-close job runs every 100 ms here, on the test's clock.
      create: (runtime) => createVacanciesApp({ ...runtime, autoCloseEveryMs: 100 }),
    });
    dataSource = vacancies.app.get(DataSource);
    subscription = await vacancies.transport.subscribe(
      {
        groupId: `vacancy-lifecycle-test-${uuidv7()}`,
        topics: [VACANCIES_VACANCY_TOPIC],
        fromBeginning: true,
      },
      async (message) => void events.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await vacancies?.close();
  });

  it('refuses to publish an incomplete draft, naming everything missing at once', async () => {
    const draft = (
      await call(MANAGER, CREATE, {
        input: {
          ...completeInput(clock),
          moveKinds: ['LOAN'],
          durationMonths: 30,
          locations: [],
          behaviours: [],
          closingDate: null,
        },
      })
    ).data!.createVacancy;

    const refused = await call(MANAGER, PUBLISH, { id: draft.id });

    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VACANCY.INCOMPLETE',
      missing: ['locations', 'behaviours', 'closingDate', 'loanJustification'],
    });
    expect(refused.errors![0].message).toMatch(/locations is required.*loanJustification is required/);
    expect((await call(MANAGER, VACANCY, { id: draft.id })).data!.vacancy).toMatchObject({
      status: 'DRAFT',
      version: 1,
    });

    const pastDate = await call(MANAGER, UPDATE, {
      id: draft.id,
      v: 1,
      input: {
        locations: ['Leeds'],
        behaviours: ['Leadership'],
        loanJustification: 'Two-year programme',
        closingDate: daysAfter(clock, 0),
      },
    });
    const again = await call(MANAGER, PUBLISH, { id: draft.id, v: pastDate.data!.updateVacancy.version });
    expect(again.errors![0].extensions).toMatchObject({ missing: ['closingDate'] });
  });

  it('takes a vacancy from draft to open, changed, closed, reserved and filled, with an event at each step', async () => {
    const created = (await call(MANAGER, CREATE, { input: completeInput(clock, { posts: 2 }) })).data!
      .createVacancy;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, createdBy: MANAGER.personId, postsLeft: 2 });

    const published = (await call(MANAGER, PUBLISH, { id: created.id, v: 1 })).data!.publishVacancy;
    expect(published).toMatchObject({ status: 'OPEN', version: 2, publishedAt: clock.now().toISOString() });

    const changed = await call(MANAGER, UPDATE, {
      id: created.id,
      v: 2,
      input: { title: 'Lead data scientist' },
    });
    expect(changed.data!.updateVacancy).toMatchObject({ title: 'Lead data scientist', version: 3 });
    // A stale version is refused, never silently overwritten.
    const stale = await call(MANAGER, UPDATE, { id: created.id, v: 2, input: { title: 'Overwritten' } });
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VACANCY.VERSION_CONFLICT',
    });
    expect((await call(MANAGER, VACANCY, { id: created.id })).data!.vacancy.title).toBe(
      'Lead data scientist',
    );

    const closed = (await call(MANAGER, CLOSE, { id: created.id })).data!.closeVacancy;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 4, closedAt: clock.now().toISOString() });

    // Selection goes on after closing: the moves saga reserves both posts, then the moves start.
    const reserve = vacancies.app.get(ReservePostHandler);
    const fill = vacancies.app.get(FillPostHandler);
    const moves = [uuidv7(), uuidv7()];
    for (const moveId of moves)
      expect(await reserve.execute(new ReservePostCommand(moveId, created.id, uuidv7(), 't'))).toMatchObject({
        status: 'RESERVED',
      });
    expect((await call(MANAGER, VACANCY, { id: created.id })).data!.vacancy).toMatchObject({
      postsReserved: 2,
      postsFilled: 0,
      postsLeft: 0,
    });
    await fill.execute(new FillPostCommand(moves[0], created.id, 't'));
    expect((await call(MANAGER, VACANCY, { id: created.id })).data!.vacancy.status).toBe('CLOSED');
    await fill.execute(new FillPostCommand(moves[1], created.id, 't'));
    expect((await call(MANAGER, VACANCY, { id: created.id })).data!.vacancy).toMatchObject({
      status: 'FILLED',
      postsReserved: 0,
      postsFilled: 2,
      postsLeft: 0,
    });

    // In the vacancy's own order: each event the next version, reservation answers among them.
    await expectEventually(() =>
      expect(eventsAbout(created.id).map((event) => [event.type, event.aggregateversion])).toEqual([
        ['VacancyPublished', 1],
        ['VacancyChanged', 2],
        ['VacancyClosed', 3],
        ['PostReserved', 4],
        ['PostReserved', 5],
        ['VacancyFilled', 6],
      ]),
    );
    const [, changedEvent, closedEvent] = eventsAbout(created.id);
    expect(changedEvent.data).toMatchObject({ title: 'Lead data scientist', status: 'OPEN' });
    expect(closedEvent.data).toEqual({
      vacancyId: created.id,
      departmentCode: 'DSIT',
      status: 'CLOSED',
      changedOn: clock.now().toISOString().slice(0, 10),
    });
  });

  it('cancels an open vacancy with a reason and releases the posts held for moves, one PostReleased each', async () => {
    const vacancy = await openVacancy(vacancies, MANAGER, clock, { posts: 3 });
    const reserve = vacancies.app.get(ReservePostHandler);
    const held = [uuidv7(), uuidv7()];
    for (const moveId of held)
      await reserve.execute(new ReservePostCommand(moveId, vacancy.id, uuidv7(), 't'));

    const cancelled = await call(MANAGER, CANCEL, { id: vacancy.id, reason: 'Funding withdrawn' });

    expect(cancelled.data!.cancelVacancy).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Funding withdrawn',
      postsReserved: 0,
      postsLeft: 3,
    });
    const rows = await dataSource.query(
      `SELECT move_id, status FROM post_reservation WHERE vacancy_id = $1`,
      [vacancy.id],
    );
    expect(rows).toEqual(expect.arrayContaining(held.map((move_id) => ({ move_id, status: 'RELEASED' }))));
    await expectEventually(() => {
      const types = eventsAbout(vacancy.id).map((event) => event.type);
      expect(types.filter((type) => type === 'PostReleased')).toHaveLength(2);
      expect(types).toContain('VacancyCancelled');
    });
    const released = eventsAbout(vacancy.id).filter((event) => event.type === 'PostReleased');
    expect(released.map((event) => event.data.moveId).sort()).toEqual([...held].sort());
    // A cancelled vacancy takes no reservation, and cannot be cancelled again.
    expect(await reserve.execute(new ReservePostCommand(uuidv7(), vacancy.id, uuidv7(), 't'))).toMatchObject({
      status: 'REFUSED',
      reason: 'VACANCY_NOT_OPEN',
    });
    expect(
      (await call(MANAGER, CANCEL, { id: vacancy.id, reason: 'Again' })).errors![0].extensions,
    ).toMatchObject({
      reason: 'VACANCY.INVALID_TRANSITION',
    });
  });

  it('shows drafts to their department only, and open vacancies as far as they are advertised', async () => {
    const draft = (await call(MANAGER, CREATE, { input: completeInput(clock) })).data!.createVacancy;
    const ownOnly = await openVacancy(vacancies, MANAGER, clock, { visibility: 'OWN_DEPARTMENT' });
    const everyone = await openVacancy(vacancies, MANAGER, clock);
    const outcome = async (identity: Identity, id: string) => {
      const response = await call(identity, VACANCY, { id });
      return response.errors ? response.errors[0].extensions!.code : 'ALLOW';
    };

    expect(await outcome(EMPLOYEE_HERE, draft.id)).toBe('FORBIDDEN');
    expect(await outcome(MANAGER_ELSEWHERE, draft.id)).toBe('FORBIDDEN');
    expect(await outcome(EMPLOYEE_HERE, ownOnly.id)).toBe('ALLOW');
    expect(await outcome(EMPLOYEE_ELSEWHERE, ownOnly.id)).toBe('FORBIDDEN');
    expect(await outcome(EMPLOYEE_ELSEWHERE, everyone.id)).toBe('ALLOW');
    // And only the department manages them.
    expect((await call(MANAGER_ELSEWHERE, CLOSE, { id: everyone.id })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
  });

  // The last two move the clock on, past every closing date the tests above set.
  it('closes an open vacancy by itself the day after its closing date (the scheduler, on the service clock)', async () => {
    const due = await openVacancy(vacancies, MANAGER, clock, { closingDate: daysAfter(clock, 1) });
    const later = await openVacancy(vacancies, MANAGER, clock, { closingDate: daysAfter(clock, 30) });

    clock.advanceDays(1);
    // On the closing date itself it is still open; the day after, it closes.
    const statusOf = async (id: string) => (await call(MANAGER, VACANCY, { id })).data!.vacancy.status;
    await vacancies.app.get(CloseVacanciesAtClosingDateHandler).execute();
    expect(await statusOf(due.id)).toBe('OPEN');
    clock.advanceDays(1);

    await expectEventually(async () => expect(await statusOf(due.id)).toBe('CLOSED'));
    expect(await statusOf(later.id)).toBe('OPEN');
    await expectEventually(() =>
      expect(eventsAbout(due.id).map((event) => event.type)).toEqual(['VacancyPublished', 'VacancyClosed']),
    );
  });

  it('closes each due vacancy once, however many runners race (two instances and the scheduler), audited as the service', async () => {
    const due = await Promise.all(
      [1, 1, 2, 2, 2].map((days) =>
        openVacancy(vacancies, MANAGER, clock, { closingDate: daysAfter(clock, days) }),
      ),
    );

    clock.advanceDays(3);
    const job = vacancies.app.get(CloseVacanciesAtClosingDateHandler);
    await Promise.all([job.execute(), job.execute()]);

    await expectEventually(async () => {
      const statuses = await dataSource.query(`SELECT status FROM vacancy WHERE id = ANY($1)`, [
        due.map((v) => v.id),
      ]);
      expect(statuses).toEqual(due.map(() => ({ status: 'CLOSED' })));
    });
    const closings = await dataSource.query(
      `SELECT aggregate_id, count(*)::int AS n FROM outbox_message
       WHERE type = 'VacancyClosed' AND aggregate_id = ANY($1) GROUP BY aggregate_id`,
      [due.map((v) => v.id)],
    );
    expect(closings).toHaveLength(due.length);
    expect(closings.every((row: { n: number }) => row.n === 1)).toBe(true);
    const audits = await dataSource.query(
      `SELECT record_id, actor_subject, operation, changes FROM audit_log
       WHERE operation = 'Job.closeVacanciesAtClosingDate' AND record_id = ANY($1)`,
      [due.map((v) => v.id)],
    );
    expect(audits).toHaveLength(due.length);
    expect(audits[0]).toMatchObject({
      actor_subject: 'service:vacancies',
      changes: { before: { status: 'OPEN' }, after: expect.objectContaining({ status: 'CLOSED' }) },
    });
  });
});
