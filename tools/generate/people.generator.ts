import {
  ImportColumn,
  IMPORT_COLUMNS,
  LIST_SEPARATOR,
} from '../../services/people/src/person-import/import-columns';
import { MOVE_KINDS } from '../../services/people/src/person/domain/employment';
import { addCalendarMonths } from '../../services/people/src/person/domain/tenure.rule';
import { REFERENCE_DATA_SEED } from '../../services/people/src/reference-data/infrastructure/seed';
import {
  CLEARANCES,
  DDAT,
  DDAT_SHARE,
  EVIDENCE,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GRADE_BANDS,
  HIGH_CLEARANCE_ORGANISATIONS,
  HOME_ORGANISATIONS,
  LOCATIONS,
  NAMED_ORGANISATIONS,
  PROFESSION_WEIGHTS,
  Skew,
  SKEW_BY_BAND,
  TAIL_ORGANISATIONS,
  TAIL_SHARE,
  TAX_SHARE_IN_HMRC,
} from './civil-service.figures';
import { SeededRandom, WeightedChoice } from './seeded-random';

export interface GenerateOptions {
  people: number;
  seed?: number;
  /** "Today" for the data: start dates lie before it, contract ends after it. Fixed, so output is reproducible. */
  asOf?: string;
}

export type PersonCells = Record<ImportColumn, string>;

export interface GeneratedPerson {
  organisation: string;
  cells: PersonCells;
}

interface Organisation {
  code: string;
  weight: number;
  skew: Skew;
}

export const DEFAULT_SEED = 20_241_231;
export const DEFAULT_AS_OF = '2026-11-01';
const SKILL_LEVELS_BY_GRADE: Record<string, string[]> = {
  AA: ['AWARENESS'],
  AO: ['AWARENESS', 'WORKING'],
  EO: ['AWARENESS', 'WORKING'],
  HEO: ['WORKING', 'PRACTITIONER'],
  SEO: ['WORKING', 'PRACTITIONER'],
  G7: ['PRACTITIONER', 'EXPERT'],
  G6: ['PRACTITIONER', 'EXPERT'],
};
const SENIOR_LEVELS = ['PRACTITIONER', 'EXPERT'];

export function organisations(): Organisation[] {
  const named = NAMED_ORGANISATIONS.map(([code, thousands, skew]) => ({
    code,
    weight: thousands * 1000,
    skew,
  }));
  const namedTotal = named.reduce((sum, organisation) => sum + organisation.weight, 0);
  // Zipf-like, in the seed's order: a few bodies of a thousand or so, most of a few dozen people.
  const raw = TAIL_ORGANISATIONS.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const rawTotal = raw.reduce((sum, value) => sum + value, 0);
  const tailTotal = (namedTotal * TAIL_SHARE) / (1 - TAIL_SHARE);
  const tail = raw.map((value, index) => ({
    code: TAIL_ORGANISATIONS[index],
    weight: (value / rawTotal) * tailTotal,
    skew: 'mixed' as Skew,
  }));
  return [...named, ...tail];
}

function csvDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  return csvDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));
}

const holdable = REFERENCE_DATA_SEED.skills;
const ddatFamilies = (() => {
  const families = new Map<string, string[]>();
  for (const skill of holdable) {
    const [framework, family] = skill.code.split('.');
    if (framework !== 'DDAT') continue;
    families.set(family, [...(families.get(family) ?? []), skill.code]);
  }
  return [...families.entries()];
})();
const behaviours = holdable.filter((skill) => skill.kind === 'BEHAVIOUR').map((skill) => skill.code);
const tracks = REFERENCE_DATA_SEED.specialistTracks;

/**
 * A realistic civil service as rows of the HR import, deterministic for a seed: grades in the published mix,
 * organisations of very different sizes (four of them over 40,000, hundreds under 100), professions leaning by
 * organisation, ~3.3% DDaT with framework skills at levels matching the grade, specialist tracks, mobility preferences.
 */
export function* generatePeople(options: GenerateOptions): Generator<GeneratedPerson> {
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const all = organisations();
  const bands = new WeightedChoice(GRADE_BANDS.map((band) => [band, band.fte] as const));
  const gradesIn = new Map(GRADE_BANDS.map((band) => [band.band, new WeightedChoice(band.grades)]));
  const organisationsFor = new Map(
    GRADE_BANDS.map((band) => [
      band.band,
      new WeightedChoice(
        all.map(
          (organisation) =>
            [organisation, organisation.weight * SKEW_BY_BAND[organisation.skew][band.band]] as const,
        ),
      ),
    ]),
  );
  const professionsFor: Record<Skew, WeightedChoice<string>> = {
    operational: new WeightedChoice(PROFESSION_WEIGHTS.map(([name, weight]) => [name, weight] as const)),
    policy: new WeightedChoice(PROFESSION_WEIGHTS.map(([name, , weight]) => [name, weight] as const)),
    mixed: new WeightedChoice(PROFESSION_WEIGHTS.map(([name, , , weight]) => [name, weight] as const)),
  };
  const locations = new WeightedChoice(LOCATIONS);
  const clearances = new WeightedChoice(CLEARANCES);
  const highClearances = new WeightedChoice(
    CLEARANCES.map(([code, weight]) => [code, code === 'SC' || code === 'DV' ? weight * 3 : weight] as const),
  );
  const emails = new Map<string, number>();

  for (let index = 0; index < options.people; index++) {
    const band = bands.draw(random);
    const grade = gradesIn.get(band.band)!.draw(random);
    const organisation = organisationsFor.get(band.band)!.draw(random);
    const isDdat = random.chance(DDAT_SHARE);
    const profession = isDdat
      ? DDAT
      : organisation.code === 'HMRC' && random.chance(TAX_SHARE_IN_HMRC)
        ? 'Tax'
        : professionsFor[organisation.skew].draw(random);
    const givenName = random.pick(GIVEN_NAMES);
    const familyName = random.pick(FAMILY_NAMES);
    const domain = `${organisation.code.toLowerCase()}.gov.uk`;
    const base = `${givenName}.${familyName}`.toLowerCase().replace(/[^a-z.]/g, '');
    const seen = (emails.get(`${base}@${domain}`) ?? 0) + 1;
    emails.set(`${base}@${domain}`, seen);
    const workEmail = `${base}${seen > 1 ? seen : ''}@${domain}`;

    // Median time in post about two years (DOMAIN.md): exponential, capped at twenty.
    const monthsInPost = Math.min(240, Math.floor((-Math.log(1 - random.next()) * 24) / Math.LN2));
    const startedInPostOn = addDays(addCalendarMonths(asOf, -monthsInPost), -random.int(0, 27));
    const location = organisation.skew === 'policy' && random.chance(0.5) ? 'London' : locations.draw(random);

    const employmentKind = random.next();
    const senior = grade.startsWith('SCS');
    const employmentType =
      employmentKind < 0.06
        ? 'FIXED_TERM'
        : employmentKind < 0.08 && !senior
          ? 'INWARD_SECONDEE'
          : 'PERMANENT';
    const employmentEndsOn =
      employmentType === 'FIXED_TERM'
        ? addCalendarMonths(asOf, random.int(3, 24))
        : employmentType === 'INWARD_SECONDEE'
          ? addCalendarMonths(asOf, random.int(1, 9))
          : '';

    const skills: string[] = [];
    const held = new Set<string>();
    const levels = SKILL_LEVELS_BY_GRADE[grade] ?? SENIOR_LEVELS;
    const skill = (code: string) => {
      held.add(code);
      const lastUsed = random.chance(0.5) ? addDays(asOf, -random.int(0, 700)) : '';
      skills.push(`${code}:${random.pick(levels)}:${lastUsed}:${random.pick(EVIDENCE)}`);
    };
    let trackCode = '';
    let family: [string, string[]] | undefined;
    if (isDdat) {
      family = random.pick(ddatFamilies);
      random.sample(family[1], random.int(3, Math.min(6, family[1].length))).forEach(skill);
      const track = tracks.find((candidate) => candidate.code === `DDAT.${family![0]}`);
      if (track && track.gradeLadder.includes(grade) && random.chance(0.35)) trackCode = track.code;
    } else {
      if (random.chance(0.35)) random.sample(behaviours, random.int(1, 3)).forEach(skill);
      const track = tracks.find((candidate) => candidate.profession === profession);
      if (track && track.gradeLadder.includes(grade) && random.chance(0.4)) trackCode = track.code;
    }
    const toDevelop = random.chance(0.15)
      ? random.sample(
          [...(family?.[1] ?? []), ...behaviours].filter((code) => !held.has(code)),
          random.int(1, 2),
        )
      : [];

    const openToMove = random.chance(0.22);
    const cells: PersonCells = {
      staff_number: `${organisation.code.toUpperCase().slice(0, 5)}${String(index + 1).padStart(7, '0')}`,
      given_name: givenName,
      family_name: familyName,
      work_email: workEmail,
      department_code: organisation.code,
      grade,
      profession,
      location,
      fte: random.chance(0.85) ? '1.0' : random.pick(['0.4', '0.5', '0.6', '0.7', '0.8', '0.9']),
      started_in_post_on: startedInPostOn,
      employment_type: employmentType,
      home_organisation: employmentType === 'INWARD_SECONDEE' ? random.pick(HOME_ORGANISATIONS) : '',
      employment_ends_on: employmentEndsOn,
      security_clearance: (HIGH_CLEARANCE_ORGANISATIONS.has(organisation.code)
        ? highClearances
        : clearances
      ).draw(random),
      specialist_track_code: trackCode,
      specialist_track_joined_on: trackCode ? addDays(startedInPostOn, -random.int(0, 900)) : '',
      skills: skills.join(LIST_SEPARATOR),
      skills_to_develop: toDevelop.join(LIST_SEPARATOR),
      open_to_move: openToMove ? 'true' : 'false',
      move_kinds_wanted: openToMove ? random.sample(MOVE_KINDS, random.int(1, 3)).join(LIST_SEPARATOR) : '',
      departments_wanted: openToMove
        ? random
            .sample(
              NAMED_ORGANISATIONS.map(([code]) => code),
              random.int(0, 3),
            )
            .join(LIST_SEPARATOR)
        : '',
      locations_wanted: openToMove
        ? random
            .sample(
              LOCATIONS.map(([name]) => name),
              random.int(0, 2),
            )
            .join(LIST_SEPARATOR)
        : '',
      earliest_move_on: openToMove && random.chance(0.3) ? addDays(asOf, random.int(30, 365)) : '',
      share_profile_across_departments: openToMove && random.chance(0.7) ? 'true' : 'false',
    };
    yield { organisation: organisation.code, cells };
  }
}

/** A CSV cell: quoted when it holds a delimiter, a quote, a line break or surrounding spaces (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(): string {
  return `${IMPORT_COLUMNS.join(',')}\n`;
}

export function csvLine(cells: PersonCells): string {
  return `${IMPORT_COLUMNS.map((column) => csvCell(cells[column])).join(',')}\n`;
}
