import { vacancySearchCount, vacancySearchPage } from './vacancy-search.sql';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const everyone = { kind: 'everyone' } as const;
const id = '0190f6a2-1111-7000-8000-000000000001';

describe('vacancy search SQL', () => {
  it('lists open vacancies not past their closing date, with the literal the partial indexes need', () => {
    const { text, values } = vacancySearchPage({}, everyone, '2026-11-01', 'CLOSING_DATE', 21);
    expect(squash(text)).toBe(
      "SELECT v.id, v.closing_date::text AS key FROM vacancy v WHERE v.status = 'OPEN' AND v.closing_date >= $1::date " +
        'ORDER BY v.closing_date ASC, v.id ASC LIMIT $2',
    );
    expect(values).toEqual(['2026-11-01', 21]);
  });

  it.each([
    [{ kind: 'nobody' } as const, 'FALSE', []],
    [{ kind: 'limited' } as const, "v.visibility = 'ALL_DEPARTMENTS'", []],
    [
      { kind: 'limited', departmentCode: 'DWP' } as const,
      "(v.visibility = 'ALL_DEPARTMENTS' OR v.department_code = $1)",
      ['DWP'],
    ],
  ])('puts the caller scope first: %j', (scope, clause, scopeValues) => {
    const { text, values } = vacancySearchCount({}, scope, '2026-11-01');
    expect(squash(text)).toContain(`WHERE ${clause} AND v.status = 'OPEN'`);
    expect(values.slice(0, scopeValues.length)).toEqual(scopeValues);
  });

  it('turns every criterion into a condition: one value as =, lists as ANY, arrays as overlaps', () => {
    const { text, values } = vacancySearchCount(
      {
        departmentCodes: ['DWP'],
        professions: ['Policy', 'Finance'],
        grades: ['G7'],
        moveKinds: ['LOAN'],
        locations: ['Leeds'],
        skillCodes: ['DDAT.X'],
        remoteOnly: true,
        closingAfter: '2026-12-01',
      },
      everyone,
      '2026-11-01',
    );
    expect(squash(text)).toContain(
      'v.department_code = $2 AND v.profession = ANY($3::text[]) AND v.grade = $4 AND v.move_kinds && $5::text[] ' +
        'AND v.locations && $6::text[] AND v.skill_codes && $7::text[] AND v.remote_possible AND v.closing_date > $8::date',
    );
    expect(values).toEqual([
      '2026-11-01',
      'DWP',
      ['Policy', 'Finance'],
      'G7',
      ['LOAN'],
      ['Leeds'],
      ['DDAT.X'],
      '2026-12-01',
    ]);
  });

  it('treats search words as a parameter, never as SQL, and ranks by them', () => {
    const words = "data'); DROP TABLE vacancy; --";
    const { text, values } = vacancySearchPage({ text: words }, everyone, '2026-11-01', 'RELEVANCE', 21);
    expect(text).not.toContain('DROP');
    expect(squash(text)).toContain("v.search_document @@ websearch_to_tsquery('english', $2)");
    expect(squash(text)).toContain(
      "ORDER BY ts_rank(v.search_document, websearch_to_tsquery('english', $2)) DESC, v.id DESC",
    );
    expect(values).toEqual(['2026-11-01', words, 21]);
  });

  it.each([
    ['CLOSING_DATE', '2026-11-20', '(v.closing_date, v.id) > ($2::date, $3::uuid)'],
    ['NEWEST', '2026-10-30 09:00:00+00', '(v.published_at, v.id) < ($2::timestamptz, $3::uuid)'],
  ] as const)(
    'continues a %s page after the cursor with a row comparison the index can seek to',
    (order, key, clause) => {
      const { text, values } = vacancySearchPage({}, everyone, '2026-11-01', order, 21, { key, id });
      expect(squash(text)).toContain(clause);
      expect(values).toEqual(['2026-11-01', key, id, 21]);
    },
  );

  it('orders RELEVANCE without words as NEWEST', () => {
    expect(squash(vacancySearchPage({}, everyone, '2026-11-01', 'RELEVANCE', 5).text)).toContain(
      'ORDER BY v.published_at DESC, v.id DESC',
    );
  });
});
