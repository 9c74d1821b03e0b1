import { ClearanceLevel } from '../../domain/reference-data.types';

// National security vetting, lowest first (gov.uk "National security vetting: clearance levels").
export const CLEARANCE_LEVELS_SEED: ClearanceLevel[] = [
  { code: 'BPSS', name: 'Baseline Personnel Security Standard', rank: 1 },
  { code: 'CTC', name: 'Counter-Terrorist Check', rank: 2 },
  { code: 'SC', name: 'Security Check', rank: 3 },
  { code: 'DV', name: 'Developed Vetting', rank: 4 },
];
