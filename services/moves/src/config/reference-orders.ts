import { ReferenceOrders } from '../vacancy-application/domain/eligibility.rule';

/**
 * The orders eligibility compares in (DOMAIN.md, reference data): grades lowest first, clearances weakest first.
 * Data handed to the rules, not logic; the people service holds the same lists as its reference data.
 */
export const REFERENCE_ORDERS: ReferenceOrders = {
  grades: ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1', 'SCS2', 'SCS3', 'SCS4'],
  clearanceLevels: ['BPSS', 'CTC', 'SC', 'DV'],
};
