import { REFERENCE_ORDERS } from '../../../config/reference-orders';
import { scoreMatch } from '../../../matching/domain/match.rules';
import { PlanOpening, PlanPerson } from '../plan-facts.reader';
import { scoreBound } from './score-bound';

// The bound against matching's own score, on random people and openings of one profession and grade: never below it
// (or a plan could miss its best edges), and below 1 for a good share of pairs (or it would prune nothing).
const SKILLS = ['DATA.ANALYSIS', 'data.engineering', 'SOFTWARE.DEV', 'USER.RESEARCH', 'PRODUCT.MGMT'];
const LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('scoreBound', () => {
  it('is never below scoreMatch, and prunes pairs whose skills do not meet', () => {
    const next = random(11);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
    const some = <T>(values: readonly T[], most: number) =>
      Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(values));
    const people: PlanPerson[] = Array.from({ length: 60 }, (_, index) => ({
      personId: `p${index}`,
      departmentCode: pick(['DWP', 'HMRC']),
      grade: 'HEO',
      profession: 'Digital, Data and Technology',
      location: pick(['Leeds', 'London', undefined]),
      status: 'ACTIVE',
      fte: 1,
      onLiveMove: false,
      skills: some(SKILLS, 3).map((skillCode) => ({
        skillCode: skillCode.toLowerCase(),
        level: pick(LEVELS),
      })),
      skillsToDevelop: some(SKILLS, 1),
      openToMove: true,
      shareProfileAcrossDepartments: true,
      moveKindsWanted: some(['LEVEL_TRANSFER', 'LOAN'], 1),
      departmentsWanted: some(['DWP', 'HMRC', 'DSIT'], 1),
      locationsWanted: some(['Leeds', 'London'], 1),
      specialistTrack:
        next() < 0.3
          ? {
              code: 'T',
              profession: 'Digital, Data and Technology',
              specialism: 'Data',
              grades: ['HEO', 'SEO'],
            }
          : undefined,
      minimumTermEndsOn: pick(['2026-06-01', '2027-03-01', undefined]),
    }));
    const openings: PlanOpening[] = Array.from({ length: 60 }, (_, index) => ({
      opportunityId: `o${index}`,
      source: 'VACANCY',
      places: 1,
      departmentCode: pick(['DWP', 'HMRC', 'DSIT']),
      title: 'Role',
      grade: 'HEO',
      profession: 'Digital, Data and Technology',
      specialism: pick(['Data', undefined]),
      moveKinds: ['LEVEL_TRANSFER'],
      locations: some(['Leeds', 'London', 'Glasgow'], 2),
      remotePossible: next() < 0.3,
      requiredSkills: some(SKILLS, 3).map((skillCode) => ({
        skillCode,
        minimumLevel: pick(LEVELS),
        essential: next() < 0.5,
      })),
      behaviours: [],
      visibility: 'ALL_DEPARTMENTS',
    }));
    const bound = scoreBound((person, opening) =>
      scoreMatch(person, opening, { today: '2026-11-24', orders: REFERENCE_ORDERS }),
    );
    let pruned = 0;
    let matched = 0;
    for (const person of people) {
      const boundOf = bound(person);
      for (const opening of openings) {
        const match = scoreMatch(person, opening, { today: '2026-11-24', orders: REFERENCE_ORDERS });
        const limit = boundOf(opening);
        if (limit < 1) pruned++;
        if (!match) continue;
        matched++;
        expect(match.score).toBeLessThanOrEqual(limit);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(pruned).toBeGreaterThan(500);
  });
});
