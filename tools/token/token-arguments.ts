import {
  ANONYMOUS_SUBJECT,
  DEFAULT_DEV_TOKEN_TTL_SECONDS,
  DevTokenRequest,
  isRole,
  Role,
  ROLES,
} from '@civil/auth';
import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  npm run -s token -- --role ROLE [--role ROLE2] [--person ID] [--department CODE] [--cross-government] [--ttl 8h] [--subject NAME]
      prints a development token for that identity (signed by the development issuer under DATA_DIR)
  npm run -s token -- --new-signing-key
      prints a new private JWK for INTERNAL_SIGNING_KEY (production setup; keep it in your secret store)

Roles: ${ROLES.join(', ')}. --ttl takes s, m, h or d (at most 30d). -s keeps npm's own lines out of the output.`;

export class UsageError extends Error {}

export type TokenCommand =
  | { kind: 'token'; request: DevTokenRequest & { ttlSeconds: number }; warnings: string[] }
  | { kind: 'new-signing-key' }
  | { kind: 'help' };

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
/** Longer-lived development tokens would only outlive the data they were made for. */
const MAX_TTL_SECONDS = 30 * 86_400;

export function parseTtl(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  const seconds = match ? Number(match[1]) * UNITS[match[2]] : NaN;
  if (!(seconds > 0 && seconds <= MAX_TTL_SECONDS))
    throw new UsageError(`--ttl ${value}: give a duration such as 30m, 8h or 7d, at most 30d`);
  return seconds;
}

function rolesOf(values: string[]): Role[] {
  if (values.length === 0) throw new UsageError('say who the token is for: at least one --role');
  const unknown = values.filter((value) => !isRole(value));
  if (unknown.length > 0)
    throw new UsageError(`unknown role ${unknown.join(', ')}: one of ${ROLES.join(', ')}`);
  return [...new Set(values as Role[])];
}

/** Not errors, since a test may want exactly such a token, but almost always a mistake worth saying out loud. */
function warningsFor(request: DevTokenRequest): string[] {
  const warnings: string[] = [];
  const { roles, personId, departmentCode, crossGovernment } = request;
  if (roles.includes('EMPLOYEE') && !personId)
    warnings.push('EMPLOYEE acts on their own record only: without --person it can read nothing of anyone');
  const departmental = roles.filter((role) => role !== 'EMPLOYEE');
  if (departmental.length > 0 && !departmentCode && !crossGovernment)
    warnings.push(
      `${departmental.join(' and ')} ${departmental.length === 1 ? 'acts' : 'act'} on a department: without --department (or --cross-government), on none`,
    );
  if (crossGovernment && !roles.some((role) => role === 'HR_ADMIN' || role === 'WORKFORCE_PLANNER'))
    warnings.push(
      '--cross-government widens only HR_ADMIN and WORKFORCE_PLANNER, and this token holds neither',
    );
  return warnings;
}

/** `npm run token` arguments; throws UsageError with a message fit to show as it is. */
export function parseTokenArguments(args: string[]): TokenCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string', multiple: true, default: [] },
        person: { type: 'string' },
        department: { type: 'string' },
        'cross-government': { type: 'boolean', default: false },
        ttl: { type: 'string' },
        subject: { type: 'string' },
        'new-signing-key': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { kind: 'help' };
  if (values['new-signing-key']) {
    const others = Object.entries(values).filter(
      ([name, value]) =>
        name !== 'new-signing-key' && value !== false && !(Array.isArray(value) && value.length === 0),
    );
    if (others.length > 0) throw new UsageError('--new-signing-key takes no other option');
    return { kind: 'new-signing-key' };
  }
  for (const name of ['person', 'department', 'subject'] as const)
    if (values[name] !== undefined && values[name].trim() === '')
      throw new UsageError(`--${name} must not be empty`);
  // The platform's name for a caller without a token: the gateway refuses a token claiming it.
  if (values.subject === ANONYMOUS_SUBJECT)
    throw new UsageError(`--subject ${ANONYMOUS_SUBJECT} is reserved`);
  const request = {
    roles: rolesOf(values.role),
    ...(values.person ? { personId: values.person } : {}),
    ...(values.department ? { departmentCode: values.department } : {}),
    ...(values['cross-government'] ? { crossGovernment: true } : {}),
    ...(values.subject ? { subject: values.subject } : {}),
    ttlSeconds: values.ttl ? parseTtl(values.ttl) : DEFAULT_DEV_TOKEN_TTL_SECONDS,
  };
  return { kind: 'token', request, warnings: warningsFor(request) };
}
