import { parseTokenArguments, parseTtl, UsageError } from './token-arguments';

describe('npm run token arguments', () => {
  it('makes a token request for every role, person, department and scope given', () => {
    const command = parseTokenArguments([
      '--role',
      'HR_ADMIN',
      '--role=WORKFORCE_PLANNER',
      '--person',
      'p-1',
      '--department',
      'DWP',
      '--cross-government',
      '--ttl',
      '30m',
      '--subject',
      'alice',
    ]);

    expect(command).toEqual({
      kind: 'token',
      request: {
        roles: ['HR_ADMIN', 'WORKFORCE_PLANNER'],
        personId: 'p-1',
        departmentCode: 'DWP',
        crossGovernment: true,
        subject: 'alice',
        ttlSeconds: 1800,
      },
      warnings: [],
    });
  });

  it('lasts a working day unless told otherwise, and names each role once', () => {
    const command = parseTokenArguments(['--role', 'EMPLOYEE', '--role', 'EMPLOYEE', '--person', 'p-1']);

    expect(command).toMatchObject({ kind: 'token', request: { roles: ['EMPLOYEE'], ttlSeconds: 8 * 3600 } });
  });

  it('asks for a new signing key alone', () => {
    expect(parseTokenArguments(['--new-signing-key'])).toEqual({ kind: 'new-signing-key' });
    expect(() => parseTokenArguments(['--new-signing-key', '--role', 'HR_ADMIN'])).toThrow(
      /takes no other option/,
    );
  });

  it('shows help', () => {
    expect(parseTokenArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseTokenArguments(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /at least one --role/],
    [['--role', 'ADMIN'], /unknown role ADMIN: one of EMPLOYEE, HIRING_MANAGER/],
    [['--role', 'hr_admin'], /unknown role hr_admin/],
    [['--role', 'EMPLOYEE', '--person', ' '], /--person must not be empty/],
    [['--role', 'EMPLOYEE', '--colour', 'blue'], /colour/],
    [['--role', 'EMPLOYEE', 'stray'], /stray/],
    [['--role'], /--role/],
    [['--role', 'EMPLOYEE', '--ttl', '8'], /--ttl 8: give a duration/],
    [['--role', 'EMPLOYEE', '--subject', 'anonymous'], /--subject anonymous is reserved/],
  ])('refuses %p', (args, message) => {
    expect(() => parseTokenArguments(args)).toThrow(UsageError);
    expect(() => parseTokenArguments(args)).toThrow(message);
  });

  it.each([
    [['--role', 'EMPLOYEE'], /EMPLOYEE acts on their own record only/],
    [['--role', 'HR_ADMIN'], /HR_ADMIN acts on a department/],
    [
      ['--role', 'HIRING_MANAGER', '--department', 'DSIT', '--cross-government'],
      /widens only HR_ADMIN and WORKFORCE_PLANNER/,
    ],
  ])('warns about a token that can do little: %p', (args, warning) => {
    const command = parseTokenArguments(args);

    expect(command.kind === 'token' && command.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('does not warn about a cross-government planner without a department', () => {
    const command = parseTokenArguments(['--role', 'WORKFORCE_PLANNER', '--cross-government']);

    expect(command.kind === 'token' && command.warnings).toEqual([]);
  });
});

describe('token lifetimes', () => {
  it.each([
    ['45s', 45],
    ['30m', 1800],
    ['8h', 28_800],
    ['30d', 2_592_000],
  ])('reads %s as %d seconds', (value, seconds) => {
    expect(parseTtl(value)).toBe(seconds);
  });

  it.each(['0h', '31d', '1w', '-5m', '1.5h', ''])('refuses %p', (value) => {
    expect(() => parseTtl(value)).toThrow(UsageError);
  });
});
