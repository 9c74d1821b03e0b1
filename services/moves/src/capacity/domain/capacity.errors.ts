export type CapacityErrorCode =
  'CAPACITY.AS_OF_IN_THE_PAST' | 'CAPACITY.INVALID_DATE' | 'CAPACITY.MONTHS_OUT_OF_RANGE';

/** A capacity question that cannot be answered as asked; the code is stable for clients (BAD_USER_INPUT). */
export class CapacityRuleViolation extends Error {
  constructor(
    readonly code: CapacityErrorCode,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'CapacityRuleViolation';
  }
}
