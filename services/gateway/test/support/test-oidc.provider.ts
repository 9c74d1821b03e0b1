import { exportJWK, exportSPKI, generateKeyPair, JWK, JWTPayload, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export const TEST_AUDIENCE = 'api://civil-mobility-test';

export interface SigningChoice {
  alg: 'RS256' | 'ES256' | 'HS256';
  kid: string;
  key: KeyPair['privateKey'] | Uint8Array;
}

/**
 * An OpenID Connect provider as far as the gateway sees one: an RSA and an EC signing key, its JWKS served over real
 * HTTP (so the gateway's remote key set code path runs), and tokens signed with its keys or, to forge one, others.
 */
export class TestOidcProvider {
  jwksRequests = 0;
  private server?: Server;
  private port = 0;

  private constructor(
    readonly rsa: KeyPair,
    readonly ec: KeyPair,
  ) {}

  static async start(): Promise<TestOidcProvider> {
    const provider = new TestOidcProvider(
      await generateKeyPair('RS256', { extractable: true }),
      await generateKeyPair('ES256', { extractable: true }),
    );
    const jwks = {
      keys: [
        { ...(await exportJWK(provider.rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(provider.ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ] satisfies JWK[],
    };
    provider.server = createServer((req, res) => {
      if (req.url !== '/keys') {
        res.statusCode = 404;
        return res.end();
      }
      provider.jwksRequests += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => provider.server!.listen(0, '127.0.0.1', resolve));
    provider.port = (provider.server.address() as AddressInfo).port;
    return provider;
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.port}/tenant/v2.0`;
  }

  get jwksUrl(): string {
    return `http://127.0.0.1:${this.port}/keys`;
  }

  /** The provider's own RSA key, as an attacker would find it in the JWKS: the classic HS256 confusion secret. */
  async publicKeyPem(): Promise<Uint8Array> {
    return new TextEncoder().encode(await exportSPKI(this.rsa.publicKey));
  }

  get rs256(): SigningChoice {
    return { alg: 'RS256', kid: 'rsa-1', key: this.rsa.privateKey };
  }

  get es256(): SigningChoice {
    return { alg: 'ES256', kid: 'ec-1', key: this.ec.privateKey };
  }

  /**
   * A token valid for five minutes from the provider, for the test audience, unless `claims` says otherwise (a claim
   * set to `undefined` is left out).
   */
  async token(claims: JWTPayload = {}, signing: SigningChoice = this.rs256): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload = Object.fromEntries(
      Object.entries({
        iss: this.issuer,
        aud: TEST_AUDIENCE,
        iat: now,
        nbf: now,
        exp: now + 300,
        ...claims,
      }).filter(([, value]) => value !== undefined),
    );
    return new SignJWT(payload)
      .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'JWT' })
      .sign(signing.key);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
