import { REFERENCE_DATA_SEED } from '../../services/people/src/reference-data/infrastructure/seed';
import {
  CLEARANCES,
  DDAT,
  GRADE_BANDS,
  HIGH_CLEARANCE_ORGANISATIONS,
  LOCATIONS,
  PROFESSION_WEIGHTS,
  Skew,
  SKEW_BY_BAND,
  TAX_SHARE_IN_HMRC,
} from './civil-service.figures';
import { DEFAULT_AS_OF, organisations } from './people.generator';
import { SeededRandom, WeightedChoice } from './seeded-random';

/** A vacancy as the vacancy table holds it (columns of 1795478500000 and 1795483000000), ready to load. */
export interface GeneratedVacancy {
  id: string;
  departmentCode: string;
  title: string;
  description: string;
  grade: string;
  profession: string;
  specialism?: string;
  posts: number;
  ftePerPost: number;
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'FILLED' | 'CANCELLED';
  version: number;
  createdAt: string;
  updatedAt: string;
  moveKinds: string[];
  locations: string[];
  remotePossible: boolean;
  requiredSkills: { skillCode: string; minimumLevel: string; essential: boolean }[];
  skillCodes: string[];
  behaviours: string[];
  clearanceRequired?: string;
  closingDate: string;
  durationMonths?: number;
  loanJustification?: string;
  hoursPerWeek?: number;
  visibility: 'ALL_DEPARTMENTS' | 'OWN_DEPARTMENT';
  createdBy: string;
  publishedAt?: string;
  closedAt?: string;
}

export interface GenerateVacanciesOptions {
  /** OPEN, closing date today or later: what a search lists. */
  open: number;
  /** CLOSED or FILLED, published in the past three years. */
  closed: number;
  /** OPEN but past their closing date: the scheduler has not closed them yet, so a search must not list them. */
  overdue?: number;
  drafts?: number;
  cancelled?: number;
  seed?: number;
  /** "Today" for the data (closing dates lie after it for open vacancies). Fixed, so output is reproducible. */
  asOf?: string;
}

export const DEFAULT_VACANCY_SEED = 20_250_105;
/** DDaT is 4% of the civil service but recruits harder (37% of campaigns fail, NAO 2023): our assumption, 9%. */
const DDAT_VACANCY_SHARE = 0.09;
const MOVE_KINDS = ['LEVEL_TRANSFER', 'PROMOTION', 'LOAN', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT'] as const;
const DAY = 86_400_000;

const SKILL_LEVELS_BY_GRADE: Record<string, string[]> = {
  AA: ['AWARENESS'],
  AO: ['AWARENESS', 'WORKING'],
  EO: ['AWARENESS', 'WORKING'],
  HEO: ['WORKING', 'PRACTITIONER'],
  SEO: ['WORKING', 'PRACTITIONER'],
  G7: ['PRACTITIONER', 'EXPERT'],
  G6: ['PRACTITIONER', 'EXPERT'],
};

/** What the role is called, by profession (our word lists; DDaT uses the framework's role names). */
const ROLES: Record<string, string[]> = {
  'Operational Delivery': [
    'Case manager',
    'Operations manager',
    'Team leader',
    'Work coach',
    'Compliance officer',
    'Customer service adviser',
    'Casework officer',
  ],
  Policy: ['Policy adviser', 'Policy lead', 'Policy officer', 'Private secretary', 'Strategy adviser'],
  Commercial: ['Commercial lead', 'Category manager', 'Contract manager', 'Procurement adviser'],
  Communications: [
    'Communications officer',
    'Press officer',
    'Campaigns manager',
    'Internal communications lead',
  ],
  'Corporate Finance': ['Corporate finance adviser', 'Investment analyst'],
  'Counter Fraud': ['Counter fraud investigator', 'Fraud risk assessor', 'Intelligence officer'],
  Finance: ['Finance business partner', 'Management accountant', 'Financial controller', 'Budget manager'],
  'Human Resources': [
    'HR business partner',
    'Recruitment lead',
    'Learning and development adviser',
    'HR adviser',
  ],
  'Internal Audit': ['Internal auditor', 'Audit manager'],
  Legal: ['Government lawyer', 'Legal adviser', 'Litigation lawyer'],
  'Project Delivery': [
    'Project manager',
    'Programme manager',
    'PMO analyst',
    'Portfolio manager',
    'Project support officer',
  ],
  Property: ['Estates manager', 'Facilities manager', 'Property surveyor'],
  Security: ['Security adviser', 'Cyber security analyst', 'Protective security manager'],
  Actuarial: ['Actuary', 'Actuarial analyst'],
  Economics: ['Economist', 'Economic adviser', 'Assistant economist'],
  Geography: ['Geographer', 'Geospatial analyst'],
  'Intelligence Analysis': ['Intelligence analyst', 'All-source analyst'],
  'International Trade': ['Trade negotiator', 'Trade policy adviser'],
  'Knowledge and Information Management': ['Information manager', 'Records manager', 'Knowledge manager'],
  Medical: ['Medical adviser', 'Clinical lead'],
  'Operational Research': ['Operational researcher', 'Modelling analyst'],
  Planning: ['Planning officer', 'Planning policy adviser'],
  'Planning Inspectors': ['Planning inspector'],
  'Science and Engineering': ['Scientist', 'Engineer', 'Research scientist', 'Chief engineer'],
  'Social Research': ['Social researcher', 'Research officer'],
  Statistics: ['Statistician', 'Statistical officer', 'Data analyst'],
  Tax: ['Tax specialist', 'Tax inspector', 'Tax policy adviser'],
};

/** What the work is about, by department (our word lists), and a general pool for the rest. */
const TOPICS: Record<string, string[]> = {
  DWP: ['Universal Credit', 'child maintenance', 'pensions', 'disability benefits', 'jobcentre services'],
  MOJ: ['courts reform', 'probation', 'prison safety', 'legal aid', 'victims support'],
  HMRC: ['tax compliance', 'customs', 'VAT', 'self assessment', 'tax credits'],
  MOD: ['defence procurement', 'armed forces housing', 'cyber defence', 'veterans'],
  HO: ['border security', 'immigration casework', 'policing', 'counter terrorism', 'passports'],
  DEFRA: ['flood resilience', 'farming', 'water quality', 'biodiversity', 'animal health'],
  FCDO: ['consular services', 'international development', 'sanctions', 'diplomacy'],
  CO: ['civil service reform', 'public appointments', 'government digital services', 'resilience'],
  DfE: ['schools funding', 'skills policy', 'early years', 'apprenticeships', 'special educational needs'],
  DHSC: ['NHS workforce', 'social care', 'public health', 'vaccines'],
  DfT: ['rail reform', 'road safety', 'aviation', 'active travel'],
  DESNZ: ['net zero', 'energy security', 'heat pumps', 'nuclear'],
  DSIT: ['AI safety', 'broadband', 'online safety', 'research funding', 'digital identity'],
  HMT: ['public spending', 'financial services', 'fiscal policy', 'growth'],
  DBT: ['trade negotiations', 'export support', 'investment', 'regulation'],
  MHCLG: ['housing supply', 'local government finance', 'building safety', 'levelling up'],
  DCMS: ['culture', 'sport', 'media', 'tourism'],
  ONS: ['census', 'labour market statistics', 'inflation', 'population estimates'],
};
const GENERAL_TOPICS = [
  'data sharing',
  'service improvement',
  'stakeholder engagement',
  'corporate services',
  'risk management',
  'regulation',
  'fraud prevention',
  'workforce planning',
  'performance reporting',
  'public inquiries',
];

const DUTIES = [
  'lead the delivery of',
  'analyse evidence on',
  'advise ministers on',
  'improve services for',
  'manage a team working on',
  'develop options for',
  'build partnerships to support',
  'design and test changes to',
  'report on performance of',
  'oversee the budget for',
];
const TEAMS = [
  'a friendly and diverse team',
  'a busy operational directorate',
  'a small multidisciplinary team',
  'a high-profile policy unit',
  'a newly formed programme',
];
const PERKS = [
  'Flexible working and a generous pension are available.',
  'We offer learning and development tailored to your role.',
  'Hybrid working is the norm in this team.',
  'You will have a mentor from day one.',
  'The role offers real responsibility early on.',
];
const SENIORITY: Record<string, string[]> = {
  AA: ['Assistant'],
  AO: ['Assistant', ''],
  EO: [''],
  HEO: [''],
  SEO: ['Senior', ''],
  G7: ['Senior', 'Lead'],
  G6: ['Head of', 'Principal'],
  SCS1: ['Deputy Director,'],
  SCS2: ['Director,'],
  SCS3: ['Director General,'],
  SCS4: ['Permanent Secretary,'],
};

const ddatFamilies = (() => {
  const families = new Map<string, { role: string; codes: string[] }>();
  for (const skill of REFERENCE_DATA_SEED.skills) {
    const [framework, family] = skill.code.split('.');
    if (framework !== 'DDAT') continue;
    const entry = families.get(family) ?? { role: (skill as { role?: string }).role ?? family, codes: [] };
    entry.codes.push(skill.code);
    families.set(family, entry);
  }
  return [...families.entries()];
})();
/**
 * A vacancy's specialism as a hiring manager picks it: the specialist track's own words (DDaT by skill family, the
 * analytical professions by profession), so that matching can put roles in a person's specialism first. Roles of a
 * profession without a track name none.
 */
function specialismOf(profession: string, ddatFamily?: string): { specialism?: string } {
  const track = REFERENCE_DATA_SEED.specialistTracks.find((candidate) =>
    ddatFamily
      ? candidate.code === `DDAT.${ddatFamily}`
      : candidate.profession === profession && !candidate.code.startsWith('DDAT.'),
  );
  return track ? { specialism: track.specialism } : {};
}

const behaviourNames = REFERENCE_DATA_SEED.skills
  .filter((skill) => skill.kind === 'BEHAVIOUR')
  .map((skill) => skill.name);

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A UUIDv7-shaped id from a time and the seeded stream: ordered by time like the service's own ids, reproducible. */
function seededUuid(random: SeededRandom, ms: number): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  const time = hex(ms, 12);
  const rand = Array.from({ length: 5 }, () => hex(random.next() * 0x10000, 4)).join('');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${hex(8 + random.int(0, 3), 1)}${rand.slice(
    3,
    6,
  )}-${rand.slice(6, 18)}`;
}

/** "Policy adviser" -> "policy adviser", but "HR adviser" and "PMO analyst" keep their capitals. */
function lowerFirst(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** "Senior policy adviser - net zero"; senior civil servants are named by what they lead: "Director, net zero". */
function titleOf(seniority: string, role: string, topic: string, withTopic: boolean): string {
  if (seniority.endsWith(',')) return `${seniority} ${topic}`;
  const named = seniority ? `${seniority} ${lowerFirst(role)}` : role;
  return withTopic ? `${named} - ${topic}` : named;
}

/**
 * Vacancies consistent with the generated civil service: advertised by its organisations in proportion to their
 * size and grade skew, in its professions (DDaT more often than its share, as it recruits harder), with DDaT skills at
 * levels fitting the grade, Success Profiles behaviours by name, and titles and descriptions composed from word lists
 * so that full-text search has realistic hits. Deterministic for a seed. Yields open vacancies first, then closed,
 * overdue, drafts and cancelled ones.
 */
export function* generateVacancies(options: GenerateVacanciesOptions): Generator<GeneratedVacancy> {
  const random = new SeededRandom(options.seed ?? DEFAULT_VACANCY_SEED);
  const asOfMs = Date.parse(`${options.asOf ?? DEFAULT_AS_OF}T00:00:00Z`);
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

  const plan: [GeneratedVacancy['status'] | 'OVERDUE', number][] = [
    ['OPEN', options.open],
    ['CLOSED', options.closed],
    ['OVERDUE', options.overdue ?? 0],
    ['DRAFT', options.drafts ?? 0],
    ['CANCELLED', options.cancelled ?? 0],
  ];
  for (const [kind, count] of plan)
    for (let index = 0; index < count; index++) {
      const band = bands.draw(random);
      const grade = gradesIn.get(band.band)!.draw(random);
      const organisation = organisationsFor.get(band.band)!.draw(random);
      const isDdat = random.chance(DDAT_VACANCY_SHARE);
      const profession = isDdat
        ? DDAT
        : organisation.code === 'HMRC' && random.chance(TAX_SHARE_IN_HMRC)
          ? 'Tax'
          : professionsFor[organisation.skew].draw(random);

      const family = isDdat || random.chance(0.1) ? random.pick(ddatFamilies) : undefined;
      const role = isDdat ? family![1].role : random.pick(ROLES[profession] ?? [`${profession} specialist`]);
      const topic = random.pick(
        random.chance(0.7) && TOPICS[organisation.code] ? TOPICS[organisation.code] : GENERAL_TOPICS,
      );
      const seniority = random.pick(SENIORITY[grade] ?? ['']);
      const title = titleOf(seniority, role, topic, random.chance(0.6));

      const requiredSkills: GeneratedVacancy['requiredSkills'] = family
        ? random.sample(family[1].codes, isDdat ? random.int(2, 5) : random.int(1, 2)).map((skillCode) => ({
            skillCode,
            minimumLevel: random.pick(SKILL_LEVELS_BY_GRADE[grade] ?? ['PRACTITIONER', 'EXPERT']),
            essential: random.chance(0.6),
          }))
        : [];
      const behaviours = random.sample(behaviourNames, random.int(3, 5));

      const kinds = new Set<string>(['LEVEL_TRANSFER']);
      if (random.chance(0.55)) kinds.add('PROMOTION');
      if (random.chance(0.25)) kinds.add('LOAN');
      if (random.chance(0.07) && !grade.startsWith('SCS')) kinds.add('SECONDMENT_IN');
      const shortAssignment = random.chance(0.05);
      if (shortAssignment) {
        kinds.clear();
        kinds.add('SHORT_ASSIGNMENT');
      }
      const moveKinds = MOVE_KINDS.filter((kind) => kinds.has(kind));
      // Loans are normally up to 2 years (Cabinet Office loan policy); a secondment in at most 9 months.
      const durationMonths = shortAssignment
        ? random.int(1, 6)
        : kinds.has('SECONDMENT_IN')
          ? random.int(3, 9)
          : kinds.has('LOAN')
            ? random.chance(0.05)
              ? random.int(25, 36)
              : random.int(6, 24)
            : undefined;

      const places =
        organisation.skew === 'policy' && random.chance(0.5)
          ? ['London', ...(random.chance(0.4) ? [locations.draw(random)] : [])]
          : Array.from({ length: random.int(1, 3) }, () => locations.draw(random));
      const vacancyLocations = [...new Set(places)];
      const remotePossible = random.chance(0.22);
      const clearanceRequired = HIGH_CLEARANCE_ORGANISATIONS.has(organisation.code)
        ? random.pick(['SC', 'SC', 'DV', 'CTC'])
        : random.chance(0.8)
          ? clearances.draw(random)
          : undefined;

      const skillSentence = requiredSkills.length
        ? ` You will bring ${lowerFirst(family![1].role)} skills to the team.`
        : '';
      const description =
        `As ${/^[AEIOU]/i.test(role) ? 'an' : 'a'} ${lowerFirst(role)} in ${organisation.code} you will ${random.pick(DUTIES)} ${topic}, working in ` +
        `${random.pick(TEAMS)} based in ${vacancyLocations.join(' or ')}.` +
        ` You will ${random.pick(DUTIES)} ${random.pick(GENERAL_TOPICS)} and work closely with colleagues across government.` +
        skillSentence +
        (remotePossible ? ' Remote working is possible for this role.' : '') +
        ` ${random.pick(PERKS)}`;

      let publishedMs: number;
      let closingMs: number;
      if (kind === 'OPEN') {
        publishedMs = asOfMs - random.int(0, 45 * 24 * 60) * 60_000;
        closingMs = asOfMs + random.int(0, 60) * DAY;
      } else if (kind === 'OVERDUE') {
        publishedMs = asOfMs - random.int(20, 90) * DAY - random.int(0, 1439) * 60_000;
        closingMs = asOfMs - random.int(1, 5) * DAY;
      } else {
        publishedMs = asOfMs - random.int(40, 1100) * DAY - random.int(0, 1439) * 60_000;
        closingMs = publishedMs + random.int(14, 35) * DAY;
      }
      const createdMs = publishedMs - random.int(1, 10) * DAY;
      const status: GeneratedVacancy['status'] =
        kind === 'OVERDUE' ? 'OPEN' : kind === 'CLOSED' && random.chance(0.45) ? 'FILLED' : kind;
      const published = status !== 'DRAFT';
      const closed = status === 'CLOSED' || status === 'FILLED';
      const updatedMs = closed ? closingMs + DAY : status === 'CANCELLED' ? publishedMs + DAY : publishedMs;

      yield {
        id: seededUuid(random, createdMs),
        departmentCode: organisation.code,
        title: title.slice(0, 200),
        description,
        grade,
        profession,
        ...specialismOf(profession, isDdat ? family![0] : undefined),
        posts: random.chance(0.8) ? 1 : random.int(2, 10),
        ftePerPost: random.chance(0.9) ? 1 : random.pick([0.5, 0.6, 0.8]),
        status,
        version: status === 'DRAFT' ? 1 : closed || status === 'CANCELLED' ? 3 : 2,
        createdAt: new Date(createdMs).toISOString(),
        updatedAt: new Date(updatedMs).toISOString(),
        moveKinds,
        locations: vacancyLocations,
        remotePossible,
        requiredSkills,
        skillCodes: requiredSkills.map((skill) => skill.skillCode),
        behaviours,
        ...(clearanceRequired && { clearanceRequired }),
        closingDate: isoDate(closingMs),
        ...(durationMonths !== undefined && { durationMonths }),
        ...(durationMonths !== undefined &&
          durationMonths > 24 &&
          kinds.has('LOAN') && {
            loanJustification: 'A multi-year programme needs continuity of leadership beyond two years.',
          }),
        ...(shortAssignment && { hoursPerWeek: random.pick([7.5, 10, 15, 18.5]) }),
        visibility: random.chance(0.15) ? 'OWN_DEPARTMENT' : 'ALL_DEPARTMENTS',
        createdBy: seededUuid(random, createdMs - DAY),
        ...(published && { publishedAt: new Date(publishedMs).toISOString() }),
        ...(closed && { closedAt: new Date(closingMs + DAY).toISOString() }),
      };
    }
}
