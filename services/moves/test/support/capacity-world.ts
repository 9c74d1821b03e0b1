// A random, small civil service for checking capacity: people of every status and track, funded posts with their
// history, vacancies and moves of every kind and status, written straight into moves' read-model tables, and the same
// world as the facts capacity.rules.ts takes.
import { CapacityFacts } from '../../src/capacity/domain/capacity.rules';
import {
  AdvertisedVacancy,
  EstablishmentEntry,
  establishmentAt,
  openPostsOf,
  PostClaim,
} from '../../src/capacity/domain/capacity-facts.rules';
import { MOVE_KINDS } from '../../src/move/domain/move-kind';
import { MOVE_STATUSES } from '../../src/move/domain/move-status';

export interface WorldPerson {
  personId: string;
  departmentCode: string;
  profession: string;
  grade: string;
  location: string | null;
  fte: string;
  status: string;
  trackCode: string | null;
  minimumTermEndsOn: string | null;
}

export interface WorldMove {
  id: string;
  personId: string;
  kind: string;
  home: string | null;
  host: string | null;
  grade: string;
  startsOn: string;
  endsOn: string | null;
  status: string;
  vacancyId: string | null;
  postRequested: boolean;
}

export interface World {
  people: WorldPerson[];
  moves: WorldMove[];
  establishment: EstablishmentEntry[];
  vacancies: AdvertisedVacancy[];
}

export const DEPARTMENTS = ['DWP', 'HMRC', 'HO', 'CO'];
export const PROFESSIONS = ['Policy', 'Digital, Data and Technology'];
export const GRADES = ['EO', 'HEO', 'SEO', 'G7'];
export const LOCATIONS = ['Leeds', 'London', 'Glasgow'];
const FTES = ['1.00', '1.00', '1.00', '0.80', '0.60', '0.57', '0.33', '0.01', '0.99'];
const PERSON_STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ON_LOAN', 'ON_SECONDMENT', 'LEFT'];
const AGREED = ['AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED'];
const VACANCY_STATUSES = ['OPEN', 'OPEN', 'OPEN', 'CLOSED', 'FILLED', 'CANCELLED'];

/** mulberry32: a seeded generator, so that a failing seed can be run again. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  /** A UUID, sortable like PostgreSQL's uuid (lower-case hex). */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A world around `today`: dates from about a year before it to a year and a half after. */
export function generateWorld(random: Random, today: string): World {
  const date = (from: number, to: number) => addDays(today, random.int(from, to));
  const people: WorldPerson[] = Array.from({ length: random.int(20, 90) }, () => {
    const specialist = random.chance(0.3);
    return {
      personId: random.uuid(),
      departmentCode: random.pick(DEPARTMENTS),
      profession: random.pick(PROFESSIONS),
      grade: random.pick(GRADES),
      location: random.chance(0.85) ? random.pick(LOCATIONS) : null,
      fte: random.pick(FTES),
      status: random.pick(PERSON_STATUSES),
      trackCode: specialist ? 'DDAT.DATA_SCIENCE' : null,
      minimumTermEndsOn: random.chance(0.85) ? date(-300, 500) : null,
    };
  });
  const vacancies: AdvertisedVacancy[] = Array.from({ length: random.int(0, 12) }, () => ({
    vacancyId: random.uuid(),
    departmentCode: random.pick(DEPARTMENTS),
    profession: random.pick(PROFESSIONS),
    grade: random.pick(GRADES),
    posts: random.int(1, 4),
    ftePerPost: Number(random.pick(FTES)),
    status: random.pick(VACANCY_STATUSES),
  }));
  // Some moves belong to people moves has never heard of, or who left; several start the same day.
  const strangers = Array.from({ length: 3 }, () => random.uuid());
  const sameDay = date(-30, 200);
  // A few busy people have several moves starting the same day: the order the definition takes them in shows.
  const busy = Array.from({ length: 4 }, () => random.pick(people));
  const moves: WorldMove[] = Array.from({ length: random.int(0, 120) }, () => {
    const crowded = random.chance(0.2);
    const person = crowded ? random.pick(busy) : random.chance(0.95) ? random.pick(people) : undefined;
    const kind = random.pick(MOVE_KINDS);
    const home = person && kind !== 'SECONDMENT_IN' && random.chance(0.95) ? person.departmentCode : null;
    const host = kind === 'SECONDMENT_OUT' && random.chance(0.7) ? null : random.pick(DEPARTMENTS);
    const startsOn = crowded || random.chance(0.1) ? sameDay : date(-400, 450);
    const temporary = !['LEVEL_TRANSFER', 'PROMOTION'].includes(kind);
    const vacancy = vacancies.length > 0 && random.chance(0.4) ? random.pick(vacancies) : undefined;
    return {
      id: random.uuid(),
      personId: person?.personId ?? random.pick(strangers),
      kind,
      home,
      host,
      grade: random.chance(0.7) ? (person?.grade ?? 'SEO') : random.pick(GRADES),
      startsOn,
      endsOn: temporary && random.chance(0.9) ? addDays(startsOn, random.int(1, 500)) : null,
      // Half of them agreed (the statuses that count), the rest anywhere in the workflow.
      status: random.chance(0.5) ? random.pick(AGREED) : random.pick(MOVE_STATUSES),
      vacancyId: vacancy?.vacancyId ?? null,
      postRequested: vacancy !== undefined && random.chance(0.8),
    };
  });
  const establishment: EstablishmentEntry[] = [];
  for (const departmentCode of DEPARTMENTS)
    for (const profession of PROFESSIONS)
      for (const grade of GRADES) {
        if (random.chance(0.3)) continue;
        const entries = random.int(1, 4);
        const dates = new Set<string>();
        for (let version = 1; version <= entries; version++) {
          // A date set again (the same day twice) replaces the first value.
          const effectiveFrom = dates.size > 0 && random.chance(0.2) ? [...dates][0] : date(-400, 400);
          dates.add(effectiveFrom);
          const fte = random.chance(0.15) ? 0 : random.int(1, 4000) / 100;
          establishment.push({ departmentCode, profession, grade, effectiveFrom, fte, version });
        }
      }
  return { people, moves, establishment, vacancies };
}

/** The world as capacityAt takes it at `asOf`. */
export function factsAt(world: World, asOf: string): CapacityFacts {
  const claims: PostClaim[] = world.moves.map((move) => ({
    vacancyId: move.vacancyId ?? undefined,
    postRequested: move.postRequested,
    status: move.status,
  }));
  return {
    people: world.people.map((person) => ({
      personId: person.personId,
      departmentCode: person.departmentCode,
      profession: person.profession,
      grade: person.grade,
      location: person.location ?? undefined,
      fte: Number(person.fte),
      status: person.status,
      minimumTermEndsOn: person.minimumTermEndsOn ?? undefined,
      onSpecialistTrack: person.trackCode !== null,
    })),
    moves: world.moves.map((move) => ({
      moveId: move.id,
      personId: move.personId,
      kind: move.kind,
      homeDepartmentCode: move.home ?? undefined,
      hostDepartmentCode: move.host ?? undefined,
      grade: move.grade,
      startsOn: move.startsOn,
      endsOn: move.endsOn ?? undefined,
      status: move.status,
    })),
    establishment: establishmentAt(world.establishment, asOf),
    openPosts: openPostsOf(world.vacancies, claims),
  };
}

/** A database client's `query`, as pg's Client and TypeORM's DataSource both offer it. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Replaces the read models and moves with the world, in a few statements. */
export async function loadWorld(db: Queryable, world: World): Promise<void> {
  await db.query(`TRUNCATE person_read_model, vacancy_read_model, establishment_read_model, move CASCADE`);
  const p = world.people;
  await db.query(
    `INSERT INTO person_read_model (person_id, department_code, profession, grade, location, fte, status,
       specialist_track_code, minimum_term_ends_on, started_in_post_on, version, updated_at)
     SELECT *, '2024-01-08'::date, 1, now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[],
       $9::date[])`,
    [
      p.map((x) => x.personId),
      p.map((x) => x.departmentCode),
      p.map((x) => x.profession),
      p.map((x) => x.grade),
      p.map((x) => x.location),
      p.map((x) => x.fte),
      p.map((x) => x.status),
      p.map((x) => x.trackCode),
      p.map((x) => x.minimumTermEndsOn),
    ],
  );
  const v = world.vacancies;
  await db.query(
    `INSERT INTO vacancy_read_model (vacancy_id, department_code, profession, grade, posts, fte_per_post, status,
       version, updated_at)
     SELECT *, 1, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::numeric[], $7::text[])`,
    [
      v.map((x) => x.vacancyId),
      v.map((x) => x.departmentCode),
      v.map((x) => x.profession),
      v.map((x) => x.grade),
      v.map((x) => x.posts),
      v.map((x) => x.ftePerPost),
      v.map((x) => x.status),
    ],
  );
  // What the EstablishmentChanged projection keeps: the newest version of each line and date.
  const e = world.establishment;
  await db.query(
    `INSERT INTO establishment_read_model (department_code, profession, grade, effective_from, fte_hundredths, version)
     SELECT DISTINCT ON (d, p, g, f) d, p, g, f, h, v
     FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::int[], $6::int[]) AS e (d, p, g, f, h, v)
     ORDER BY d, p, g, f, v DESC`,
    [
      e.map((x) => x.departmentCode),
      e.map((x) => x.profession),
      e.map((x) => x.grade),
      e.map((x) => x.effectiveFrom),
      e.map((x) => Math.round(x.fte * 100)),
      e.map((x) => x.version),
    ],
  );
  const m = world.moves;
  await db.query(
    `INSERT INTO move (id, person_id, kind, home_department_code, host_department_code, grade, starts_on, ends_on,
       status, vacancy_id, post_requested, origin, requested_start_on, payer, agreements, version, created_at,
       updated_at)
     SELECT id, person_id, kind, home, host, grade, starts_on, ends_on, status, vacancy_id, post_requested, 'PLANNER',
       starts_on, 'HOST', '{}'::jsonb, 1, now(), now()
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[],
       $9::text[], $10::uuid[], $11::boolean[])
       AS m (id, person_id, kind, home, host, grade, starts_on, ends_on, status, vacancy_id, post_requested)`,
    [
      m.map((x) => x.id),
      m.map((x) => x.personId),
      m.map((x) => x.kind),
      m.map((x) => x.home),
      m.map((x) => x.host),
      m.map((x) => x.grade),
      m.map((x) => x.startsOn),
      m.map((x) => x.endsOn),
      m.map((x) => x.status),
      m.map((x) => x.vacancyId),
      m.map((x) => x.postRequested),
    ],
  );
}

/**
 * Later events about some people, applied as the projections apply them (an upsert of the whole row, or LEFT), to the
 * world and to the database alike: they move line, change FTE or location, leave, or change nothing that counts.
 */
export async function changeSomePeople(db: Queryable, world: World, random: Random): Promise<void> {
  for (const person of world.people.filter(() => random.chance(0.2))) {
    const change = random.int(0, 4);
    if (change === 0) person.departmentCode = random.pick(DEPARTMENTS);
    if (change === 1) person.grade = random.pick(GRADES);
    if (change === 2) person.fte = random.pick(FTES);
    if (change === 3) person.status = person.status === 'LEFT' ? 'ACTIVE' : 'LEFT';
    if (change === 4) person.location = random.pick(LOCATIONS);
    await db.query(
      `INSERT INTO person_read_model (person_id, department_code, profession, grade, location, fte, status,
         started_in_post_on, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2024-01-08', 2, now())
       ON CONFLICT (person_id) DO UPDATE SET department_code = EXCLUDED.department_code,
         profession = EXCLUDED.profession, grade = EXCLUDED.grade, location = EXCLUDED.location, fte = EXCLUDED.fte,
         status = EXCLUDED.status, version = person_read_model.version + 1`,
      [
        person.personId,
        person.departmentCode,
        person.profession,
        person.grade,
        person.location,
        person.fte,
        person.status,
      ],
    );
  }
}
