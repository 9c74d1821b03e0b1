import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BearerTokenError } from '../oidc/bearer-token.verifier';
import { DevIssuer } from './dev-issuer';
import {
  devIdentityDir,
  devInternalSigningKeyPath,
  devIssuerKeyPath,
  loadOrCreateDevInternalSigningKey,
} from './dev-key-files';

// Real files in a temporary DATA_DIR: what matters here is what is left on disk and what a second start finds.
describe('the development issuer', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dev-issuer-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates its key pair on first use, readable by its owner only, and reuses it afterwards', async () => {
    const first = await DevIssuer.open(dataDir);
    const second = await DevIssuer.open(dataDir);

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(statSync(devIssuerKeyPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(second.publicJwks()).toEqual(first.publicJwks());
    expect(JSON.stringify(first.publicJwks())).not.toContain('"d"');
  });

  it('creates a missing DATA_DIR as any folder, and only its identity folder private', async () => {
    const fresh = join(dataDir, 'fresh');
    mkdirSync(join(dataDir, 'plain'));

    await DevIssuer.open(fresh);

    expect(statSync(fresh).mode & 0o777).toBe(statSync(join(dataDir, 'plain')).mode & 0o777);
    expect(statSync(devIdentityDir(fresh)).mode & 0o777).toBe(0o700);
  });

  it('issues tokens its verifier accepts, after a restart too, with the identity asked for', async () => {
    const token = await (
      await DevIssuer.open(dataDir)
    ).issue({
      roles: ['HR_ADMIN', 'WORKFORCE_PLANNER'],
      departmentCode: 'DWP',
      crossGovernment: true,
    });

    const identity = await (await DevIssuer.open(dataDir)).verifier().verify(token);

    expect(identity).toEqual({
      subject: 'dev:hr-admin+workforce-planner@cross-government',
      roles: ['HR_ADMIN', 'WORKFORCE_PLANNER'],
      departmentCode: 'DWP',
      crossGovernment: true,
    });
  });

  it("refuses another DATA_DIR's development tokens", async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'dev-issuer-other-'));
    try {
      const foreign = await (await DevIssuer.open(otherDir)).issue({ roles: ['HR_ADMIN'] });

      const refusal = (await DevIssuer.open(dataDir)).verifier().verify(foreign);

      await expect(refusal).rejects.toBeInstanceOf(BearerTokenError);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('expires its tokens after the time asked for, by the clock it was given', async () => {
    let now = new Date('2026-01-05T09:00:00Z');
    const issuer = await DevIssuer.open(dataDir, () => now);
    const token = await issuer.issue({ roles: ['EMPLOYEE'], personId: 'p-1', ttlSeconds: 3600 });

    now = new Date('2026-01-05T09:59:00Z');
    await expect(issuer.verifier().verify(token)).resolves.toMatchObject({ subject: 'dev:person:p-1' });
    now = new Date('2026-01-05T10:01:00Z');
    await expect(issuer.verifier().verify(token)).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('ends up with one key when two processes start together on a fresh DATA_DIR', async () => {
    const [a, b] = await Promise.all([DevIssuer.open(dataDir), DevIssuer.open(dataDir)]);

    expect(a.publicJwks()).toEqual(b.publicJwks());
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it('says which file to delete when the key file is damaged', async () => {
    await DevIssuer.open(dataDir);
    writeFileSync(devIssuerKeyPath(dataDir), '{"kty":"oct"}');

    await expect(DevIssuer.open(dataDir)).rejects.toThrow(
      /dev-issuer\.jwk\.json is not a usable private key.*delete it/,
    );
  });
});

describe('the development internal signing key', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dev-internal-key-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is kept under DATA_DIR, so subgraphs that cached the public half keep working after a restart', async () => {
    const first = await loadOrCreateDevInternalSigningKey(dataDir);
    const second = await loadOrCreateDevInternalSigningKey(dataDir);

    expect(second.jwk).toEqual(first.jwk);
    expect(JSON.parse(readFileSync(devInternalSigningKeyPath(dataDir), 'utf8')).kid).toBe(first.jwk.kid);
  });

  it('tightens a key file that others could read', async () => {
    await loadOrCreateDevInternalSigningKey(dataDir);
    chmodSync(devInternalSigningKeyPath(dataDir), 0o644);

    await loadOrCreateDevInternalSigningKey(dataDir);

    expect(statSync(devInternalSigningKeyPath(dataDir)).mode & 0o777).toBe(0o600);
  });
});
