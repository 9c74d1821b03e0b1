// The moves saga on real infrastructure: the vacancies and moves subgraphs, each on its own database, exchanging the
// saga's events through the real Kafka broker. It lives outside both services because it starts both, which neither
// service may import (eslint's module boundaries).
import { Identity } from '@civil/auth';
import {
  deadLetterTopicOf,
  MOVES_APPLICATION_TOPIC,
  MOVES_MOVE_TOPIC,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_ESTABLISHMENT_TOPIC,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import {
  BatchHandler,
  Clock,
  MessageHandler,
  MessageTransport,
  OutgoingMessage,
  SubscribeBatchesOptions,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from '@civil/messaging';
import { ServiceUnderTest, TestServiceRuntime } from '@civil/service-testing';
import {
  createTestTopics,
  expectEventually,
  graphqlRequest,
  listenOnFreePort,
  testIdentity,
} from '@civil/testing';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createMovesApp } from '../../../services/moves/src/app';
import { createVacanciesApp } from '../../../services/vacancies/src/app';

export const SAGA_TOPICS = [
  MOVES_MOVE_TOPIC,
  MOVES_APPLICATION_TOPIC,
  VACANCIES_VACANCY_TOPIC,
  VACANCIES_ESTABLISHMENT_TOPIC,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
];

/**
 * The broker as the services know it, on topics of this test's own (`<topic>.saga-<hex>`). On the shared topics,
 * every other vacancies service running at the same time (another test file's, in another Jest worker) takes in this
 * test's PostReservationRequested too and answers VACANCY_NOT_FOUND for a vacancy it has never seen, and moves may
 * take that answer first: the saga's outcome would depend on who else is running.
 */
export class PrivateTopicsTransport implements MessageTransport {
  readonly kind = 'kafka';
  readonly suffix = `.saga-${randomBytes(4).toString('hex')}`;

  constructor(private readonly broker: MessageTransport) {}

  topic(name: string): string {
    return `${name}${this.suffix}`;
  }

  publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    return this.broker.publish(this.topic(topic), messages);
  }

  subscribe(options: SubscribeOptions, onMessage: MessageHandler): Promise<Subscription> {
    return this.broker.subscribe(this.mapped(options), (message) => onMessage(this.unmapped(message)));
  }

  subscribeBatches(options: SubscribeBatchesOptions, onBatch: BatchHandler): Promise<Subscription> {
    return this.broker.subscribeBatches(this.mapped(options), (messages, progress) =>
      onBatch(
        messages.map((message) => this.unmapped(message)),
        {
          acknowledge: (message) => progress.acknowledge({ ...message, topic: this.topic(message.topic) }),
          heartbeat: () => progress.heartbeat(),
        },
      ),
    );
  }

  isHealthy(): Promise<boolean> {
    return this.broker.isHealthy();
  }

  /** The broker is borrowed: its owner closes it. */
  async close(): Promise<void> {}

  private mapped<T extends SubscribeOptions>(options: T): T {
    return { ...options, topics: options.topics.map((topic) => this.topic(topic)) };
  }

  private unmapped(message: TransportMessage): TransportMessage {
    return { ...message, topic: message.topic.slice(0, -this.suffix.length) };
  }
}

/** The host's hiring manager writes the vacancy and accepts; the home department's releases; DWP's planner proposes. */
export const DSIT_HIRING_MANAGER = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DSIT',
  personId: uuidv7(),
});
export const DWP_LINE_MANAGER = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DWP',
  personId: uuidv7(),
});
export const DWP_PLANNER = testIdentity({
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'DWP',
  personId: uuidv7(),
});
export const employee = (personId: string) =>
  testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId });

const MOVE_FIELDS = `id status stopReason version`;
const PROPOSE = `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { ${MOVE_FIELDS} } }`;
const CONSENT = `mutation($id: ID!) { consentToMove(moveId: $id) { ${MOVE_FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $on: String!) { agreeRelease(moveId: $id, releaseOn: $on) { ${MOVE_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptMove(moveId: $id) { ${MOVE_FIELDS} } }`;
export const CANCEL_MOVE = `mutation($id: ID!, $reason: String!) { cancelMove(moveId: $id, reason: $reason) { ${MOVE_FIELDS} } }`;
const CREATE_VACANCY = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id version } }`;
const PUBLISH_VACANCY = `mutation($id: ID!) { publishVacancy(id: $id) { id status posts version } }`;

export const GRADE = 'SEO';
export const PROFESSION = 'Digital, Data and Technology';

const isoDay = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
/** Far enough ahead that no test run reaches it: the moves stay SCHEDULED. */
export const STARTS_ON = isoDay(90);

function ok<T>(response: { data?: T | null; errors?: unknown }, what: string): T {
  if (response.errors || !response.data) throw new Error(`${what}: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** Vacancies and moves on their own databases; vacancies can be stopped and started again on the same one. */
export class SagaServices {
  private constructor(
    readonly moves: ServiceUnderTest,
    private readonly vacanciesUnderTest: ServiceUnderTest,
    private readonly vacanciesRuntime: TestServiceRuntime,
    /** The saga's own topics, for a test that publishes or listens on them directly. */
    readonly broker: PrivateTopicsTransport,
    readonly movesDb: Client,
    readonly vacanciesDb: Client,
  ) {}

  /** The vacancies app now running (a restart replaces the one ServiceUnderTest started). */
  private vacanciesApp: INestApplication | undefined;
  private vacanciesUrl: string | undefined;

  /** `movesClock`: the clock moves reads (the scheduler's dates); vacancies keeps the system's. */
  static async start(options: { movesClock?: Clock } = {}): Promise<SagaServices> {
    let runtime: TestServiceRuntime | undefined;
    let broker: PrivateTopicsTransport | undefined;
    const vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [],
      create: async (given) => {
        broker = new PrivateTopicsTransport(given.transport);
        const topics = SAGA_TOPICS.map((topic) => broker!.topic(topic));
        await createTestTopics([...topics, ...topics.map(deadLetterTopicOf)]);
        runtime = { ...given, transport: broker };
        return createVacanciesApp({ ...runtime, autoCloseEveryMs: 0 });
      },
    });
    const moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [],
      create: (given) => createMovesApp({ ...given, transport: broker!, dueMovesEveryMs: 0 }),
      ...(options.movesClock ? { clock: options.movesClock } : {}),
    });
    const movesDb = new Client({ connectionString: moves.database.url });
    const vacanciesDb = new Client({ connectionString: vacancies.database.url });
    await Promise.all([movesDb.connect(), vacanciesDb.connect()]);
    const services = new SagaServices(moves, vacancies, runtime!, broker!, movesDb, vacanciesDb);
    services.vacanciesApp = vacancies.app;
    services.vacanciesUrl = vacancies.graphqlUrl;
    return services;
  }

  /** As a deploy or a crash would: the consumer and the relay stop; the database and the broker's offsets stay. */
  async stopVacancies(): Promise<void> {
    await this.vacanciesApp?.close();
    this.vacanciesApp = undefined;
  }

  /** Back on the same database, in the same consumer group: it resumes from the offsets it committed. */
  async restartVacancies(): Promise<void> {
    if (this.vacanciesApp) throw new Error('vacancies is already running');
    this.vacanciesApp = await createVacanciesApp({ ...this.vacanciesRuntime, autoCloseEveryMs: 0 });
    this.vacanciesUrl = `${await listenOnFreePort(this.vacanciesApp)}/graphql`;
  }

  async callVacancies(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
    if (!this.vacanciesApp) throw new Error('vacancies is stopped');
    const signed = await this.vacanciesUnderTest.keys.headersFor('vacancies', identity);
    return graphqlRequest(this.vacanciesUrl!, query, variables, signed);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.movesDb.end(), this.vacanciesDb.end()]);
    await this.moves.close();
    // ServiceUnderTest.close would close the first app again: stop what runs, then drop what it made.
    await this.stopVacancies();
    await this.vacanciesUnderTest.transport.close();
    await this.vacanciesUnderTest.database.drop();
  }

  /** Drafts and publishes a level-transfer vacancy in DSIT with `posts` posts, then waits until moves knows it. */
  async openVacancy(posts: number, overrides: Record<string, unknown> = {}): Promise<string> {
    const created = ok(
      await this.callVacancies(DSIT_HIRING_MANAGER, CREATE_VACANCY, {
        input: {
          departmentCode: 'DSIT',
          title: 'Data engineer',
          description: 'Build the data platform for a policy team.',
          grade: GRADE,
          profession: PROFESSION,
          posts,
          ftePerPost: 1,
          moveKinds: ['LEVEL_TRANSFER', 'LOAN'],
          locations: ['London'],
          behaviours: ['Working Together'],
          requiredSkills: [{ skillCode: 'DDAT.DATA_ENGINEERING', minimumLevel: 'WORKING', essential: true }],
          durationMonths: 12,
          closingDate: isoDay(60),
          ...overrides,
        },
      }),
      'createVacancy',
    ) as { createVacancy: { id: string } };
    const id = created.createVacancy.id;
    ok(await this.callVacancies(DSIT_HIRING_MANAGER, PUBLISH_VACANCY, { id }), 'publishVacancy');
    await expectEventually(async () => {
      const { rows } = await this.movesDb.query(
        `SELECT posts, status FROM vacancy_read_model WHERE vacancy_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ posts, status: 'OPEN' }]);
    });
    return id;
  }

  /** What people's events would have projected: SEOs in DWP, past their minimum term. */
  async seedPeople(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => uuidv7());
    await this.movesDb.query(
      `INSERT INTO person_read_model (person_id, department_code, grade, profession, fte, started_in_post_on, status,
         version, updated_at)
       SELECT id, 'DWP', $2, $3, 1, '2022-01-10', 'ACTIVE', 1, now() FROM unnest($1::uuid[]) AS id`,
      [ids, GRADE, PROFESSION],
    );
    return ids;
  }

  /** A planner's level transfer into the vacancy, waiting for the three agreements. */
  async propose(vacancyId: string, personId: string): Promise<string> {
    const proposed = ok(
      await this.moves.call(DWP_PLANNER, PROPOSE, {
        input: { personId, kind: 'LEVEL_TRANSFER', vacancyId, startsOn: STARTS_ON, payer: 'HOST' },
      }),
      'proposeMove',
    ) as { proposeMove: { id: string; status: string } };
    expect(proposed.proposeMove.status).toBe('AWAITING_AGREEMENT');
    return proposed.proposeMove.id;
  }

  async consent(moveId: string, personId: string): Promise<void> {
    ok(await this.moves.call(employee(personId), CONSENT, { id: moveId }), 'consentToMove');
  }

  async release(moveId: string): Promise<void> {
    ok(await this.moves.call(DWP_LINE_MANAGER, RELEASE, { id: moveId, on: STARTS_ON }), 'agreeRelease');
  }

  /** Proposed, consented and released: only the host's acceptance is missing. */
  async proposeAndRelease(vacancyId: string, personId: string): Promise<string> {
    const id = await this.propose(vacancyId, personId);
    await this.consent(id, personId);
    await this.release(id);
    return id;
  }

  /**
   * The host accepts. As the last agreement, the move hands over to the saga, which asks vacancies for a post; no
   * answer can have come back inside the request that asked.
   */
  async accept(moveId: string, last = true): Promise<void> {
    const accepted = ok(await this.moves.call(DSIT_HIRING_MANAGER, ACCEPT, { id: moveId }), 'acceptMove') as {
      acceptMove: { status: string };
    };
    if (last) expect(accepted.acceptMove.status).toBe('AWAITING_POST');
  }

  /** The whole agreement in one go. */
  async agreeMoveInto(vacancyId: string, personId: string): Promise<string> {
    const id = await this.proposeAndRelease(vacancyId, personId);
    await this.accept(id);
    return id;
  }

  /** Runs `work` over `items`, `width` at a time. */
  static async inChunks<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = [];
    for (let i = 0; i < items.length; i += width)
      results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
    return results;
  }

  /** Moves' statuses by move id. */
  async moveStatuses(moveIds: string[]): Promise<Map<string, { status: string; stopReason: string | null }>> {
    const { rows } = await this.movesDb.query(
      `SELECT id, status, stop_reason FROM move WHERE id = ANY($1::uuid[])`,
      [moveIds],
    );
    return new Map(rows.map((row) => [row.id, { status: row.status, stopReason: row.stop_reason }]));
  }

  /** Vacancies' live reservation rows (RESERVED or FILLED) for the vacancy: counted row by row. */
  async liveReservations(vacancyId: string): Promise<string[]> {
    const { rows } = await this.vacanciesDb.query(
      `SELECT move_id FROM post_reservation WHERE vacancy_id = $1 AND status IN ('RESERVED', 'FILLED')
       ORDER BY move_id`,
      [vacancyId],
    );
    return rows.map((row) => row.move_id);
  }
}

/** How many of each status (with the stop reason when there is one), for readable failures. */
export function tally(
  statuses: Iterable<{ status: string; stopReason: string | null }>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, stopReason } of statuses) {
    const key = stopReason && status === 'REFUSED' ? `${status}:${stopReason}` : status;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
