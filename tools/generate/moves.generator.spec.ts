import { GeneratedMove, MoveSprinkler, PersonStatusAfter, syntheticUuid } from './moves.generator';
import { csvCell, personRow } from './moves-read-model.rows';
import { generatePeople } from './people.generator';
import { generateVacancies } from './vacancies.generator';

const TODAY = '2026-11-01';
const people = [...generatePeople({ people: 20_000, seed: 7, asOf: TODAY })];
const open = [...generateVacancies({ open: 800, closed: 0, seed: 7, asOf: TODAY })].map(
  ({ id, departmentCode, grade, posts }) => ({ vacancyId: id, departmentCode, grade, posts }),
);

function sprinkle(seed: number) {
  const sprinkler = new MoveSprinkler(seed, TODAY, open);
  return people.map(({ cells }, index) => ({
    cells,
    ...sprinkler.draw({
      personId: syntheticUuid(1, index + 1),
      departmentCode: cells.department_code,
      grade: cells.grade,
      profession: cells.profession,
    }),
  }));
}

const drawn = sprinkle(7);
const moves = drawn.flatMap(({ move }) => (move ? [move] : []));
const byStatus = (status: string) => moves.filter((move) => move.status === status);

describe('MoveSprinkler', () => {
  it('gives about 3% of people a move on record, the same ones for the same seed', () => {
    expect(moves.length / people.length).toBeGreaterThan(0.025);
    expect(moves.length / people.length).toBeLessThan(0.035);
    expect(sprinkle(7).map(({ move }) => move?.id)).toEqual(drawn.map(({ move }) => move?.id));
    expect(new Set(moves.map((move) => move.id)).size).toBe(moves.length);
  });

  it('has people away exactly when a loan or secondment out has started and not ended', () => {
    const awayStatus = (move: GeneratedMove | undefined): PersonStatusAfter =>
      move && ['STARTED', 'EXTENDED'].includes(move.status) && move.startsOn <= TODAY && TODAY < move.endsOn!
        ? move.kind === 'LOAN'
          ? 'ON_LOAN'
          : move.kind === 'SECONDMENT_OUT'
            ? 'ON_SECONDMENT'
            : 'ACTIVE'
        : 'ACTIVE';
    for (const { move, status } of drawn) expect(status).toBe(awayStatus(move));
    expect(drawn.filter(({ status }) => status === 'ON_LOAN').length).toBeGreaterThan(100);
  });

  it('dates each move as its status says: agreed ones start later, started ones have started', () => {
    for (const move of [...byStatus('SCHEDULED'), ...byStatus('AGREED'), ...byStatus('AWAITING_AGREEMENT')])
      expect(move.startsOn > TODAY).toBe(true);
    for (const move of [...byStatus('STARTED'), ...byStatus('EXTENDED')])
      expect(move.startsOn <= TODAY).toBe(true);
    for (const move of byStatus('ENDED')) expect(move.endsOn! <= TODAY).toBe(true);
    for (const move of moves) if (move.endsOn) expect(move.endsOn > move.startsOn).toBe(true);
  });

  it('sends people to another department, or outside for a secondment out, with every agreement an agreed move needs', () => {
    for (const move of moves) {
      if (move.kind === 'SECONDMENT_OUT') expect(move.externalOrganisation).toBeTruthy();
      else expect(move.hostDepartmentCode).not.toBe(move.homeDepartmentCode);
    }
    for (const move of [...byStatus('AGREED'), ...byStatus('SCHEDULED'), ...byStatus('STARTED')])
      expect(move.agreements).toMatchObject({
        consentGivenAt: expect.any(String),
        release: { releaseOn: move.startsOn },
        acceptance: { at: expect.any(String) },
      });
    expect(new Set(moves.map((move) => move.kind))).toEqual(
      new Set(['LOAN', 'LEVEL_TRANSFER', 'SECONDMENT_OUT', 'SHORT_ASSIGNMENT']),
    );
  });

  it("holds posts of open vacancies for some agreed level transfers, never more than a vacancy's posts", () => {
    const holding = moves.filter((move) => move.vacancyId);
    expect(holding.length).toBeGreaterThan(10);
    const vacancyById = new Map(open.map((vacancy) => [vacancy.vacancyId, vacancy]));
    const held = new Map<string, number>();
    for (const move of holding) {
      const vacancy = vacancyById.get(move.vacancyId!)!;
      expect(move).toMatchObject({
        kind: 'LEVEL_TRANSFER',
        hostDepartmentCode: vacancy.departmentCode,
        grade: vacancy.grade,
      });
      expect(['AGREED', 'SCHEDULED']).toContain(move.status);
      held.set(vacancy.vacancyId, (held.get(vacancy.vacancyId) ?? 0) + 1);
    }
    for (const [id, count] of held) expect(count).toBeLessThanOrEqual(vacancyById.get(id)!.posts);
  });
});

describe('personRow', () => {
  it("keeps people's tenure dates, track, skill levels (no evidence) and preferences", () => {
    const tracked = people.find(({ cells }) => cells.specialist_track_code && cells.skills)!.cells;
    const row = personRow('p-1', tracked, 'ACTIVE');

    expect(row.specialist_track).toEqual({ json: expect.objectContaining({ grades: expect.any(Array) }) });
    // Every seeded track asks 36 months: the term runs from the start in post.
    expect(row.minimum_term_ends_on! > tracked.started_in_post_on).toBe(true);
    const skills = (row.skills as { json: { skillCode: string; level: string }[] }).json;
    expect(skills.length).toBe(tracked.skills.split(';').length);
    expect(Object.keys(skills[0]).sort()).toEqual(['level', 'skillCode']);
    expect(row.open_to_move).toBe(tracked.open_to_move === 'true');
  });

  it('writes COPY cells: NULL unquoted, text[] and jsonb quoted', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('""');
    expect(csvCell(['Seeing the Big Picture', 'a "quote"'])).toBe(
      '"{""Seeing the Big Picture"",""a \\""quote\\""""}"',
    );
    expect(csvCell({ json: [{ a: 1 }] })).toBe('"[{""a"":1}]"');
  });
});
