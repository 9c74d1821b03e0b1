/**
 * Civil service grades, lowest to highest (departments map their own grade names onto these). Order matters to rules
 * such as "a promotion is one grade up", so it lives here once.
 */
export const GRADES = ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1', 'SCS2', 'SCS3', 'SCS4'] as const;
export type Grade = (typeof GRADES)[number];

export function isGrade(value: string): value is Grade {
  return (GRADES as readonly string[]).includes(value);
}
