/**
 * The Government Digital and Data (DDaT) Capability Framework's skill levels, lowest first (DOMAIN.md, reference data).
 * People and vacancies events accept exactly these four; a caller may pass another scale in MatchOrders.skillLevels.
 */
export const DDAT_SKILL_LEVELS: readonly string[] = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'];
