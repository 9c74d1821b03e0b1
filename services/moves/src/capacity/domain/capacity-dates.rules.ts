import { CapacityRuleViolation } from './capacity.errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAXIMUM_FORECAST_MONTHS = 12;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * The date capacity is read at: today when absent. Never a past date (DOMAIN.md: "today or a future date"): the read
 * models hold where people are now and the moves still to come, not who was where; people who left and moves that
 * ended are gone from them, so a past figure would be a guess presented as a fact.
 */
export function capacityDate(asOf: string | undefined, today: string): string {
  if (asOf === undefined) return today;
  if (!isIsoDate(asOf))
    throw new CapacityRuleViolation(
      'CAPACITY.INVALID_DATE',
      'asOf',
      `${asOf} is not a calendar date (YYYY-MM-DD)`,
    );
  if (asOf < today)
    throw new CapacityRuleViolation(
      'CAPACITY.AS_OF_IN_THE_PAST',
      'asOf',
      `capacity is read for today (${today}) or a later date, not ${asOf}`,
    );
  return asOf;
}

/** One month of a forecast: the figures at `startsOn`, and what changes from then until `endsBefore`. */
export interface ForecastMonth {
  /** YYYY-MM */
  month: string;
  startsOn: string;
  endsBefore: string;
}

const firstOfMonth = (year: number, monthIndex: number) =>
  new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/**
 * The next `months` calendar months from today: the first starts today (a past day of it is not readable), each
 * later one on its first day, and each ends where the next begins.
 */
export function forecastMonths(today: string, months: number): ForecastMonth[] {
  if (!Number.isInteger(months) || months < 1 || months > MAXIMUM_FORECAST_MONTHS)
    throw new CapacityRuleViolation(
      'CAPACITY.MONTHS_OUT_OF_RANGE',
      'months',
      `a forecast covers 1 to ${MAXIMUM_FORECAST_MONTHS} months, not ${months}`,
    );
  const [year, month] = today.split('-').map(Number);
  return Array.from({ length: months }, (_, index) => {
    const startsOn = index === 0 ? today : firstOfMonth(year, month - 1 + index);
    return { month: startsOn.slice(0, 7), startsOn, endsBefore: firstOfMonth(year, month + index) };
  });
}
