import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

const CLAIM_NAME = /^\S+$/;

/**
 * How the gateway knows who is calling. OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL name the identity provider;
 * without them (never in production) the gateway trusts the development issuer instead. See the README's Security
 * section for Entra ID.
 */
export class IdentityConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** The `iss` of the provider's access tokens, e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  @IsOptional()
  @IsString()
  OIDC_ISSUER?: string;

  /** The `aud` the tokens are issued for (Entra: the API's application id); comma-separated when there are two. */
  @IsOptional()
  @IsString()
  OIDC_AUDIENCE?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_JWKS_URL?: string;

  @Matches(CLAIM_NAME, { message: 'must be a claim name (no spaces)' })
  OIDC_ROLES_CLAIM: string = 'roles';

  @Matches(CLAIM_NAME, { message: 'must be a claim name (no spaces)' })
  OIDC_PERSON_ID_CLAIM: string = 'person_id';

  @Matches(CLAIM_NAME, { message: 'must be a claim name (no spaces)' })
  OIDC_DEPARTMENT_CLAIM: string = 'department';

  @Matches(CLAIM_NAME, { message: 'must be a claim name (no spaces)' })
  OIDC_CROSS_GOVERNMENT_CLAIM: string = 'cross_government';

  @IsInt()
  @Min(0)
  @Max(300)
  OIDC_CLOCK_TOLERANCE_SECONDS: number = 30;

  /** The gateway's private key for internal tokens; development mode keeps one under DATA_DIR when it is not set. */
  @IsOptional()
  @IsString()
  INTERNAL_SIGNING_KEY?: string;
}
