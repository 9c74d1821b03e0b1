/**
 * Minimum expected assignment ("staying in post"). Pure: the caller supplies the policy figures, read from the
 * reference data and configuration; nothing here is a hard-coded number of months.
 */
export interface TenurePolicy {
  /** DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: our default for grades without a published minimum. */
  defaultMonths: number;
  /** Grade code -> published minimum (SCS1/SCS2: 36 since July 2022); grades absent here have none. */
  gradeMonths: ReadonlyMap<string, number>;
  /** Specialist track code -> its minimum expected assignment. */
  trackMonths: ReadonlyMap<string, number>;
}

export interface TenureDates {
  minimumTermEndsOn: string;
  eligibleToMoveFrom: string;
}

export interface TenureSubject {
  grade: string;
  specialistTrackCode?: string;
  startedInPostOn: string;
  earliestMoveOn?: string;
}

/**
 * Months of minimum term. The track's and the grade's minimums are both policy the person is under, so when both apply
 * the longer wins: meeting the shorter would still break the longer (an SCS1 data scientist on a 24-month track is
 * still an SCS1 with 36 months). Our configured default applies only where neither a track nor the grade sets one,
 * because it stands in for a missing policy, not for an extra one.
 */
export function minimumTermMonths(policy: TenurePolicy, subject: TenureSubject): number {
  const applicable = [
    subject.specialistTrackCode === undefined
      ? undefined
      : policy.trackMonths.get(subject.specialistTrackCode),
    policy.gradeMonths.get(subject.grade),
  ].filter((months): months is number => months !== undefined);
  return applicable.length > 0 ? Math.max(...applicable) : policy.defaultMonths;
}

/**
 * `minimumTermEndsOn` = started in post + the minimum term. `eligibleToMoveFrom` = the later of that and the person's
 * own earliest move date: a move before the minimum term ends is held (TENURE_HOLD), and a move before the date the
 * person asked for would go against their stated preference, so matching shows the later of the two.
 */
export function tenureDates(policy: TenurePolicy, subject: TenureSubject): TenureDates {
  const minimumTermEndsOn = addCalendarMonths(subject.startedInPostOn, minimumTermMonths(policy, subject));
  const eligibleToMoveFrom =
    subject.earliestMoveOn !== undefined && subject.earliestMoveOn > minimumTermEndsOn
      ? subject.earliestMoveOn
      : minimumTermEndsOn;
  return { minimumTermEndsOn, eligibleToMoveFrom };
}

/**
 * Calendar-month arithmetic on ISO dates: the same day of the month `months` later, clamped to the month's last day
 * (31 January + 1 month = 28 February, or 29th in a leap year), as HR systems count anniversaries.
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}
