// Saved searches and alerts through the real PostgreSQL and Kafka: vacancies published and changed through the API,
// their VacancyPublished and VacancyChanged taken back in through the service's own inbox, matched against saved
// searches, one alert each and one VacancyAlertRaised each, however often the event is delivered.
import { Identity, Role } from '@civil/auth';
import {
  IntegrationEvent,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_ALERT_TOPIC,
  VACANCIES_VACANCY_TOPIC,
  VacancyAlertRaisedV1,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createVacanciesApp } from '../src/app';

const NOW = new Date();
const clock = { now: () => NOW };
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 10);

const CREATE = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishVacancy(id: $id) { id status } }`;
const SAVE = `mutation($input: SaveSearchInput!) {
  saveSearch(input: $input) { id name search filter { departmentCodes professions locations kinds } unreadAlerts }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateVacancyInput!, $v: Int!) {
  updateVacancy(id: $id, input: $input, expectedVersion: $v) { id version }
}`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) { id } }`;
const MY_SEARCHES = `{ mySavedSearches { id name unreadAlerts matchingNow } }`;
const MY_ALERTS = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  myAlerts(unreadOnly: $unreadOnly, first: $first, after: $after) {
    edges { cursor node { id savedSearchId savedSearchName vacancyId read readAt vacancy { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MARK_READ = `mutation($id: ID!) { markAlertRead(id: $id) { id read readAt } }`;
const MARK_ALL_READ = `mutation { markAllAlertsRead }`;

const person = (roles: Role[], departmentCode: string, parts: Partial<Omit<Identity, 'roles'>> = {}) =>
  testIdentity({ roles, departmentCode, personId: uuidv7(), ...parts });
const ALICE = person(['EMPLOYEE'], 'DWP');
const BOB = person(['EMPLOYEE'], 'HMRC');
const DEV = person(['EMPLOYEE'], 'DSIT');
const CAROL = person(['HR_ADMIN'], 'CO', { crossGovernment: true });
const DSIT_HIRING_MANAGER = person(['HIRING_MANAGER'], 'DSIT');

const vacancyInput = (overrides: Record<string, unknown> = {}) => ({
  departmentCode: 'DSIT',
  title: 'Senior data scientist',
  description: 'Lead data science for a policy team working on AI safety.',
  grade: 'G7',
  profession: 'Digital, Data and Technology',
  posts: 1,
  ftePerPost: 1,
  moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
  locations: ['London', 'Manchester'],
  behaviours: ['Working Together', 'Delivering at Pace'],
  requiredSkills: [
    { skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', minimumLevel: 'PRACTITIONER', essential: true },
  ],
  closingDate: daysFromNow(30),
  ...overrides,
});

let vacancies: ServiceUnderTest;
let sql: Client;
const subscriptions: Subscription[] = [];
const alertEvents: IntegrationEvent<VacancyAlertRaisedV1>[] = [];
const vacancyEvents: IntegrationEvent<{ vacancyId: string } & Record<string, unknown>>[] = [];

// Answers are read field by field in each test; a type per operation would say no more than the query does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = Record<string, any>>(identity: Identity, query: string, variables = {}): Promise<T> {
  const response = await vacancies.call(identity, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

async function publish(overrides: Record<string, unknown> = {}): Promise<string> {
  const { createVacancy } = await ok(DSIT_HIRING_MANAGER, CREATE, { input: vacancyInput(overrides) });
  await ok(DSIT_HIRING_MANAGER, PUBLISH, { id: createVacancy.id });
  return createVacancy.id;
}

const save = async (identity: Identity, input: Record<string, unknown>) =>
  (await ok(identity, SAVE, { input })).saveSearch as { id: string; name: string };

type Alert = {
  id: string;
  savedSearchId: string;
  vacancyId: string;
  read: boolean;
  vacancy: { title: string };
};
async function alertsOf(identity: Identity, unreadOnly = false): Promise<Alert[]> {
  const { myAlerts } = await ok(identity, MY_ALERTS, { unreadOnly, first: 100 });
  return myAlerts.edges.map((edge: { node: Alert }) => edge.node);
}

/** The vacancy's VacancyPublished has been through the inbox (so any alert it raises is committed). */
const processed = (eventId: string) =>
  expectEventually(async () => {
    const { rows } = await sql.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [eventId]);
    expect(rows).toHaveLength(1);
  });
/** The vacancy's first event of that type whose record passes `which` (for changes: the change we are after). */
const vacancyEventOf = (
  type: string,
  vacancyId: string,
  which: (data: Record<string, unknown>) => boolean = () => true,
) =>
  expectEventually(() => {
    const event = vacancyEvents.find(
      (candidate) => candidate.type === type && candidate.subject === vacancyId && which(candidate.data),
    );
    expect(event).toBeDefined();
    return event!;
  });
const publishedEventOf = (vacancyId: string) => vacancyEventOf('VacancyPublished', vacancyId);

describe('saved searches and alerts (real PostgreSQL and Kafka)', () => {
  const searches: Record<string, string> = {};
  const published: Record<string, string> = {};

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [VACANCIES_VACANCY_TOPIC, VACANCIES_ALERT_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: createVacanciesApp,
      clock,
    });
    sql = new Client({ connectionString: vacancies.database.url });
    await sql.connect();
    subscriptions.push(
      await vacancies.transport.subscribe(
        { groupId: `saved-search-test-${uuidv7()}`, topics: [VACANCIES_ALERT_TOPIC], fromBeginning: true },
        async (message) => void alertEvents.push(JSON.parse(message.value)),
      ),
      await vacancies.transport.subscribe(
        { groupId: `saved-search-test-${uuidv7()}`, topics: [VACANCIES_VACANCY_TOPIC], fromBeginning: true },
        async (message) => void vacancyEvents.push(JSON.parse(message.value)),
      ),
    );

    searches.aliceDdatLondon = (
      await save(ALICE, {
        name: 'DDaT in London',
        filter: { professions: ['Digital, Data and Technology'], locations: ['London'] },
      })
    ).id;
    searches.aliceWords = (await save(ALICE, { name: 'data science', search: 'data scientist' })).id;
    searches.bobDsit = (await save(BOB, { name: 'DSIT', filter: { departmentCodes: ['DSIT'] } })).id;
    searches.devDsit = (await save(DEV, { name: 'home', filter: { departmentCodes: ['DSIT'] } })).id;
    searches.carolDsit = (await save(CAROL, { name: 'DSIT', filter: { departmentCodes: ['DSIT'] } })).id;
    searches.carolLoans = (
      await save(CAROL, { name: 'loans in Leeds', filter: { kinds: ['LOAN'], locations: ['Leeds'] } })
    ).id;

    published.dataScientist = await publish();
    published.ownDepartment = await publish({ title: 'Data engineer', visibility: 'OWN_DEPARTMENT' });
    published.policy = await publish({
      title: 'Policy adviser',
      description: 'Advise ministers on broadband rollout.',
      profession: 'Policy',
      locations: ['Leeds'],
      requiredSkills: [],
    });
  }, 120_000);

  afterAll(async () => {
    for (const subscription of subscriptions) await subscription.stop();
    await sql?.end();
    await vacancies?.close();
  });

  const alertPairs = (alerts: Alert[]) =>
    alerts.map((alert) => `${alert.savedSearchId}:${alert.vacancyId}`).sort();

  it('alerts every saved search a published vacancy matches, once, with the vacancy it is about', async () => {
    const aliceAlerts = await expectEventually(async () => {
      const alerts = await alertsOf(ALICE);
      expect(alertPairs(alerts)).toEqual(
        [
          // The data scientist matches both of Alice's searches; the own-department data engineer neither (not DWP's).
          `${searches.aliceDdatLondon}:${published.dataScientist}`,
          `${searches.aliceWords}:${published.dataScientist}`,
        ].sort(),
      );
      return alerts;
    });
    expect(aliceAlerts[0].vacancy.title).toBe('Senior data scientist');

    // DSIT's own-department vacancy reaches DSIT's people and cross-government HR, not HMRC's Bob.
    await expectEventually(async () => {
      expect(alertPairs(await alertsOf(BOB))).toEqual(
        [`${searches.bobDsit}:${published.dataScientist}`, `${searches.bobDsit}:${published.policy}`].sort(),
      );
      expect(alertPairs(await alertsOf(DEV))).toEqual(
        [published.dataScientist, published.ownDepartment, published.policy]
          .map((v) => `${searches.devDsit}:${v}`)
          .sort(),
      );
      expect(alertPairs(await alertsOf(CAROL))).toEqual(
        [published.dataScientist, published.ownDepartment, published.policy]
          .map((v) => `${searches.carolDsit}:${v}`)
          .sort(),
      );
    });
  });

  it('publishes one VacancyAlertRaised per alert, for the notification sender', async () => {
    const expected = (
      await Promise.all([ALICE, BOB, DEV, CAROL].map((identity) => alertsOf(identity)))
    ).flat();
    const events = await expectEventually(() => {
      const ours = alertEvents.filter((event) => Object.values(published).includes(event.data.vacancyId));
      expect(ours).toHaveLength(expected.length);
      return ours;
    });
    expect(events.map((event) => event.data.alertId).sort()).toEqual(
      expected.map((alert) => alert.id).sort(),
    );
    const alice = events.find((event) => event.data.savedSearchId === searches.aliceWords)!;
    expect(alice).toMatchObject({ type: 'VacancyAlertRaised', source: '/services/vacancies' });
    expect(alice.data).toEqual({
      alertId: expect.any(String),
      personId: ALICE.personId,
      savedSearchId: searches.aliceWords,
      vacancyId: published.dataScientist,
    });
  });

  it('raises nothing more when VacancyPublished is delivered again or the vacancy is published again', async () => {
    const original = await publishedEventOf(published.dataScientist);
    const about = () =>
      alertEvents.filter((event) => event.data.vacancyId === published.dataScientist).length;
    const before = about();
    const alertsBefore = alertPairs(await alertsOf(ALICE));
    // The same event again (the inbox drops it) and a later publication of the same vacancy (matching runs again).
    const again = { ...original, id: uuidv7(), aggregateversion: original.aggregateversion + 100 };
    await vacancies.transport.publish(VACANCIES_VACANCY_TOPIC, [
      { key: original.subject, value: JSON.stringify(original) },
      { key: original.subject, value: JSON.stringify(again) },
    ]);
    await processed(again.id);

    expect(alertPairs(await alertsOf(ALICE))).toEqual(alertsBefore);
    expect(about()).toBe(before);
  });

  it('alerts nobody about a vacancy whose closing date has passed, even if it is still OPEN', async () => {
    const original = await publishedEventOf(published.dataScientist);
    const overdueId = uuidv7();
    await sql.query(
      `INSERT INTO vacancy (id, department_code, title, description, grade, profession, posts, fte_per_post, status,
         version, created_at, updated_at, move_kinds, locations, closing_date, published_at)
       SELECT $1, department_code, title, description, grade, profession, posts, fte_per_post, 'OPEN', 2, now(), now(),
         move_kinds, locations, $2::date, now()
       FROM vacancy WHERE id = $3`,
      [overdueId, daysFromNow(-1), published.dataScientist],
    );
    const event = {
      ...original,
      id: uuidv7(),
      subject: overdueId,
      aggregateversion: 2,
      data: { ...original.data, vacancyId: overdueId, closingDate: daysFromNow(-1) },
    };
    await vacancies.transport.publish(VACANCIES_VACANCY_TOPIC, [
      { key: overdueId, value: JSON.stringify(event) },
    ]);
    await processed(event.id);

    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM vacancy_alert WHERE vacancy_id = $1`, [
      overdueId,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('shows each saved search with its unread alerts and how many open vacancies match it now', async () => {
    const { mySavedSearches } = await ok(DEV, MY_SEARCHES);
    expect(mySavedSearches).toEqual([
      { id: searches.devDsit, name: 'home', unreadAlerts: 3, matchingNow: 3 },
    ]);
    // Bob does not see DSIT's own-department vacancy, so it is not counted for him either.
    expect((await ok(BOB, MY_SEARCHES)).mySavedSearches[0]).toMatchObject({
      unreadAlerts: 2,
      matchingNow: 2,
    });
    expect(
      (await ok(CAROL, MY_SEARCHES)).mySavedSearches.map((s: { matchingNow: number }) => s.matchingNow),
    ).toEqual([3, 0]);
  });

  it('runs a saved search: its vacancies now, as vacancies(filter, search) lists them', async () => {
    const RESULTS = `{ mySavedSearches { name vacancies(first: 10, orderBy: CLOSING_DATE) {
      totalCount edges { node { id } } } } }`;
    const { mySavedSearches } = await ok(CAROL, RESULTS);
    const dsit = mySavedSearches.find((search: { name: string }) => search.name === 'DSIT');
    expect(dsit.vacancies.totalCount).toBe(3);
    expect(dsit.vacancies.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(
      [published.dataScientist, published.ownDepartment, published.policy].sort(),
    );
    const bobs = (await ok(BOB, RESULTS)).mySavedSearches[0].vacancies;
    expect(bobs.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(
      published.ownDepartment,
    );
  });

  it('marks an alert read, once, and then every alert', async () => {
    const [first] = await alertsOf(DEV);
    const marked = (await ok(DEV, MARK_READ, { id: first.id })).markAlertRead;
    expect(marked).toMatchObject({ id: first.id, read: true });
    const again = (await ok(DEV, MARK_READ, { id: first.id })).markAlertRead;
    expect(again.readAt).toBe(marked.readAt);
    expect((await alertsOf(DEV, true)).map((alert) => alert.id)).not.toContain(first.id);
    expect((await ok(DEV, MY_SEARCHES)).mySavedSearches[0].unreadAlerts).toBe(2);

    expect((await ok(DEV, MARK_ALL_READ)).markAllAlertsRead).toBe(2);
    expect(await alertsOf(DEV, true)).toEqual([]);
    expect((await alertsOf(DEV)).every((alert) => alert.read)).toBe(true);
  });

  it("keeps each person's searches and alerts to themselves", async () => {
    const [bobs] = await alertsOf(BOB);
    expect((await vacancies.call(ALICE, MARK_READ, { id: bobs.id })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await vacancies.call(ALICE, DELETE, { id: searches.bobDsit })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await vacancies.call(ALICE, MARK_READ, { id: uuidv7() })).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    const service = testIdentity({ roles: ['SERVICE'], departmentCode: 'DSIT' });
    expect((await vacancies.call(service, MY_ALERTS, {})).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('pages alerts newest first', async () => {
    const { myAlerts: page1 } = await ok(CAROL, MY_ALERTS, { first: 2 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const { myAlerts: page2 } = await ok(CAROL, MY_ALERTS, { first: 2, after: page1.pageInfo.endCursor });
    const ids = [...page1.edges, ...page2.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(new Set(ids).size).toBe(3);
    const malformed = await vacancies.call(CAROL, MY_ALERTS, { after: 'not-a-cursor' });
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers the search as saved, in the names vacancies(filter) uses', async () => {
    const { saveSearch } = await ok(CAROL, SAVE, {
      input: {
        name: 'echo',
        filter: { kinds: ['LOAN'], locations: ['York'], professions: null },
        search: 'audit',
      },
    });
    expect(saveSearch).toEqual({
      id: expect.any(String),
      name: 'echo',
      search: 'audit',
      filter: { departmentCodes: null, professions: null, locations: ['York'], kinds: ['LOAN'] },
      unreadAlerts: 0,
    });
    await ok(CAROL, DELETE, { id: saveSearch.id });
  });

  it('refuses a second search of the same name, a blank search and more than 20 searches', async () => {
    const someone = person(['EMPLOYEE'], 'DWP');
    await save(someone, { name: 'one' });
    expect(
      (await vacancies.call(someone, SAVE, { input: { name: 'one' } })).errors![0].extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'SAVED_SEARCH.NAME_TAKEN',
    });
    expect(
      (await vacancies.call(someone, SAVE, { input: { name: 'blank', search: ' ' } })).errors![0].extensions!
        .code,
    ).toBe('BAD_USER_INPUT');
    for (let index = 2; index <= 20; index++) await save(someone, { name: `search ${index}` });
    expect(
      (await vacancies.call(someone, SAVE, { input: { name: 'one too many' } })).errors![0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SAVED_SEARCH.LIMIT_REACHED',
    });
  });

  it('deletes a saved search and the alerts it raised', async () => {
    await ok(ALICE, DELETE, { id: searches.aliceWords });
    const { mySavedSearches } = await ok(ALICE, MY_SEARCHES);
    expect(mySavedSearches.map((search: { id: string }) => search.id)).toEqual([searches.aliceDdatLondon]);
    expect((await alertsOf(ALICE)).map((alert) => alert.savedSearchId)).toEqual([searches.aliceDdatLondon]);
  });

  it('alerts a search when a change makes an open vacancy match it, once however often it changes', async () => {
    // A department and profession only the catch-all searches of the test above match: Erin's search is the one whose
    // alerts are counted, and the vacancy's alerts as a whole must grow by her one alert and no more.
    const dwpHiringManager = person(['HIRING_MANAGER'], 'DWP');
    const erin = person(['EMPLOYEE'], 'DWP');
    const leeds = await save(erin, { name: 'Leeds', filter: { locations: ['Leeds'] } });
    const { createVacancy } = await ok(dwpHiringManager, CREATE, {
      input: vacancyInput({
        departmentCode: 'DWP',
        title: 'Benefits policy lead',
        description: 'Shape the rollout of a new benefit.',
        profession: 'Policy',
        locations: ['London'],
        requiredSkills: [],
      }),
    });
    const vacancyId: string = createVacancy.id;
    await ok(dwpHiringManager, PUBLISH, { id: vacancyId });
    await processed((await publishedEventOf(vacancyId)).id);
    const alertRows = async (savedSearchId: string | null = null) =>
      (
        await sql.query(
          `SELECT count(*)::int AS n FROM vacancy_alert
           WHERE vacancy_id = $1 AND ($2::uuid IS NULL OR saved_search_id = $2::uuid)`,
          [vacancyId, savedSearchId],
        )
      ).rows[0].n;
    const raisedFor = (savedSearchId: string | null = null) =>
      alertEvents.filter(
        (event) =>
          event.data.vacancyId === vacancyId &&
          (savedSearchId === null || event.data.savedSearchId === savedSearchId),
      );
    expect(await alertRows(leeds.id)).toBe(0);
    expect(await alertsOf(erin)).toEqual([]);
    const othersAlerted = await alertRows();

    // Published at version 2; the change adding Leeds makes the search match.
    await ok(dwpHiringManager, UPDATE, { id: vacancyId, v: 2, input: { locations: ['London', 'Leeds'] } });
    await processed(
      (await vacancyEventOf('VacancyChanged', vacancyId, (data) => String(data.locations).includes('Leeds')))
        .id,
    );
    expect(alertPairs(await alertsOf(erin))).toEqual([`${leeds.id}:${vacancyId}`]);
    expect(await alertRows()).toBe(othersAlerted + 1);
    const [raised] = await expectEventually(() => {
      expect(raisedFor(leeds.id)).toHaveLength(1);
      expect(raisedFor()).toHaveLength(othersAlerted + 1);
      return raisedFor(leeds.id);
    });
    expect(raised.data).toMatchObject({ savedSearchId: leeds.id, personId: erin.personId, vacancyId });

    // An unrelated change: the search still matches, already has its alert, and gets nothing new.
    await ok(dwpHiringManager, UPDATE, {
      id: vacancyId,
      v: 3,
      input: { title: 'Benefits policy lead (Leeds)' },
    });
    await processed(
      (
        await vacancyEventOf(
          'VacancyChanged',
          vacancyId,
          (data) => data.title === 'Benefits policy lead (Leeds)',
        )
      ).id,
    );
    expect(await alertRows(leeds.id)).toBe(1);
    expect(await alertRows()).toBe(othersAlerted + 1);
    expect(alertPairs(await alertsOf(erin))).toEqual([`${leeds.id}:${vacancyId}`]);
    expect(raisedFor(leeds.id)).toHaveLength(1);
    expect(raisedFor()).toHaveLength(othersAlerted + 1);
  });
});
