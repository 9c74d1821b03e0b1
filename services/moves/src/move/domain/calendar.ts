/** ISO calendar dates (YYYY-MM-DD): compared as strings, which orders them correctly. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

// en-CA writes dates as YYYY-MM-DD.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The UK calendar date of an instant: moves start, end and are due on UK days, so between midnight and 1 a.m. in
 * summer (BST) it is already tomorrow here while UTC still says today.
 */
export const dateOf = (instant: Date): IsoDate => LONDON_DAY.format(instant);

/**
 * The same day of the month `months` later, clamped to the month's last day (31 January + 1 month = 28 February), as
 * HR systems count anniversaries; the people service computes minimum terms the same way.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
