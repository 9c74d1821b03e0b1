import { addCalendarMonths } from '../../services/people/src/person/domain/tenure.rule';
import { HOME_ORGANISATIONS, NAMED_ORGANISATIONS } from './civil-service.figures';
import { SeededRandom, WeightedChoice } from './seeded-random';

/** A move as the moves table holds it, with the agreements its status implies. */
export interface GeneratedMove {
  id: string;
  personId: string;
  kind: 'LEVEL_TRANSFER' | 'LOAN' | 'SECONDMENT_OUT' | 'SHORT_ASSIGNMENT';
  homeDepartmentCode: string;
  hostDepartmentCode?: string;
  externalOrganisation?: string;
  /** The open vacancy whose post the move holds (reserved through the saga), when it fills one. */
  vacancyId?: string;
  grade: string;
  profession: string;
  startsOn: string;
  endsOn?: string;
  hoursPerWeek?: number;
  payer: 'HOME' | 'HOST';
  status: string;
  stopReason?: string;
  agreements: Record<string, unknown>;
  version: number;
  createdAt: string;
}

/** The person a move is drawn for, as the read model will hold them. */
export interface MovingPerson {
  personId: string;
  departmentCode: string;
  grade: string;
  profession: string;
}

/** An open vacancy a level transfer may fill: agreed moves hold one of its posts. */
export interface OpenPosts {
  vacancyId: string;
  departmentCode: string;
  grade: string;
  posts: number;
}

/** What people's record says of the person once the move is drawn: away on a started loan or secondment. */
export type PersonStatusAfter = 'ACTIVE' | 'ON_LOAN' | 'ON_SECONDMENT';

interface Recipe {
  kind: GeneratedMove['kind'];
  status: string;
  /** Months from today to the start: negative when it has started. */
  startMonths: [number, number];
  /** Length in months (temporary kinds). */
  months?: [number, number];
  away?: PersonStatusAfter;
}

/**
 * Our assumptions, not published figures: about 3% of people have a move on record at any time. Loans dominate
 * (Cabinet Office loans up to 2 years), then level transfers agreed but not started, secondments out, short
 * assignments, and some history (ended, withdrawn, rejected) and moves still being agreed.
 */
const RECIPES: [Recipe, number][] = [
  [{ kind: 'LOAN', status: 'STARTED', startMonths: [-18, -1], months: [6, 24], away: 'ON_LOAN' }, 1.0],
  [{ kind: 'LOAN', status: 'EXTENDED', startMonths: [-24, -12], months: [18, 30], away: 'ON_LOAN' }, 0.1],
  [{ kind: 'LOAN', status: 'SCHEDULED', startMonths: [1, 4], months: [6, 24] }, 0.3],
  [{ kind: 'LOAN', status: 'ENDED', startMonths: [-36, -26], months: [6, 24] }, 0.3],
  [
    {
      kind: 'SECONDMENT_OUT',
      status: 'STARTED',
      startMonths: [-12, -1],
      months: [13, 24],
      away: 'ON_SECONDMENT',
    },
    0.3,
  ],
  [{ kind: 'LEVEL_TRANSFER', status: 'SCHEDULED', startMonths: [1, 6] }, 0.28],
  [{ kind: 'LEVEL_TRANSFER', status: 'AGREED', startMonths: [1, 6] }, 0.12],
  [{ kind: 'LEVEL_TRANSFER', status: 'AWAITING_AGREEMENT', startMonths: [1, 6] }, 0.15],
  [{ kind: 'LEVEL_TRANSFER', status: 'WITHDRAWN', startMonths: [-6, 3] }, 0.1],
  [{ kind: 'LEVEL_TRANSFER', status: 'REJECTED', startMonths: [-6, 3] }, 0.1],
  [{ kind: 'SHORT_ASSIGNMENT', status: 'STARTED', startMonths: [-3, -1], months: [3, 6] }, 0.1],
  [{ kind: 'LOAN', status: 'PROPOSED', startMonths: [1, 6], months: [6, 12] }, 0.05],
];
const SHARE_WITH_A_MOVE = RECIPES.reduce((sum, [, percent]) => sum + percent, 0) / 100;
const AGREED = new Set(['AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED', 'ENDED']);
const IN_PROGRESS = new Set(['STARTED', 'EXTENDED']);

/** A UUID that says what it names and which one (for generated data only: real ids are UUIDv7s). */
export function syntheticUuid(kind: number, index: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

export const MOVE_ID_KIND = 0x6d6f7665; // "move"

/**
 * Draws, person by person, whether they have a move on record, deterministic for a seed. Hosts are the large and
 * small named departments by size (loans go where the work is), never the person's own.
 */
export class MoveSprinkler {
  private readonly random: SeededRandom;
  private readonly recipes = new WeightedChoice(
    RECIPES.map(([recipe, percent]) => [recipe, percent] as const),
  );
  private readonly hosts = new WeightedChoice(
    NAMED_ORGANISATIONS.map(([code, thousands]) => [code, Math.sqrt(thousands)] as const),
  );
  private count = 0;
  private readonly openByGrade = new Map<string, OpenPosts[]>();
  private readonly held = new Map<string, number>();

  /** `open`: vacancies agreed level transfers may hold a post of (half of them do; the others fill no vacancy). */
  constructor(
    seed: number,
    private readonly today: string,
    open: Iterable<OpenPosts> = [],
  ) {
    this.random = new SeededRandom(seed);
    for (const vacancy of open)
      this.openByGrade.set(vacancy.grade, [...(this.openByGrade.get(vacancy.grade) ?? []), vacancy]);
  }

  /** A post of an open vacancy at the grade, in another department, with a post still free; else none. */
  private holdPost(grade: string, home: string): OpenPosts | undefined {
    const candidates = this.openByGrade.get(grade);
    if (!candidates || !this.random.chance(0.5)) return undefined;
    const vacancy = this.random.pick(candidates);
    const held = this.held.get(vacancy.vacancyId) ?? 0;
    if (vacancy.departmentCode === home || held >= vacancy.posts) return undefined;
    this.held.set(vacancy.vacancyId, held + 1);
    return vacancy;
  }

  draw(person: MovingPerson): { move?: GeneratedMove; status: PersonStatusAfter } {
    if (!this.random.chance(SHARE_WITH_A_MOVE)) return { status: 'ACTIVE' };
    const recipe = this.recipes.draw(this.random);
    const startMonths = this.random.int(...recipe.startMonths);
    const startsOn = addCalendarMonths(this.today, startMonths);
    // A move in progress has not reached its end: at least a month still to run.
    const shortest = IN_PROGRESS.has(recipe.status) ? 1 - startMonths : 1;
    const endsOn =
      recipe.months &&
      addCalendarMonths(
        startsOn,
        this.random.int(Math.max(recipe.months[0], shortest), Math.max(recipe.months[1], shortest)),
      );
    let host = this.hosts.draw(this.random);
    if (host === person.departmentCode) host = host === 'CO' ? 'HMT' : 'CO';
    const post =
      recipe.kind === 'LEVEL_TRANSFER' && (recipe.status === 'AGREED' || recipe.status === 'SCHEDULED')
        ? this.holdPost(person.grade, person.departmentCode)
        : undefined;
    if (post) host = post.departmentCode;
    const external = recipe.kind === 'SECONDMENT_OUT';
    const move: GeneratedMove = {
      id: syntheticUuid(MOVE_ID_KIND, ++this.count),
      personId: person.personId,
      kind: recipe.kind,
      homeDepartmentCode: person.departmentCode,
      ...(external
        ? { externalOrganisation: this.random.pick(HOME_ORGANISATIONS) }
        : { hostDepartmentCode: host }),
      ...(post && { vacancyId: post.vacancyId }),
      grade: person.grade,
      profession: person.profession,
      startsOn,
      endsOn,
      ...(recipe.kind === 'SHORT_ASSIGNMENT' && { hoursPerWeek: this.random.pick([7.4, 14.8]) }),
      payer: recipe.kind === 'LOAN' && this.random.chance(0.7) ? 'HOST' : 'HOME',
      status: recipe.status,
      ...((recipe.status === 'WITHDRAWN' || recipe.status === 'REJECTED') && {
        stopReason:
          recipe.status === 'WITHDRAWN' ? 'Personal circumstances changed' : 'Business need at home',
      }),
      agreements: agreementsFor(recipe.status, person.departmentCode, external ? undefined : host, startsOn),
      version: AGREED.has(recipe.status) ? 5 : 2,
      createdAt: `${addCalendarMonths(startsOn, -2)}T09:00:00Z`,
    };
    return { move, status: recipe.away ?? 'ACTIVE' };
  }
}

function agreementsFor(status: string, home: string, host: string | undefined, startsOn: string) {
  const at = `${addCalendarMonths(startsOn, -1)}T10:00:00.000Z`;
  const base = { consentNeeded: true, releaseNeeded: true };
  if (!AGREED.has(status)) return status === 'AWAITING_AGREEMENT' ? { ...base, consentGivenAt: at } : base;
  return {
    ...base,
    consentGivenAt: at,
    release: { releaseOn: startsOn, at, by: { role: 'HOME_DEPARTMENT', departmentCode: home } },
    acceptance: { at, by: { role: 'HOST_DEPARTMENT', departmentCode: host ?? home } },
  };
}
