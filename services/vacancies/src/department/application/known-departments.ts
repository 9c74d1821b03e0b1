/**
 * Whether an organisation code names a department vacancies knows (seeded or added by cross-government HR). Other
 * areas of the service ask this before they accept a department code; the department area provides it.
 */
export abstract class KnownDepartments {
  abstract has(code: string): Promise<boolean>;
}
