import { InMemoryReferenceDataStore } from '../testing/in-memory-reference-data';
import { CachedReferenceDataCatalog, REFERENCE_DATA_TTL_MS } from './cached-reference-data.catalog';

function setUp() {
  const store = new InMemoryReferenceDataStore();
  let now = Date.parse('2026-11-24T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const catalog = new CachedReferenceDataCatalog(store, clock);
  return { store, catalog, advance: (ms: number) => (now += ms) };
}

describe('CachedReferenceDataCatalog', () => {
  it('answers with the grades lowest first, SCS1 and SCS2 carrying 36 months', async () => {
    const { catalog, store } = setUp();
    store.data.grades.reverse();
    const grades = await catalog.grades();
    expect(grades.map((grade) => grade.code)).toEqual([
      'AA',
      'AO',
      'EO',
      'HEO',
      'SEO',
      'G7',
      'G6',
      'SCS1',
      'SCS2',
      'SCS3',
      'SCS4',
    ]);
    expect(grades.map((grade) => grade.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(grades.filter((grade) => grade.minimumAssignmentMonths)).toEqual([
      expect.objectContaining({ code: 'SCS1', minimumAssignmentMonths: 36 }),
      expect.objectContaining({ code: 'SCS2', minimumAssignmentMonths: 36 }),
    ]);
    expect(await catalog.clearanceLevels()).toEqual(['BPSS', 'CTC', 'SC', 'DV']);
  });

  it('loads once, and reloads after an invalidation', async () => {
    const { catalog, store } = setUp();
    await catalog.grades();
    await catalog.professionNames();
    expect(store.loads).toBe(1);

    store.data.professions.push({ name: 'Veterinary', group: 'SPECIALIST' });
    expect((await catalog.professionNames()).has('Veterinary')).toBe(false);
    catalog.invalidate();
    expect((await catalog.professionNames()).has('Veterinary')).toBe(true);
    expect(store.loads).toBe(2);
  });

  it('after the TTL, reloads only when the version moved (another replica changed the data)', async () => {
    const { catalog, store, advance } = setUp();
    await catalog.grades();
    advance(REFERENCE_DATA_TTL_MS);
    await catalog.grades();
    expect(store.loads).toBe(1);

    store.data.specialistTracks[0] = { ...store.data.specialistTracks[0], minimumAssignmentMonths: 48 };
    await store.recordChange({
      recordType: 'SpecialistTrack',
      recordKey: 'x',
      changedBy: 'y',
      change: { before: null, after: null },
    });
    expect((await catalog.specialistTrack('DDAT.DATA_SCIENCE'))?.minimumAssignmentMonths).toBe(36);
    advance(REFERENCE_DATA_TTL_MS);
    expect((await catalog.specialistTrack('DDAT.DATA_SCIENCE'))?.minimumAssignmentMonths).toBe(48);
    expect(store.loads).toBe(2);
  });

  it('after its own change, checks the version on each read until the change has committed', async () => {
    const { catalog, store, advance } = setUp();
    await catalog.grades();

    // The handler wrote version 2 and invalidated; its transaction commits later (with the audit entry).
    catalog.invalidate(2);
    await catalog.professionNames();
    await catalog.professionNames();
    expect(store.loads).toBe(2);

    store.data.professions.push({ name: 'Veterinary', group: 'SPECIALIST' });
    store.data.version = 2;
    expect((await catalog.professionNames()).has('Veterinary')).toBe(true);
    await catalog.professionNames();
    expect(store.loads).toBe(3);

    // A change that rolled back is waited for one TTL at most.
    catalog.invalidate(3);
    await catalog.grades();
    advance(REFERENCE_DATA_TTL_MS);
    await catalog.grades();
    const loads = store.loads;
    await catalog.grades();
    expect(store.loads).toBe(loads);
  });

  it('asks the database about skill codes its copy does not know, before calling them unknown', async () => {
    const { catalog, store } = setUp();
    await catalog.grades();
    store.data.skills.push({
      code: 'GSS.STATISTICS.SURVEY_DESIGN',
      name: 'Survey design',
      kind: 'SKILL',
      framework: 'GSS',
    });

    expect(
      await catalog.unknownSkillCodes([
        'DDAT.DATA_SCIENCE.DATA_MODELLING',
        'BEHAVIOUR.LEADERSHIP',
        'GSS.STATISTICS.SURVEY_DESIGN',
        'DDAT.NOPE.NOPE',
        'DDAT.NOPE.NOPE',
      ]),
    ).toEqual(['DDAT.NOPE.NOPE']);
    expect(await catalog.unknownSkillCodes([])).toEqual([]);
  });

  it('finds a specialist track by code, or null', async () => {
    const { catalog } = setUp();
    expect(await catalog.specialistTrack('DDAT.DATA_SCIENCE')).toEqual({
      code: 'DDAT.DATA_SCIENCE',
      profession: 'Digital, Data and Technology',
      specialism: 'Data science',
      gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
      minimumAssignmentMonths: 36,
    });
    expect(await catalog.specialistTrack('NOPE')).toBeNull();
  });

  it('shares one load between concurrent first readers', async () => {
    const { catalog, store } = setUp();
    await Promise.all([catalog.grades(), catalog.professionNames(), catalog.clearanceLevels()]);
    expect(store.loads).toBe(1);
  });
});
