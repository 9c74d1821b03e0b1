/**
 * How gov.uk classes an organisation. Devolved administrations (Scottish and Welsh Governments) employ their own civil
 * servants but are neither kind of UK department, so they have a type of their own.
 */
export const ORGANISATION_TYPES = [
  'MINISTERIAL_DEPARTMENT',
  'NON_MINISTERIAL_DEPARTMENT',
  'EXECUTIVE_AGENCY',
  'DEVOLVED_ADMINISTRATION',
  'OTHER_BODY',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}
