import {
  departmentHeadcounts,
  departmentPeoplePages,
  peopleSearchCount,
  peopleSearchPage,
} from './people-search.sql';

const everyone = { kind: 'everyone' } as const;
const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('people search SQL', () => {
  it('with no criteria, finds everyone who has not left, in keyset order, one row past the page', () => {
    const { text, values } = peopleSearchPage({}, everyone, 21);
    expect(squash(text)).toBe(
      'SELECT p.id, p.family_name AS "familyName", p.given_name AS "givenName" FROM person p ' +
        'WHERE p.status = ANY($1::text[]) ORDER BY p.family_name, p.given_name, p.id LIMIT $2',
    );
    expect(values).toEqual([['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT'], 21]);
  });

  it('turns every criterion into a parameterised condition, all of which must hold', () => {
    const { text, values } = peopleSearchPage(
      {
        departmentCodes: ['DWP'],
        grades: ['HEO', 'SEO'],
        profession: 'Statistics',
        specialistTrackCode: 'DDAT_DATA_SCIENCE',
        openToMove: true,
        statuses: ['LEFT'],
        skills: [
          { skillCode: 'DATA_MODELLING', minimumLevel: 'PRACTITIONER' },
          { skillCode: 'PYTHON', minimumLevel: 'AWARENESS' },
        ],
        name: '  ada  love ',
      },
      everyone,
      11,
    );
    expect(squash(text)).toBe(
      'WITH skilled AS MATERIALIZED (' +
        'SELECT s.person_id FROM person_skill s WHERE s.skill_code = $9 AND s.level = ANY($10::text[]) INTERSECT ' +
        'SELECT s.person_id FROM person_skill s WHERE s.skill_code = $11 AND s.level = ANY($12::text[])) ' +
        'SELECT p.id, p.family_name AS "familyName", p.given_name AS "givenName" ' +
        'FROM skilled JOIN person p ON p.id = skilled.person_id ' +
        'WHERE p.status = $1 AND p.department_code = $2 AND p.grade = ANY($3::text[]) AND p.profession = $4 ' +
        'AND p.specialist_track_code = $5 AND p.open_to_move = $6::boolean ' +
        "AND (p.given_name || ' ' || p.family_name) ILIKE $7 AND (p.given_name || ' ' || p.family_name) ILIKE $8 " +
        'ORDER BY p.family_name, p.given_name, p.id LIMIT $13',
    );
    expect(values).toEqual([
      'LEFT',
      'DWP',
      ['HEO', 'SEO'],
      'Statistics',
      'DDAT_DATA_SCIENCE',
      true,
      '%ada%',
      '%love%',
      'DATA_MODELLING',
      ['PRACTITIONER', 'EXPERT'],
      'PYTHON',
      ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'],
      11,
    ]);
  });

  it('treats what the user typed as text, never as wildcards or SQL', () => {
    const { text, values } = peopleSearchPage({ name: "50%_o'\\" }, everyone, 5);
    expect(text).not.toContain("o'");
    expect(values).toContain("%50\\%\\_o'\\\\%");
  });

  it('continues after the cursor position with a row comparison the order index can seek to', () => {
    const after = { familyName: 'Baker', givenName: 'Ann', id: '0190f6a2-1111-7000-8000-000000000001' };
    const { text, values } = peopleSearchPage({}, everyone, 3, after);
    expect(squash(text)).toContain('AND (p.family_name, p.given_name, p.id) > ($2, $3, $4::uuid)');
    expect(values).toEqual([['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT'], 'Baker', 'Ann', after.id, 3]);
  });

  it.each([
    [{ kind: 'nobody' } as const, 'FALSE', []],
    [
      { kind: 'limited', shared: true } as const,
      "(p.share_profile_across_departments AND p.status <> 'LEFT')",
      [],
    ],
    [
      { kind: 'limited', departmentCode: 'DWP', shared: true } as const,
      "(p.department_code = $1 OR (p.share_profile_across_departments AND p.status <> 'LEFT'))",
      ['DWP'],
    ],
    [{ kind: 'limited', departmentCode: 'DWP', shared: false } as const, 'p.department_code = $1', ['DWP']],
    [{ kind: 'limited', shared: false } as const, 'FALSE', []],
  ])('puts the caller scope first: %j', (scope, clause, scopeValues) => {
    const { text, values } = peopleSearchCount({}, scope);
    expect(squash(text)).toContain(`WHERE ${clause} AND p.status`);
    expect(values.slice(0, scopeValues.length)).toEqual(scopeValues);
  });

  it('counts headcount for many departments at once, by profession and grade when given', () => {
    const { text, values } = departmentHeadcounts(['DWP', 'HMRC'], { grade: 'G7' });
    expect(squash(text)).toContain(
      'WHERE p.department_code = ANY($1::text[]) AND p.status = ANY($2::text[]) AND p.grade = $3 GROUP BY p.department_code',
    );
    expect(values).toEqual([['DWP', 'HMRC'], ['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT'], 'G7']);
  });

  it("pages several departments in one statement, each by its own keyset scan, ignoring the filter's departments", () => {
    const after = { familyName: 'Baker', givenName: 'Ann', id: '0190f6a2-1111-7000-8000-000000000001' };
    const { text, values } = peopleSearchPage({}, everyone, 3);
    const batch = departmentPeoplePages(
      ['DWP', 'HMRC'],
      { departmentCodes: ['CO'], grades: ['G7'] },
      everyone,
      3,
      after,
    );
    expect(text).not.toContain('unnest');
    expect(squash(batch.text)).toBe(
      'SELECT d.code AS "departmentCode", page.id, page."familyName", page."givenName" ' +
        'FROM unnest($6::text[]) AS d(code) CROSS JOIN LATERAL ( ' +
        'SELECT p.id, p.family_name AS "familyName", p.given_name AS "givenName" FROM person p ' +
        'WHERE p.status = ANY($1::text[]) AND p.grade = $2 AND p.department_code = d.code ' +
        'AND (p.family_name, p.given_name, p.id) > ($3, $4, $5::uuid) ' +
        'ORDER BY p.family_name, p.given_name, p.id LIMIT $7 ) page ' +
        'ORDER BY d.code, page."familyName", page."givenName", page.id',
    );
    expect(batch.values).toEqual([values[0], 'G7', 'Baker', 'Ann', after.id, ['DWP', 'HMRC'], 3]);
  });
});
