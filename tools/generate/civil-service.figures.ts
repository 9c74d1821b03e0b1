/**
 * The shape of the civil service the generator reproduces. Grade figures are published (DOMAIN.md: Institute for
 * Government, 2024 FTE); department sizes are rounded headcounts from the Civil Service Statistics 2024 tables;
 * splits inside a published band, the profession mix, clearances and preferences are our assumptions for realistic
 * demo and benchmark data, not published figures.
 */
import { DEPARTMENTS_SEED } from '../../services/vacancies/src/department/infrastructure/seed/departments.seed';

/** 2024 FTE by grade band (DOMAIN.md), each band split across its grades by our assumption. */
export const GRADE_BANDS: { band: string; fte: number; grades: [grade: string, share: number][] }[] = [
  {
    band: 'AA/AO',
    fte: 123_040,
    grades: [
      ['AA', 0.2],
      ['AO', 0.8],
    ],
  },
  { band: 'EO', fte: 126_965, grades: [['EO', 1]] },
  {
    band: 'HEO/SEO',
    fte: 151_680,
    grades: [
      ['HEO', 0.57],
      ['SEO', 0.43],
    ],
  },
  {
    band: 'G7/G6',
    fte: 77_990,
    grades: [
      ['G7', 0.68],
      ['G6', 0.32],
    ],
  },
  {
    band: 'SCS',
    fte: 7_295,
    grades: [
      ['SCS1', 0.76],
      ['SCS2', 0.19],
      ['SCS3', 0.045],
      ['SCS4', 0.005],
    ],
  },
];

export type Skew = 'operational' | 'policy' | 'mixed';

/** Departments and large agencies: code, approximate headcount in thousands, and where their grades lean. */
export const NAMED_ORGANISATIONS: [code: string, thousands: number, skew: Skew][] = [
  ['DWP', 92, 'operational'],
  ['MOJ', 90, 'operational'],
  ['HMRC', 66, 'operational'],
  ['MOD', 58, 'mixed'],
  ['HO', 45, 'operational'],
  ['DEFRA', 27, 'mixed'],
  ['FCDO', 17, 'policy'],
  ['SG', 9, 'mixed'],
  ['CO', 9, 'policy'],
  ['DfE', 8, 'policy'],
  ['CPS', 7, 'mixed'],
  ['HMLR', 6.5, 'operational'],
  ['WG', 6, 'mixed'],
  ['DVLA', 6, 'operational'],
  ['UKHSA', 6, 'mixed'],
  ['DfT', 5, 'policy'],
  ['ONS', 5, 'mixed'],
  ['DVSA', 4.5, 'operational'],
  ['DHSC', 4, 'policy'],
  ['DBT', 3.5, 'policy'],
  ['DESNZ', 3.5, 'policy'],
  ['DSIT', 2.5, 'policy'],
  ['MHCLG', 2.5, 'policy'],
  ['HMT', 2, 'policy'],
  ['OFSTED', 1.8, 'mixed'],
  ['FSA', 1.6, 'mixed'],
  ['IPO', 1.6, 'mixed'],
  ['DCMS', 1.5, 'policy'],
  ['OFGEM', 1.5, 'mixed'],
  ['MHRA', 1.3, 'mixed'],
  ['CH', 1.2, 'operational'],
  ['CMA', 1, 'policy'],
];

/**
 * The long tail: every other organisation vacancies knows (its seed), so that every code the generator writes is a
 * known department. DOMAIN.md's ~465 counts every public body on gov.uk; most of them do not employ civil servants,
 * and the seed holds those that do on the larger side (cross-government HR adds the rest with addOrganisation).
 */
export const TAIL_ORGANISATIONS: string[] = (() => {
  const named = new Set(NAMED_ORGANISATIONS.map(([code]) => code));
  return DEPARTMENTS_SEED.map((department) => department.code).filter((code) => !named.has(code));
})();
/** The tail's share of all staff (our assumption): many bodies of tens to a few hundred people. */
export const TAIL_SHARE = 0.05;

/** How strongly each skew leans towards a grade band (multiplies the organisation's size). */
export const SKEW_BY_BAND: Record<Skew, Record<string, number>> = {
  operational: { 'AA/AO': 1.4, EO: 1.3, 'HEO/SEO': 0.8, 'G7/G6': 0.4, SCS: 0.3 },
  policy: { 'AA/AO': 0.15, EO: 0.4, 'HEO/SEO': 1.3, 'G7/G6': 2.6, SCS: 3 },
  mixed: { 'AA/AO': 0.9, EO: 1, 'HEO/SEO': 1, 'G7/G6': 1, SCS: 1 },
};

/** DDaT roles are about 3.3% of the civil service (DOMAIN.md: ~17,000 of 513,000). */
export const DDAT_SHARE = 0.033;
export const DDAT = 'Digital, Data and Technology';

/**
 * Every profession but DDaT, with a weight per skew (our assumption: operational delivery dominates operational
 * organisations, policy the policy departments). Names are the reference data's, verbatim.
 */
export const PROFESSION_WEIGHTS: [profession: string, operational: number, policy: number, mixed: number][] =
  [
    ['Operational Delivery', 70, 8, 35],
    ['Policy', 1, 35, 8],
    ['Commercial', 1.5, 4, 3],
    ['Communications', 0.8, 4, 1.5],
    ['Corporate Finance', 0.05, 0.5, 0.1],
    ['Counter Fraud', 2.5, 0.5, 1],
    ['Finance', 2.5, 5, 4],
    ['Human Resources', 3, 4, 4],
    ['Internal Audit', 0.2, 0.5, 0.3],
    ['Legal', 0.5, 4, 3],
    ['Project Delivery', 3, 8, 6],
    ['Property', 0.5, 0.8, 1.5],
    ['Security', 1.5, 2, 4],
    ['Actuarial', 0.02, 0.2, 0.05],
    ['Economics', 0.2, 5, 1],
    ['Geography', 0.02, 0.2, 0.2],
    ['Intelligence Analysis', 1.5, 1, 2],
    ['International Trade', 0.02, 1.5, 0.2],
    ['Knowledge and Information Management', 0.8, 1.5, 1.5],
    ['Medical', 0.05, 0.3, 0.8],
    ['Operational Research', 0.2, 1, 0.5],
    ['Planning', 0.1, 0.8, 0.8],
    ['Planning Inspectors', 0.02, 0.2, 0.2],
    ['Science and Engineering', 0.5, 3, 12],
    ['Social Research', 0.2, 2, 0.5],
    ['Statistics', 0.4, 2, 3],
    ['Tax', 0, 0, 0],
  ];
/** Tax professionals work in HMRC: a third of it (our assumption). */
export const TAX_SHARE_IN_HMRC = 0.33;

export const LOCATIONS: [location: string, weight: number][] = [
  ['London', 20],
  ['Glasgow', 6],
  ['Edinburgh', 6],
  ['Cardiff', 5],
  ['Newcastle', 5],
  ['Leeds', 5],
  ['Manchester', 5],
  ['Sheffield', 4],
  ['Birmingham', 4],
  ['Bristol', 4],
  ['Liverpool', 3],
  ['Nottingham', 3],
  ['Darlington', 2],
  ['Croydon', 3],
  ['Swansea', 3],
  ['Newport', 2],
  ['Belfast', 2],
  ['York', 2],
  ['Norwich', 2],
  ['Peterborough', 2],
  ['Preston', 2],
  ['Plymouth', 2],
  ['Bootle', 2],
  ['Telford', 1],
  ['Coventry', 1],
];

export const CLEARANCES: [clearance: string, weight: number][] = [
  ['BPSS', 62],
  ['CTC', 10],
  ['SC', 22],
  ['DV', 6],
];
/** Defence, security and foreign policy hold higher clearances (our assumption). */
export const HIGH_CLEARANCE_ORGANISATIONS = new Set(['MOD', 'HO', 'FCDO', 'CO']);

export const HOME_ORGANISATIONS = [
  'Deloitte',
  'University of Leeds',
  'NHS England',
  'Ordnance Survey',
  'Arup',
  'University of Edinburgh',
  'BT Group',
  'Alan Turing Institute',
];

export const GIVEN_NAMES = [
  'Amara',
  'Rhys',
  'Priyanka',
  'Callum',
  'Ifeoma',
  'Tomasz',
  'Niamh',
  'Oliver',
  'Olivia',
  'George',
  'Amelia',
  'Harry',
  'Isla',
  'Noah',
  'Ava',
  'Jack',
  'Mia',
  'Leo',
  'Ivy',
  'Arthur',
  'Freya',
  'Muhammad',
  'Lily',
  'Oscar',
  'Grace',
  'Charlie',
  'Sophia',
  'Henry',
  'Emily',
  'Theo',
  'Ella',
  'Alfie',
  'Aisha',
  'Finlay',
  'Zara',
  'Ewan',
  'Catrin',
  'Dylan',
  'Seren',
  'Aoife',
  'Ciaran',
  'Fatima',
  'Ravi',
  'Mei',
  'Kwame',
  'Chloe',
  'Samuel',
  'Hannah',
  'Daniel',
  'Megan',
  'Joseph',
  'Rosie',
  'Ibrahim',
  'Anya',
  'Kieran',
  'Bethan',
  'Aled',
  'Morag',
  'Hamish',
  'Eilidh',
];

export const FAMILY_NAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Okafor',
  'Nowak',
  'Campbell',
  'Stewart',
  'MacDonald',
  'Reid',
  'Murray',
  "O'Neill",
  'Nguyen',
];

/** One line of evidence per skill, as an employee would write it (no commas needed, but the CSV quotes them). */
export const EVIDENCE = [
  'Led the work on a cross-government service',
  'Delivered this in my current post for two years',
  'Assessed at a DDaT capability review',
  'Coached two colleagues to working level',
  'Used daily on a live service',
  'Built and ran the team approach, reviewed by peers',
  'Completed accredited training and applied it on a project',
  'Evidenced in my last end-of-year review',
];
