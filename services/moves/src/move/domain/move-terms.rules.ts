import { addCalendarMonths, IsoDate, isIsoDate } from './calendar';
import { isTemporary, MoveKind } from './move-kind';
import { MoveLimits } from './move-limits';
import { MoveRuleViolation } from './move.errors';

/** What is agreed: who moves, from where to where, when, and on what terms. */
export interface MoveTerms {
  kind: MoveKind;
  personId: string;
  /** Absent when an outside expert comes in (SECONDMENT_IN): their home is `externalOrganisation`. */
  homeDepartmentCode?: string;
  /** Absent when the person goes out (SECONDMENT_OUT): the host is `externalOrganisation`. */
  hostDepartmentCode?: string;
  externalOrganisation?: string;
  /** The vacancy whose post the move fills, when it fills one (always, for an application). */
  vacancyId?: string;
  /** The person's grade in the new post. */
  grade: string;
  profession?: string;
  specialism?: string;
  startsOn: IsoDate;
  endsOn?: IsoDate;
  hoursPerWeek?: number;
  /** Who pays the person while the move lasts (DOMAIN.md: every move names it). */
  payer: 'HOME' | 'HOST';
  /** A loan longer than the published limit needs one. */
  justification?: string;
}

/** Checks terms against the rules for their kind; returns them with text trimmed. */
export function checkTerms(terms: MoveTerms, limits: MoveLimits): MoveTerms {
  const { kind, startsOn, endsOn } = terms;
  if (!isIsoDate(startsOn))
    throw new MoveRuleViolation('MOVE.INVALID_DATES', 'startsOn', 'startsOn must be YYYY-MM-DD');
  checkParties(terms);
  if (isTemporary(kind)) {
    if (endsOn === undefined)
      throw new MoveRuleViolation('MOVE.END_DATE_REQUIRED', 'endsOn', `a ${kind} needs an end date`);
    checkDuration(terms, endsOn, limits);
  } else if (endsOn !== undefined) {
    throw new MoveRuleViolation(
      'MOVE.END_DATE_NOT_ALLOWED',
      'endsOn',
      `a ${kind} is permanent: it has no end date`,
    );
  }
  if (
    kind === 'SHORT_ASSIGNMENT' &&
    !(terms.hoursPerWeek !== undefined && terms.hoursPerWeek > 0 && terms.hoursPerWeek <= 37)
  )
    throw new MoveRuleViolation(
      'MOVE.HOURS_REQUIRED',
      'hoursPerWeek',
      'a short assignment needs 1 to 37 hours a week',
    );
  return { ...terms, justification: terms.justification?.trim() || undefined };
}

function checkParties(terms: MoveTerms): void {
  const { kind, homeDepartmentCode: home, hostDepartmentCode: host } = terms;
  const external = terms.externalOrganisation?.trim();
  if (
    kind === 'SECONDMENT_OUT'
      ? !home || !external
      : kind === 'SECONDMENT_IN'
        ? !host || !external
        : !home || !host
  )
    throw new MoveRuleViolation(
      'MOVE.INVALID_KIND',
      'kind',
      `a ${kind} names ${kind === 'SECONDMENT_OUT' ? 'a home department and the outside host' : kind === 'SECONDMENT_IN' ? 'a host department and the outside home organisation' : 'a home and a host department'}`,
    );
  // A promotion inside one's own department is still a fair and open competition; the other kinds are between two.
  if (home !== undefined && home === host && kind !== 'PROMOTION')
    throw new MoveRuleViolation(
      'MOVE.SAME_DEPARTMENT',
      'hostDepartmentCode',
      `a ${kind} is a move to another department`,
    );
}

/** Duration rules for temporary kinds, measured from the (possibly later) agreed start to the end. */
export function checkDuration(terms: MoveTerms, endsOn: IsoDate, limits: MoveLimits): void {
  if (!isIsoDate(endsOn) || endsOn <= terms.startsOn)
    throw new MoveRuleViolation('MOVE.INVALID_DATES', 'endsOn', 'endsOn must be a date after startsOn');
  // Cabinet Office loan policy: normally up to 2 years; longer needs a written case, kept on the move.
  if (
    terms.kind === 'LOAN' &&
    endsOn > addCalendarMonths(terms.startsOn, limits.loanMonthsWithoutJustification) &&
    !terms.justification?.trim()
  )
    throw new MoveRuleViolation(
      'MOVE.LOAN_NEEDS_JUSTIFICATION',
      'justification',
      `a loan over ${limits.loanMonthsWithoutJustification} months needs a written justification`,
    );
  if (
    terms.kind === 'SECONDMENT_IN' &&
    endsOn > addCalendarMonths(terms.startsOn, limits.secondmentInMaxMonths)
  )
    throw new MoveRuleViolation(
      'MOVE.SECONDMENT_IN_TOO_LONG',
      'endsOn',
      `a secondment in lasts at most ${limits.secondmentInMaxMonths} months per placement`,
    );
}
