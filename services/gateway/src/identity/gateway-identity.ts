import {
  BearerTokenVerifier,
  DevIssuer,
  devIdentityDir,
  InternalSigningJwk,
  loadOrCreateDevInternalSigningKey,
  parseSigningJwk,
  remoteOidcKeys,
} from '@civil/auth';
import { ConfigError, loadConfig } from '@civil/platform';
import { IdentityConfig } from './identity.config';

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const;

/** Who the gateway trusts to say who callers are, and the key it vouches for them to the subgraphs with. */
export interface GatewayIdentity {
  mode: 'oidc' | 'development';
  bearerTokens: BearerTokenVerifier;
  internalSigningKey: InternalSigningJwk;
  /** Development mode only: signs tokens for `npm run token` and `npm start`'s demo users. */
  devIssuer?: DevIssuer;
  /** One line for the start-up log and banner. */
  description: string;
}

function oidcVerifier(config: IdentityConfig): BearerTokenVerifier {
  const missing = OIDC_VARIABLES.filter((name) => !config[name]);
  if (missing.length > 0)
    throw new ConfigError(
      missing.map((name) => `${name} must be set too: the OIDC_* variables name one provider`),
    );
  const jwksUrl = config.OIDC_JWKS_URL!;
  // Keys fetched over plain HTTP could be swapped by anyone on the path, and with them every identity.
  if (config.NODE_ENV === 'production' && !jwksUrl.startsWith('https://'))
    throw new ConfigError(['OIDC_JWKS_URL must be an https:// URL in production']);
  return new BearerTokenVerifier({
    keys: remoteOidcKeys(jwksUrl),
    issuer: config.OIDC_ISSUER!,
    audience: config
      .OIDC_AUDIENCE!.split(',')
      .map((audience) => audience.trim())
      .filter(Boolean),
    claimNames: {
      roles: config.OIDC_ROLES_CLAIM,
      personId: config.OIDC_PERSON_ID_CLAIM,
      department: config.OIDC_DEPARTMENT_CLAIM,
      crossGovernment: config.OIDC_CROSS_GOVERNMENT_CLAIM,
    },
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
  });
}

/** Production runs nothing made up locally: both the provider and the signing key must come from outside. */
function requireProductionSettings(config: IdentityConfig): void {
  const problems: string[] = [];
  const missing = OIDC_VARIABLES.filter((name) => !config[name]);
  if (missing.length > 0)
    problems.push(
      `${missing.join(', ')} must be set when NODE_ENV=production: the development issuer never runs in production`,
    );
  if (!config.INTERNAL_SIGNING_KEY)
    problems.push(
      'INTERNAL_SIGNING_KEY must be set when NODE_ENV=production (make one with `npm run token -- --new-signing-key`)',
    );
  if (problems.length > 0) throw new ConfigError(problems);
}

async function internalSigningKeyOf(config: IdentityConfig, dataDir: string): Promise<InternalSigningJwk> {
  if (!config.INTERNAL_SIGNING_KEY) return (await loadOrCreateDevInternalSigningKey(dataDir)).jwk;
  try {
    return parseSigningJwk(config.INTERNAL_SIGNING_KEY);
  } catch (error) {
    throw new ConfigError([`INTERNAL_SIGNING_KEY ${(error as Error).message}`]);
  }
}

/**
 * OIDC when OIDC_* is set (in any environment, so a developer can try a real provider); otherwise, outside
 * production, the development issuer, whose keys live under `dataDir` (DATA_DIR) with the internal signing key.
 */
export async function gatewayIdentityFromEnv(
  env: Record<string, string | undefined>,
  options: { dataDir: string; displayPath?: (path: string) => string },
): Promise<GatewayIdentity> {
  const config = loadConfig(IdentityConfig, env);
  if (config.NODE_ENV === 'production') requireProductionSettings(config);
  const internalSigningKey = await internalSigningKeyOf(config, options.dataDir);
  if (OIDC_VARIABLES.some((name) => config[name])) {
    return {
      mode: 'oidc',
      bearerTokens: oidcVerifier(config),
      internalSigningKey,
      description: `OIDC bearer tokens from ${config.OIDC_ISSUER} (keys: ${config.OIDC_JWKS_URL})`,
    };
  }
  const devIssuer = await DevIssuer.open(options.dataDir);
  const shown = options.displayPath ?? ((path: string) => path);
  return {
    mode: 'development',
    bearerTokens: devIssuer.verifier(),
    internalSigningKey,
    devIssuer,
    description: `development issuer, keys in ${shown(devIdentityDir(options.dataDir))} (set OIDC_* for a real provider)`,
  };
}
