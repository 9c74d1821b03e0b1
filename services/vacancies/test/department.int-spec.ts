// Departments: the seeded organisations, adding one, and the entity other subgraphs resolve, on a real PostgreSQL.
import { PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createVacanciesApp } from '../src/app';

const DEPARTMENTS = `query($type: OrganisationType, $search: String) {
  departments(type: $type, search: $search) { code name type }
}`;
const DEPARTMENT = `query($code: String!) {
  department(code: $code) { code name type parent { code name } children { code } }
}`;
const ADD = `mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { code name type parent { code } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code name type } } }`;

const employee = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId: uuidv7() });
const crossGovernmentHr = testIdentity({
  subject: 'hr-co',
  roles: ['HR_ADMIN'],
  departmentCode: 'CO',
  crossGovernment: true,
  personId: uuidv7(),
});
const dwpHr = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'DWP', personId: uuidv7() });
// Letters only and unique per run: the database is fresh, but a failed run leaves nothing to collide with anyway.
const freshCode = () =>
  `ZZ${uuidv7()
    .replace(/[^a-f]/g, '')
    .slice(0, 6)
    .toUpperCase()}`;

describe('departments (real PostgreSQL)', () => {
  let vacancies: ServiceUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [PLATFORM_AUDIT_TOPIC],
      create: createVacanciesApp,
    });
    dataSource = vacancies.app.get(DataSource);
  });

  afterAll(async () => {
    await vacancies?.close();
  });

  it('is seeded with the 24 ministerial and the 20 non-ministerial departments', async () => {
    const ministerial = await vacancies.call(employee, DEPARTMENTS, { type: 'MINISTERIAL_DEPARTMENT' });
    const nonMinisterial = await vacancies.call(employee, DEPARTMENTS, {
      type: 'NON_MINISTERIAL_DEPARTMENT',
    });

    expect(ministerial.errors).toBeUndefined();
    expect(ministerial.data!.departments).toHaveLength(24);
    expect(ministerial.data!.departments).toContainEqual({
      code: 'DWP',
      name: 'Department for Work and Pensions',
      type: 'MINISTERIAL_DEPARTMENT',
    });
    expect(nonMinisterial.data!.departments.map((department: { code: string }) => department.code)).toContain(
      'HMRC',
    );
    expect(nonMinisterial.data!.departments).toHaveLength(20);
  });

  it('finds departments by a fragment of the code or the name, in any case, literally', async () => {
    const revenue = await vacancies.call(employee, DEPARTMENTS, { search: 'REVENUE' });
    expect(revenue.data!.departments.map((department: { code: string }) => department.code).sort()).toEqual([
      'HMRC',
      'RS',
      'WRA',
    ]);
    expect((await vacancies.call(employee, DEPARTMENTS, { search: '%' })).data!.departments).toEqual([]);
  });

  it('reads a department with its parent and children, and answers NOT_FOUND for an unknown code', async () => {
    const dvla = await vacancies.call(employee, DEPARTMENT, { code: 'DVLA' });
    expect(dvla.data!.department).toMatchObject({
      code: 'DVLA',
      type: 'EXECUTIVE_AGENCY',
      parent: { code: 'DfT', name: 'Department for Transport' },
      children: [],
    });
    const dft = await vacancies.call(employee, DEPARTMENT, { code: 'DfT' });
    expect(dft.data!.department.children.map((child: { code: string }) => child.code)).toEqual(
      expect.arrayContaining(['DVLA', 'DVSA', 'MCA']),
    );
    const unknown = await vacancies.call(employee, DEPARTMENT, { code: 'NOPE' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('resolves Department entities for other subgraphs, an unknown code as null', async () => {
    const response = await vacancies.call(employee, ENTITIES, {
      r: [
        { __typename: 'Department', code: 'HMRC' },
        { __typename: 'Department', code: 'NOPE' },
      ],
    });
    expect(response.data!._entities).toEqual([
      { code: 'HMRC', name: 'HM Revenue and Customs', type: 'NON_MINISTERIAL_DEPARTMENT' },
      null,
    ]);
  });

  it('lets cross-government HR add an organisation, audited, readable at once', async () => {
    const code = freshCode();
    const input = { code, name: 'Office for Test Bodies', type: 'OTHER_BODY', parentCode: 'CO' };

    const added = await vacancies.call(crossGovernmentHr, ADD, { input });

    expect(added.errors).toBeUndefined();
    expect(added.data!.addOrganisation).toEqual({
      code,
      name: 'Office for Test Bodies',
      type: 'OTHER_BODY',
      parent: { code: 'CO' },
    });
    expect((await vacancies.call(employee, DEPARTMENT, { code })).data!.department.parent).toMatchObject({
      code: 'CO',
    });
    const [entry] = await dataSource.query(`SELECT * FROM audit_log WHERE record_id = $1`, [code]);
    expect(entry).toMatchObject({
      operation: 'Mutation.addOrganisation',
      record_type: 'Department',
      actor_subject: 'hr-co',
      acting_as: 'HR_ADMIN',
    });
  });

  it('refuses a duplicate code, in any case, with CONFLICT', async () => {
    const input = { code: 'dwp', name: 'Another DWP', type: 'OTHER_BODY' };
    const response = await vacancies.call(crossGovernmentHr, ADD, { input });

    expect(response.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEPARTMENT.CODE_TAKEN',
    });
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM department WHERE name = $1`,
      ['Another DWP'],
    );
    expect(count).toBe(0);
  });

  it('refuses an unknown parent with NOT_FOUND, and a department HR admin with FORBIDDEN', async () => {
    const code = freshCode();
    const orphan = await vacancies.call(crossGovernmentHr, ADD, {
      input: { code, name: 'Orphan', type: 'OTHER_BODY', parentCode: 'NOPE' },
    });
    expect(orphan.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const forbidden = await vacancies.call(dwpHr, ADD, { input: { code, name: 'Mine', type: 'OTHER_BODY' } });
    expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await dataSource.query(`SELECT code FROM department WHERE code = $1`, [code])).toEqual([]);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const response = await vacancies.call(crossGovernmentHr, ADD, {
      input: { code: 'A1', name: 'Bad code', type: 'OTHER_BODY' },
    });
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields.map((field: { field: string }) => field.field)).toEqual([
      'code',
    ]);
  });
});
