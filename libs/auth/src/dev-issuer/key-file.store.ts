import { randomUUID } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InternalSigningJwk, parseSigningJwk } from '../internal-token/internal-keys';

export interface StoredKey {
  jwk: InternalSigningJwk;
  /** True when this call generated the key (first start). */
  created: boolean;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function read(path: string): InternalSigningJwk {
  // Only this process's user may read a private key (ssh's rule); a file copied in with looser rights is tightened.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  try {
    return parseSigningJwk(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path} is not a usable private key (${(error as Error).message}); delete it to get a new one`,
    );
  }
}

/**
 * A private EC P-256 JWK kept in a file (mode 0600), generated on first use. Two processes starting together (npm
 * start and `npm run token`) must end up with the same key: the new key is written to a temporary file and linked
 * into place, which fails if the other process got there first, whose key is then used.
 */
export async function loadOrCreateKeyFile(
  path: string,
  generate: () => Promise<InternalSigningJwk>,
): Promise<StoredKey> {
  try {
    return { jwk: read(path), created: false };
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  // Only the key's own folder is private: DATA_DIR also holds the embedded PostgreSQL, which may run as another user.
  mkdirSync(dirname(dirname(path)), { recursive: true });
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const jwk = await generate();
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
    return { jwk, created: true };
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    return { jwk: read(path), created: false };
  } finally {
    unlinkSync(temporary);
  }
}
