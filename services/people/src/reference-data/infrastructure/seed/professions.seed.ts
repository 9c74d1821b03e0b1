import { Profession } from '../../domain/reference-data.types';

// The 28 government professions (gov.uk "Government professions"; Institute for Government, "Professions and functions
// in the civil service"), in gov.uk's four groups. The list changes (the campaign site counts 31 in 2025): HR_ADMIN
// adds newer ones with addProfession. Names are identifiers: people's and vacancies' `profession` hold them verbatim.
const OPERATIONAL_DELIVERY: Profession['group'] = 'OPERATIONAL_DELIVERY';
const FUNCTIONAL: Profession['group'] = 'FUNCTIONAL';
const SPECIALIST: Profession['group'] = 'SPECIALIST';

export const PROFESSIONS_SEED: Profession[] = [
  { name: 'Operational Delivery', group: OPERATIONAL_DELIVERY },
  { name: 'Policy', group: 'POLICY' },
  { name: 'Commercial', group: FUNCTIONAL },
  { name: 'Communications', group: FUNCTIONAL },
  { name: 'Corporate Finance', group: FUNCTIONAL },
  { name: 'Counter Fraud', group: FUNCTIONAL },
  { name: 'Digital, Data and Technology', group: FUNCTIONAL },
  { name: 'Finance', group: FUNCTIONAL },
  { name: 'Human Resources', group: FUNCTIONAL },
  { name: 'Internal Audit', group: FUNCTIONAL },
  { name: 'Legal', group: FUNCTIONAL },
  { name: 'Project Delivery', group: FUNCTIONAL },
  { name: 'Property', group: FUNCTIONAL },
  { name: 'Security', group: FUNCTIONAL },
  { name: 'Actuarial', group: SPECIALIST },
  { name: 'Economics', group: SPECIALIST },
  { name: 'Geography', group: SPECIALIST },
  { name: 'Intelligence Analysis', group: SPECIALIST },
  { name: 'International Trade', group: SPECIALIST },
  { name: 'Knowledge and Information Management', group: SPECIALIST },
  { name: 'Medical', group: SPECIALIST },
  { name: 'Operational Research', group: SPECIALIST },
  { name: 'Planning', group: SPECIALIST },
  { name: 'Planning Inspectors', group: SPECIALIST },
  { name: 'Science and Engineering', group: SPECIALIST },
  { name: 'Social Research', group: SPECIALIST },
  { name: 'Statistics', group: SPECIALIST },
  { name: 'Tax', group: SPECIALIST },
];
