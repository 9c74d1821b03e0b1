import { join } from 'node:path';
import { generateInternalSigningKey } from '../internal-token/internal-keys';
import { loadOrCreateKeyFile, StoredKey } from './key-file.store';

/** Under DATA_DIR (git-ignored): development keys survive restarts, so tokens printed yesterday still work today. */
export function devIdentityDir(dataDir: string): string {
  return join(dataDir, 'identity');
}

export function devIssuerKeyPath(dataDir: string): string {
  return join(devIdentityDir(dataDir), 'dev-issuer.jwk.json');
}

export function devInternalSigningKeyPath(dataDir: string): string {
  return join(devIdentityDir(dataDir), 'internal-signing.jwk.json');
}

/**
 * Development only: the gateway's key for internal tokens, kept with the other development keys, so a standalone
 * subgraph that cached the gateway's JWKS keeps working across gateway restarts. Production sets INTERNAL_SIGNING_KEY.
 */
export function loadOrCreateDevInternalSigningKey(dataDir: string): Promise<StoredKey> {
  return loadOrCreateKeyFile(devInternalSigningKeyPath(dataDir), generateInternalSigningKey);
}
