import { DEMO_PROFILES, seedDemoProfile } from './demo-profiles';
import { graphqlRequest, GraphQLRequestError } from './graphql-client';

// Fictional people: any resemblance to real civil servants is accidental. Emails use the reserved example.org domain.
const PEOPLE = [
  {
    staffNumber: 'DEMO0001',
    givenName: 'Amara',
    familyName: 'Okonkwo-Hale',
    departmentCode: 'HMRC',
    grade: 'HEO',
    profession: 'Digital, Data and Technology',
    location: 'Newcastle',
    fte: 1,
    startedInPostOn: '2022-09-05',
  },
  {
    staffNumber: 'DEMO0002',
    givenName: 'Rhys',
    familyName: 'Pendleford',
    departmentCode: 'DWP',
    grade: 'EO',
    profession: 'Operational Delivery',
    location: 'Leeds',
    fte: 0.8,
    startedInPostOn: '2023-02-13',
  },
  {
    staffNumber: 'DEMO0003',
    givenName: 'Priyanka',
    familyName: 'Ashworth',
    departmentCode: 'DSIT',
    grade: 'G7',
    profession: 'Policy',
    location: 'London',
    fte: 1,
    startedInPostOn: '2021-06-01',
  },
  {
    staffNumber: 'DEMO0004',
    givenName: 'Callum',
    familyName: 'Dunmore',
    departmentCode: 'CO',
    grade: 'SEO',
    profession: 'Project Delivery',
    location: 'Glasgow',
    fte: 1,
    startedInPostOn: '2024-01-08',
  },
  {
    staffNumber: 'DEMO0005',
    givenName: 'Ifeoma',
    familyName: 'Trelawney',
    departmentCode: 'HMT',
    grade: 'G6',
    profession: 'Economics',
    location: 'London',
    fte: 0.6,
    startedInPostOn: '2020-11-16',
  },
  {
    staffNumber: 'DEMO0006',
    givenName: 'Tomasz',
    familyName: 'Beaulieu',
    departmentCode: 'MOJ',
    grade: 'AO',
    profession: 'Operational Delivery',
    location: 'Manchester',
    fte: 1,
    startedInPostOn: '2025-03-03',
  },
  {
    staffNumber: 'DEMO0007',
    givenName: 'Niamh',
    familyName: 'Castlereagh',
    departmentCode: 'HO',
    grade: 'HEO',
    profession: 'Digital, Data and Technology',
    location: 'Sheffield',
    fte: 1,
    startedInPostOn: '2023-07-24',
  },
].map((person) => ({
  ...person,
  workEmail: `${person.givenName}.${person.familyName}@${person.departmentCode}.example.org`.toLowerCase(),
}));

// Complete enough to publish: employees browse open vacancies only. Closing dates count from the day of seeding.
const VACANCIES = [
  {
    departmentCode: 'DSIT',
    title: 'Senior Data Scientist',
    description: 'Build and evaluate models that help target digital skills funding across regions.',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    specialism: 'Data science',
    posts: 2,
    ftePerPost: 1,
    moveKinds: ['LEVEL_TRANSFER', 'PROMOTION', 'LOAN'],
    durationMonths: 18,
    locations: ['London', 'Manchester'],
    remotePossible: true,
    behaviours: ['Seeing the Big Picture', 'Communicating and Influencing', 'Delivering at Pace'],
    requiredSkills: [
      {
        skillCode: 'DDAT.DATA_SCIENCE.APPLIED_MATHS_STATISTICS_AND_SCIENTIFIC_PRACTICES',
        minimumLevel: 'PRACTITIONER',
        essential: true,
      },
      { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING_AND_BUILD', minimumLevel: 'WORKING', essential: true },
      { skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', minimumLevel: 'WORKING', essential: false },
    ],
    closesInDays: 45,
  },
  {
    departmentCode: 'HMRC',
    title: 'User Researcher',
    description: 'Plan and run research with taxpayers for the new self-assessment service.',
    grade: 'SEO',
    profession: 'Digital, Data and Technology',
    posts: 1,
    ftePerPost: 1,
    moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
    locations: ['Newcastle', 'Manchester'],
    remotePossible: false,
    behaviours: ['Working Together', 'Making Effective Decisions'],
    requiredSkills: [
      { skillCode: 'DDAT.USER_RESEARCH.RESEARCH', minimumLevel: 'PRACTITIONER', essential: true },
    ],
    closesInDays: 30,
  },
  {
    departmentCode: 'DWP',
    title: 'Work Coach Team Leader',
    description: 'Lead a team of work coaches in a busy jobcentre.',
    grade: 'HEO',
    profession: 'Operational Delivery',
    posts: 3,
    ftePerPost: 1,
    moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
    locations: ['Leeds', 'Sheffield'],
    remotePossible: false,
    behaviours: ['Leadership', 'Managing a Quality Service', 'Delivering at Pace'],
    requiredSkills: [],
    closesInDays: 21,
  },
  {
    departmentCode: 'DWP',
    title: 'Data Scientist, Labour Market Insight',
    description: 'Model labour market flows to help work coaches match claimants with local jobs.',
    grade: 'HEO',
    profession: 'Digital, Data and Technology',
    specialism: 'Data science',
    posts: 2,
    ftePerPost: 1,
    moveKinds: ['LEVEL_TRANSFER', 'LOAN'],
    durationMonths: 12,
    locations: ['Leeds', 'Newcastle'],
    remotePossible: true,
    behaviours: ['Working Together', 'Delivering at Pace'],
    requiredSkills: [
      {
        skillCode: 'DDAT.DATA_SCIENCE.APPLIED_MATHS_STATISTICS_AND_SCIENTIFIC_PRACTICES',
        minimumLevel: 'WORKING',
        essential: true,
      },
      { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING_AND_BUILD', minimumLevel: 'WORKING', essential: true },
      { skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', minimumLevel: 'PRACTITIONER', essential: false },
    ],
    closesInDays: 40,
  },
  {
    departmentCode: 'HMT',
    title: 'Economic Adviser, Spending Review',
    description: 'Appraise departmental bids and advise ministers on value for money.',
    grade: 'G7',
    profession: 'Economics',
    posts: 1,
    ftePerPost: 0.8,
    moveKinds: ['LOAN', 'LEVEL_TRANSFER'],
    durationMonths: 12,
    locations: ['London'],
    remotePossible: false,
    behaviours: ['Seeing the Big Picture', 'Making Effective Decisions'],
    requiredSkills: [],
    closesInDays: 28,
  },
];

const REGISTER_PERSON = `mutation RegisterPerson($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const CREATE_VACANCY = `mutation CreateVacancy($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const PUBLISH_VACANCY = `mutation PublishVacancy($id: ID!) { publishVacancy(id: $id) { id } }`;

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Drafts the vacancy and publishes it, as its department's hiring manager. */
async function advertise(gatewayUrl: string, vacancy: (typeof VACANCIES)[number], tokens: SeedingTokens) {
  const { closesInDays, ...fields } = vacancy;
  const token = await tokens.hiringManagerOf(vacancy.departmentCode);
  const input = { ...fields, closingDate: daysFromToday(closesInDays) };
  const created = await graphqlRequest<{ createVacancy: { id: string } }>(
    gatewayUrl,
    CREATE_VACANCY,
    { input },
    token,
  );
  await graphqlRequest(gatewayUrl, PUBLISH_VACANCY, { id: created.createVacancy.id }, token);
}

/** The demo employee `npm start` prints a token for: the first demo person, so present whenever demo data is. */
export const DEMO_EMPLOYEE = PEOPLE[0];

/**
 * Who the seeding acts as, like anyone else going through the gateway: HR of the person's department registers
 * them, a hiring manager of the vacancy's department advertises it.
 */
export interface SeedingTokens {
  hrAdminOf(departmentCode: string): Promise<string>;
  hiringManagerOf(departmentCode: string): Promise<string>;
  /** The person themself: only they may state their mobility preferences and consent. */
  employee(personId: string, departmentCode: string): Promise<string>;
}

/** The new person's id, or undefined when their staff number was already registered. */
async function registerPerson(
  gatewayUrl: string,
  input: (typeof PEOPLE)[number],
  tokens: SeedingTokens,
): Promise<string | undefined> {
  try {
    const registered = await graphqlRequest<{ registerPerson: { id: string } }>(
      gatewayUrl,
      REGISTER_PERSON,
      { input },
      await tokens.hrAdminOf(input.departmentCode),
    );
    return registered.registerPerson.id;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.hasReason('PERSON.STAFF_NUMBER_TAKEN'))
      return undefined;
    throw error;
  }
}

/** Registers the person and, when the demo gives them one, their skills, track and mobility preferences. */
async function addPerson(
  gatewayUrl: string,
  input: (typeof PEOPLE)[number],
  tokens: SeedingTokens,
): Promise<boolean> {
  const personId = await registerPerson(gatewayUrl, input, tokens);
  if (personId === undefined) return false;
  const profile = DEMO_PROFILES[input.staffNumber];
  if (profile)
    await seedDemoProfile(gatewayUrl, { personId, departmentCode: input.departmentCode }, profile, tokens);
  return true;
}

export interface SeedResult {
  seeded: boolean;
  people: number;
  vacancies: number;
}

/**
 * Demo data through the public API (the gateway), so it takes the same path as a user's data, events and
 * authorization included. Runs on every start and adds nothing the second time: the first demo person's staff
 * number is unique, so finding it taken means an earlier start seeded already (vacancies have no natural key to
 * check them one by one).
 */
export async function seedDemoData(gatewayUrl: string, tokens: SeedingTokens): Promise<SeedResult> {
  const [first, ...others] = PEOPLE;
  if (!(await addPerson(gatewayUrl, first, tokens))) return { seeded: false, people: 0, vacancies: 0 };
  for (const vacancy of VACANCIES) await advertise(gatewayUrl, vacancy, tokens);
  let people = 1;
  for (const input of others) if (await addPerson(gatewayUrl, input, tokens)) people += 1;
  return { seeded: true, people, vacancies: VACANCIES.length };
}
