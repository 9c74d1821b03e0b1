// Reference data on a real PostgreSQL: the seeds, the skills search, a cross-government HR admin extending the lists
// (each change a new version, audited), everyone else refused, and the catalogue other modules rely on.
import { uuidv7 } from '@civil/contracts';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import {
  createTestDatabase,
  listenOnFreePort,
  TestDatabase,
  testIdentity,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createPeopleApp } from '../src/app';
import { ReferenceDataCatalog } from '../src/reference-data/application/reference-data.catalog';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

const CROSS_GOVERNMENT_HR = testIdentity({
  subject: 'hr-co',
  roles: ['HR_ADMIN'],
  departmentCode: 'CO',
  crossGovernment: true,
});
const DEPARTMENT_HR = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' });
const EMPLOYEE = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId: uuidv7() });

const LISTS = `{
  referenceDataVersion
  grades { code name rank minimumAssignmentMonths }
  professions { name group }
  clearanceLevels { code rank }
  specialistTracks { code profession specialism gradeLadder minimumAssignmentMonths }
}`;
const SKILLS = `query($search: String, $framework: String, $first: Int) {
  skills(search: $search, framework: $framework, first: $first) { code name kind framework role }
}`;
const VERSION = `{ referenceDataVersion }`;
const ADD_PROFESSION = `mutation($input: AddProfessionInput!) { addProfession(input: $input) { name group } }`;
const ADD_SKILL = `mutation($input: AddSkillInput!) { addSkill(input: $input) { code name kind framework role } }`;
const ADD_TRACK = `mutation($input: AddSpecialistTrackInput!) {
  addSpecialistTrack(input: $input) { code gradeLadder minimumAssignmentMonths }
}`;
const UPDATE_TRACK = `mutation($input: UpdateSpecialistTrackInput!) {
  updateSpecialistTrack(input: $input) { code minimumAssignmentMonths }
}`;

describe('reference data (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let dataSource: DataSource;
  const transport = new InProcessTransport();
  let call: ReturnType<TestGatewayKeys['clientFor']>;
  const version = async () => (await call(EMPLOYEE, VERSION)).data!.referenceDataVersion as number;

  beforeAll(async () => {
    const keys = await TestGatewayKeys.create();
    database = await createTestDatabase('people_reference');
    app = await createPeopleApp({
      gatewayKeys: keys.gatewayKeys,
      databaseUrl: database.url,
      transport,
      logger,
      consumerGroupId: `people-reference-${uuidv7()}`,
    });
    dataSource = app.get(DataSource);
    call = keys.clientFor(`${await listenOnFreePort(app)}/graphql`, 'people');
  });

  afterAll(async () => {
    await app?.close();
    await transport.close();
    await database?.drop();
  });

  it('is seeded as version 1: grades in order, 28 professions, clearances, tracks', async () => {
    const response = await call(EMPLOYEE, LISTS);

    expect(response.errors).toBeUndefined();
    const { referenceDataVersion, grades, professions, clearanceLevels, specialistTracks } = response.data!;
    expect(referenceDataVersion).toBe(1);
    expect(grades.map((grade: { code: string }) => grade.code)).toEqual([
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
    expect(grades[7]).toEqual({
      code: 'SCS1',
      name: 'Deputy Director',
      rank: 8,
      minimumAssignmentMonths: 36,
    });
    expect(grades[6].minimumAssignmentMonths).toBeNull();
    expect(professions).toHaveLength(28);
    expect(professions).toContainEqual({ name: 'Digital, Data and Technology', group: 'FUNCTIONAL' });
    expect(professions).toContainEqual({ name: 'Operational Delivery', group: 'OPERATIONAL_DELIVERY' });
    expect(clearanceLevels.map((level: { code: string }) => level.code)).toEqual(['BPSS', 'CTC', 'SC', 'DV']);
    expect(specialistTracks).toContainEqual({
      code: 'DDAT.DATA_SCIENCE',
      profession: 'Digital, Data and Technology',
      specialism: 'Data science',
      gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
      minimumAssignmentMonths: 36,
    });
    const [history] = await dataSource.query(`SELECT version, record_type FROM reference_data_change`);
    expect(history).toEqual({ version: '1', record_type: 'ReferenceData' });
  });

  it('searches skills by name or code, case-insensitively, by framework, in bounded pages', async () => {
    const byName = await call(EMPLOYEE, SKILLS, { search: 'data MODELLING' });
    expect(byName.data!.skills[0]).toEqual({
      code: 'DDAT.DATA_ENGINEERING.DATA_MODELLING',
      name: 'Data modelling',
      kind: 'SKILL',
      framework: 'DDAT',
      role: 'Data engineer',
    });
    expect(byName.data!.skills.map((skill: { code: string }) => skill.code)).toContain(
      'DDAT.DATA_SCIENCE.DATA_MODELLING',
    );

    const behaviours = await call(EMPLOYEE, SKILLS, { framework: 'SUCCESS_PROFILES' });
    expect(behaviours.data!.skills).toHaveLength(9);
    expect(behaviours.data!.skills).toContainEqual({
      code: 'BEHAVIOUR.SEEING_THE_BIG_PICTURE',
      name: 'Seeing the Big Picture',
      kind: 'BEHAVIOUR',
      framework: 'SUCCESS_PROFILES',
      role: null,
    });

    expect((await call(EMPLOYEE, SKILLS, { search: 'user_research', first: 2 })).data!.skills).toHaveLength(
      2,
    );
    const tooMany = await call(EMPLOYEE, SKILLS, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets cross-government HR extend the lists, each change a new version, recorded and audited', async () => {
    const before = await version();
    const profession = `Veterinary ${randomBytes(3).toString('hex')}`;

    const added = await call(CROSS_GOVERNMENT_HR, ADD_PROFESSION, {
      input: { name: profession, group: 'SPECIALIST' },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addProfession).toEqual({ name: profession, group: 'SPECIALIST' });
    expect(await version()).toBe(before + 1);

    const skill = {
      code: 'GVS.VETERINARY.ANIMAL_HEALTH_POLICY',
      name: 'Animal health policy',
      kind: 'SKILL',
      framework: 'GVS',
      role: 'Veterinary adviser',
    };
    expect((await call(CROSS_GOVERNMENT_HR, ADD_SKILL, { input: skill })).data!.addSkill).toEqual(skill);
    const track = await call(CROSS_GOVERNMENT_HR, ADD_TRACK, {
      input: {
        code: 'GVS.VETERINARY',
        profession,
        specialism: 'Veterinary science',
        gradeLadder: ['SEO', 'G7', 'G6'],
      },
    });
    expect(track.data!.addSpecialistTrack).toEqual({
      code: 'GVS.VETERINARY',
      gradeLadder: ['SEO', 'G7', 'G6'],
      minimumAssignmentMonths: 36,
    });
    const updated = await call(CROSS_GOVERNMENT_HR, UPDATE_TRACK, {
      input: { code: 'DDAT.DATA_SCIENCE', minimumAssignmentMonths: 48 },
    });
    expect(updated.data!.updateSpecialistTrack).toEqual({
      code: 'DDAT.DATA_SCIENCE',
      minimumAssignmentMonths: 48,
    });
    expect(await version()).toBe(before + 4);

    // Visible at once to readers, through the same process's catalogue.
    const found = await call(EMPLOYEE, SKILLS, { search: 'animal health' });
    expect(found.data!.skills.map((found: { code: string }) => found.code)).toEqual([skill.code]);

    const history = await dataSource.query(
      `SELECT version, record_type, record_key, changed_by, change FROM reference_data_change
       WHERE version > $1 ORDER BY version`,
      [before],
    );
    expect(
      history.map((row: { record_type: string; record_key: string }) => [row.record_type, row.record_key]),
    ).toEqual([
      ['Profession', profession],
      ['Skill', skill.code],
      ['SpecialistTrack', 'GVS.VETERINARY'],
      ['SpecialistTrack', 'DDAT.DATA_SCIENCE'],
    ]);
    expect(history[3]).toMatchObject({
      changed_by: 'hr-co',
      change: { before: { minimumAssignmentMonths: 36 }, after: { minimumAssignmentMonths: 48 } },
    });
    const audit = await dataSource.query(
      `SELECT operation, record_type, record_id, acting_as, changes FROM audit_log
       WHERE operation = 'Mutation.updateSpecialistTrack'`,
    );
    expect(audit).toEqual([
      {
        operation: 'Mutation.updateSpecialistTrack',
        record_type: 'SpecialistTrack',
        record_id: 'DDAT.DATA_SCIENCE',
        acting_as: 'HR_ADMIN',
        changes: { before: { minimumAssignmentMonths: 36 }, after: { minimumAssignmentMonths: 48 } },
      },
    ]);
  });

  it('refuses a department HR admin and an employee, changing nothing', async () => {
    const before = await version();
    const input = { name: `Refused ${randomBytes(3).toString('hex')}`, group: 'SPECIALIST' };

    for (const caller of [DEPARTMENT_HR, EMPLOYEE]) {
      const response = await call(caller, ADD_PROFESSION, { input });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const update = await call(caller, UPDATE_TRACK, {
        input: { code: 'DDAT.DATA_SCIENCE', minimumAssignmentMonths: 12 },
      });
      expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await version()).toBe(before);
  });

  it('refuses invalid and duplicate additions with stable reasons', async () => {
    const before = await version();
    const ladder = await call(CROSS_GOVERNMENT_HR, ADD_TRACK, {
      input: { code: 'GSS.SKIPPING', profession: 'Statistics', specialism: 'x', gradeLadder: ['HEO', 'G7'] },
    });
    expect(ladder.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE',
    });
    const profession = await call(CROSS_GOVERNMENT_HR, ADD_TRACK, {
      input: { code: 'NOPE.TRACK', profession: 'Astrology', specialism: 'x', gradeLadder: ['HEO'] },
    });
    expect(profession.errors?.[0].extensions).toMatchObject({ reason: 'REFERENCE_DATA.UNKNOWN_PROFESSION' });
    const duplicate = await call(CROSS_GOVERNMENT_HR, ADD_PROFESSION, {
      input: { name: 'POLICY', group: 'POLICY' },
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REFERENCE_DATA.PROFESSION_EXISTS',
    });
    const badCode = await call(CROSS_GOVERNMENT_HR, ADD_SKILL, {
      input: { code: 'lower.case', name: 'x', kind: 'SKILL', framework: 'DDAT' },
    });
    expect(badCode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await version()).toBe(before);
  });

  it('serves ReferenceDataCatalog to the rest of the service', async () => {
    const catalog = app.get(ReferenceDataCatalog, { strict: false });

    expect((await catalog.grades()).find((grade) => grade.code === 'SCS2')).toMatchObject({
      rank: 9,
      minimumAssignmentMonths: 36,
    });
    expect((await catalog.professionNames()).has('Statistics')).toBe(true);
    expect(await catalog.clearanceLevels()).toEqual(['BPSS', 'CTC', 'SC', 'DV']);
    expect(
      await catalog.unknownSkillCodes([
        'DDAT.DATA_SCIENCE.DATA_MODELLING',
        'BEHAVIOUR.LEADERSHIP',
        'DDAT.NO.SUCH',
      ]),
    ).toEqual(['DDAT.NO.SUCH']);
    expect((await catalog.specialistTrack('DDAT.DATA_SCIENCE'))?.minimumAssignmentMonths).toBe(48);
    expect(await catalog.specialistTrack('NO.SUCH')).toBeNull();
  });
});
