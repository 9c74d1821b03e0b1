import { Skill } from '../../domain/reference-data.types';

// Success Profiles: the nine behaviours (Civil Service Success Profiles framework). A vacancy picks a subset at its
// grade's level; they are skills of kind BEHAVIOUR so profiles and vacancies refer to both the same way.
const BEHAVIOURS = [
  ['SEEING_THE_BIG_PICTURE', 'Seeing the Big Picture'],
  ['CHANGING_AND_IMPROVING', 'Changing and Improving'],
  ['MAKING_EFFECTIVE_DECISIONS', 'Making Effective Decisions'],
  ['LEADERSHIP', 'Leadership'],
  ['COMMUNICATING_AND_INFLUENCING', 'Communicating and Influencing'],
  ['WORKING_TOGETHER', 'Working Together'],
  ['DEVELOPING_SELF_AND_OTHERS', 'Developing Self and Others'],
  ['MANAGING_A_QUALITY_SERVICE', 'Managing a Quality Service'],
  ['DELIVERING_AT_PACE', 'Delivering at Pace'],
] as const;

export const BEHAVIOURS_SEED: Skill[] = BEHAVIOURS.map(([code, name]) => ({
  code: `BEHAVIOUR.${code}`,
  name,
  kind: 'BEHAVIOUR',
  framework: 'SUCCESS_PROFILES',
}));
