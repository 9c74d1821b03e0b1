import {
  generateInternalSigningKey,
  GatewayKeys,
  Identity,
  INTERNAL_TOKEN_HEADER,
  InternalSigningJwk,
  InternalTokenSigner,
  localKeySet,
  publicJwksOf,
  Role,
} from '@civil/auth';
import { graphqlRequest, GraphQLResponse, JsonObject } from './graphql-client';

/** An identity for a test; unspecified parts are empty (no person, no department, department scope). */
export function testIdentity(parts: Partial<Identity> & { roles: Role[] }): Identity {
  return { subject: `test-${parts.roles.join('-').toLowerCase() || 'nobody'}`, crossGovernment: false, ...parts };
}

/**
 * Plays the gateway's part for tests that call a subgraph directly: a fresh signing key, the public keys to give the
 * subgraph (`gatewayKeys` in its runtime), and requests signed for a given identity.
 */
export class TestGatewayKeys {
  private constructor(
    readonly signingKey: InternalSigningJwk,
    readonly gatewayKeys: GatewayKeys,
    private readonly signer: InternalTokenSigner,
  ) {}

  static async create(): Promise<TestGatewayKeys> {
    const signingKey = await generateInternalSigningKey();
    return new TestGatewayKeys(
      signingKey,
      localKeySet(publicJwksOf(signingKey)),
      await InternalTokenSigner.fromJwk(signingKey),
    );
  }

  async headersFor(audience: string, identity: Identity): Promise<Record<string, string>> {
    return { [INTERNAL_TOKEN_HEADER]: await this.signer.sign(identity, audience) };
  }

  /** A client for one subgraph that signs each request for the identity given, as the gateway would. */
  clientFor(graphqlUrl: string, audience: string) {
    return async <T = JsonObject>(
      identity: Identity,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<T>> =>
      graphqlRequest<T>(graphqlUrl, query, variables, await this.headersFor(audience, identity));
  }
}
