import { graphqlRequest } from './graphql-client';
import type { SeedingTokens } from './demo-data';

const EVIDENCE = 'Demo data: evidenced in the last end-of-year review';

/**
 * What the named demo people say about themselves, so that matching and plans have something to work on: skills at
 * DDaT levels, a specialist track, and mobility preferences with consent. Staff number -> profile.
 */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  // The demo employee: a data scientist on the data science track, open to a level transfer, loan or promotion.
  DEMO0001: {
    track: 'DDAT.DATA_SCIENCE',
    skills: [
      ['DDAT.DATA_SCIENCE.APPLIED_MATHS_STATISTICS_AND_SCIENTIFIC_PRACTICES', 'PRACTITIONER'],
      ['DDAT.DATA_SCIENCE.PROGRAMMING_AND_BUILD', 'PRACTITIONER'],
      ['DDAT.DATA_SCIENCE.DATA_MODELLING', 'WORKING'],
      ['DDAT.USER_RESEARCH.RESEARCH', 'WORKING'],
      ['BEHAVIOUR.DELIVERING_AT_PACE', 'WORKING'],
    ],
    preferences: {
      openToMove: true,
      shareProfileAcrossDepartments: true,
      moveKindsWanted: ['LEVEL_TRANSFER', 'PROMOTION', 'LOAN'],
      departmentsWanted: ['DSIT', 'DWP'],
      locationsWanted: ['Newcastle', 'Leeds'],
    },
  },
  DEMO0002: {
    skills: [['BEHAVIOUR.MANAGING_A_QUALITY_SERVICE', 'PRACTITIONER']],
    preferences: {
      openToMove: true,
      shareProfileAcrossDepartments: true,
      moveKindsWanted: ['LEVEL_TRANSFER', 'LOAN'],
      departmentsWanted: [],
      locationsWanted: ['Leeds'],
    },
  },
  DEMO0004: {
    skills: [['BEHAVIOUR.LEADERSHIP', 'PRACTITIONER']],
    preferences: {
      openToMove: true,
      shareProfileAcrossDepartments: false,
      moveKindsWanted: ['LOAN', 'SHORT_ASSIGNMENT'],
      departmentsWanted: ['DSIT'],
      locationsWanted: [],
    },
  },
  // A second data scientist, in another department: a suggested candidate for DSIT's and DWP's data vacancies.
  DEMO0007: {
    skills: [
      ['DDAT.DATA_SCIENCE.APPLIED_MATHS_STATISTICS_AND_SCIENTIFIC_PRACTICES', 'WORKING'],
      ['DDAT.DATA_SCIENCE.PROGRAMMING_AND_BUILD', 'PRACTITIONER'],
      ['DDAT.DATA_SCIENCE.DATA_ENGINEERING_AND_MANIPULATION', 'PRACTITIONER'],
    ],
    preferences: {
      openToMove: true,
      shareProfileAcrossDepartments: true,
      moveKindsWanted: ['LEVEL_TRANSFER', 'LOAN'],
      departmentsWanted: [],
      locationsWanted: ['Sheffield', 'Leeds', 'Manchester'],
    },
  },
};

export interface DemoProfile {
  track?: string;
  skills: [skillCode: string, level: string][];
  preferences: {
    openToMove: boolean;
    shareProfileAcrossDepartments: boolean;
    moveKindsWanted: string[];
    departmentsWanted: string[];
    locationsWanted: string[];
  };
}

const SET_SKILLS = `mutation($personId: ID!, $skills: [PersonSkillInput!]!) {
  setSkills(personId: $personId, skills: $skills) { id }
}`;
const JOIN_TRACK = `mutation($personId: ID!, $trackCode: String!) {
  joinSpecialistTrack(personId: $personId, trackCode: $trackCode) { id }
}`;
const SET_PREFERENCES = `mutation($personId: ID!, $preferences: MobilityPreferencesInput!) {
  setMobilityPreferences(personId: $personId, preferences: $preferences) { id }
}`;

/**
 * Skills and the track as the person's HR admin records them; preferences and consent as the person themself, the
 * only one who may give them (SET_MOBILITY_PREFERENCES).
 */
export async function seedDemoProfile(
  gatewayUrl: string,
  person: { personId: string; departmentCode: string },
  profile: DemoProfile,
  tokens: SeedingTokens,
): Promise<void> {
  const { personId, departmentCode } = person;
  const hr = await tokens.hrAdminOf(departmentCode);
  const skills = profile.skills.map(([skillCode, level]) => ({ skillCode, level, evidence: EVIDENCE }));
  await graphqlRequest(gatewayUrl, SET_SKILLS, { personId, skills }, hr);
  if (profile.track) await graphqlRequest(gatewayUrl, JOIN_TRACK, { personId, trackCode: profile.track }, hr);
  await graphqlRequest(
    gatewayUrl,
    SET_PREFERENCES,
    { personId, preferences: profile.preferences },
    await tokens.employee(personId, departmentCode),
  );
}
