// `npm run token`: development tokens from the local issuer, and signing keys for production (see token-arguments.ts).
import { DevIssuer, devIssuerKeyPath, generateInternalSigningKey, Identity } from '@civil/auth';
import { resolve } from 'node:path';
import { displayPath } from '../start/display-path';
import { resolveDataDir } from '../start/start.config';
import { parseTokenArguments, TokenCommand, USAGE, UsageError } from './token-arguments';

const repo = resolve(__dirname, '../..');

/** Refused on principle rather than mistyped: the usage text would not help. */
class RefusedError extends Error {}

function say(message: string): void {
  process.stderr.write(`[npm run token] ${message}\n`);
}

function describe(identity: Identity): string {
  const scope = [identity.departmentCode, identity.crossGovernment ? 'cross-government' : undefined];
  return [identity.roles.join(', '), ...scope].filter(Boolean).join(', ');
}

async function printToken(command: Extract<TokenCommand, { kind: 'token' }>): Promise<void> {
  // Production trusts only its real identity provider; a development key must never be able to mint tokens there.
  if (process.env.NODE_ENV === 'production')
    throw new RefusedError(
      'NODE_ENV=production: no development tokens there; sign in with the identity provider',
    );
  const dataDir = resolveDataDir(repo, process.env.DATA_DIR);
  const issuer = await DevIssuer.open(dataDir);
  if (issuer.created)
    say(`created the development issuer key in ${displayPath(repo, devIssuerKeyPath(dataDir))}`);
  const token = await issuer.issue(command.request);
  // Read back through the gateway's own verifier: what is printed is what the gateway will make of the token.
  const identity = await issuer.verifier().verify(token);
  for (const warning of command.warnings) say(`warning: ${warning}`);
  const hours = Math.round((command.request.ttlSeconds / 3600) * 10) / 10;
  say(`token for ${identity.subject} (${describe(identity)}), valid ${hours} h`);
  say('send it as: -H "authorization: Bearer $TOKEN"');
  process.stdout.write(`${token}\n`);
}

async function main(): Promise<void> {
  const command = parseTokenArguments(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command.kind === 'new-signing-key') {
    say('a new private key for INTERNAL_SIGNING_KEY: put it in your secret store, never in a committed file');
    process.stdout.write(`${JSON.stringify(await generateInternalSigningKey())}\n`);
    return;
  }
  await printToken(command);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) say(`${error.message}\n\n${USAGE}`);
  else if (error instanceof RefusedError) say(error.message);
  else say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(error instanceof UsageError ? 64 : 1);
});
