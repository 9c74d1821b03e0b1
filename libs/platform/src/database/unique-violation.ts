const UNIQUE_VIOLATION = '23505';

/** PostgreSQL refused an insert because of a unique constraint: the constraint name tells which. */
export function uniqueViolationConstraint(error: unknown): string | undefined {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint } = (driverError ?? {}) as { code?: string; constraint?: string };
  return code === UNIQUE_VIOLATION ? (constraint ?? 'unknown') : undefined;
}
