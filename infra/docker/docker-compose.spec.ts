import { load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Docker does not run in CI, so the compose file is checked for drift against the workspace instead: a new service,
// a renamed variable or a missing health check fails here rather than on someone's first `docker compose up`.

interface ComposeService {
  image?: string;
  build?: { context: string; target?: string };
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const root = resolve(__dirname, '../..');
const compose = load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;
const workspaceServices = readdirSync(join(root, 'services')).filter((name) =>
  statSync(join(root, 'services', name)).isDirectory(),
);
const subgraphs = workspaceServices.filter((name) => name !== 'gateway');

function env(service: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(services[service].environment ?? {}).map(([key, value]) => [key, String(value)]),
  );
}

function sourcesOf(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

describe('docker-compose.yml', () => {
  it('runs every service in the workspace', () => {
    expect(workspaceServices).toEqual(expect.arrayContaining(['gateway', 'people', 'vacancies', 'moves']));
    for (const name of workspaceServices) expect(Object.keys(services)).toContain(name);
  });

  it.each(workspaceServices)('runs %s from the one image, chosen by SERVICE, with a health check', (name) => {
    expect(services[name]).toMatchObject({
      image: services.gateway.image,
      build: { context: '.', target: 'runtime' },
    });
    expect(env(name)).toMatchObject({
      SERVICE: name,
      PORT: expect.stringMatching(/^\d+$/),
      NODE_ENV: 'production',
    });
    expect(env(name).LOG_LEVEL).toBeDefined();
    expect(services[name].healthcheck?.test).toEqual(['CMD', 'node', 'infra/docker/healthcheck.js']);
    // What infra/docker/run-service.js starts once the image has compiled it.
    expect(existsSync(join(root, 'services', name, 'src', 'main.ts'))).toBe(true);
  });

  it.each(subgraphs)('gives the %s subgraph PostgreSQL and Kafka, once both are ready', (name) => {
    expect(env(name).DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\/postgres$/);
    expect(env(name).KAFKA_BROKERS).toBe('kafka:9092');
    expect(services[name].depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      kafka: { condition: 'service_healthy' },
      'kafka-topics': { condition: 'service_completed_successfully' },
    });
  });

  it.each(subgraphs)(
    "has the %s subgraph trust only the gateway's keys, from the JWKS the gateway serves",
    (name) => {
      const platformSources = sourcesOf(join(root, 'libs/platform/src'));
      const gatewaySources = sourcesOf(join(root, 'services/gateway/src'));
      expect(platformSources).toContain('GATEWAY_JWKS_URL');
      expect(gatewaySources).toMatch(/@Controller\('\.well-known'\)[\s\S]*@Get\('jwks\.json'\)/);
      expect(env(name).GATEWAY_JWKS_URL).toBe(`http://gateway:${env('gateway').PORT}/.well-known/jwks.json`);
      // Fetched on a subgraph's first request: no need to wait for the gateway, which waits for the subgraphs.
      expect(services[name].depends_on?.gateway).toBeUndefined();
    },
  );

  it('gives the gateway its signing key and identity provider from the environment, refusing to start without them', () => {
    const identitySources = sourcesOf(join(root, 'services/gateway/src/identity'));
    for (const variable of ['INTERNAL_SIGNING_KEY', 'OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL']) {
      expect(identitySources).toContain(variable);
      // `${VAR:?message}`: docker compose stops with the message when it is unset; no value is ever committed.
      expect(env('gateway')[variable]).toMatch(new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`));
    }
    for (const [variable, value] of Object.entries(env('gateway')).filter(([key]) =>
      key.startsWith('OIDC_'),
    )) {
      expect(identitySources).toContain(variable);
      expect(value).toMatch(new RegExp(`^\\$\\{${variable}(:\\?|:-)[^}]+\\}$`));
    }
  });

  it('points the gateway at every subgraph, by the variables its code reads, once they are healthy', () => {
    const gatewaySources = sourcesOf(join(root, 'services/gateway/src'));
    for (const name of subgraphs) {
      const variable = `${name.toUpperCase()}_URL`;
      expect(gatewaySources).toContain(variable);
      expect(env('gateway')[variable]).toBe(`http://${name}:${env(name).PORT}/graphql`);
      expect(services.gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
    expect(env('gateway').DATABASE_URL).toBeUndefined();
  });

  it('runs PostgreSQL and a KRaft Kafka from their official images, with health checks', () => {
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(String(services.postgres.healthcheck?.test)).toContain('pg_isready');
    expect(services.kafka.image).toMatch(/^apache\/kafka:/);
    expect(env('kafka').KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(services.kafka.healthcheck?.test).toBeDefined();
    expect(services['kafka-topics'].command).toEqual([
      'node',
      '-r',
      '@swc-node/register',
      'infra/kafka/create-topics.ts',
    ]);
  });

  it('commits no secrets: every password comes from the environment, with a development default at most', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(env(name))) {
        if (/PASSWORD|SECRET|TOKEN/.test(key)) expect(value).toMatch(/^\$\{[A-Z_]+(:-[^}]*|:\?[^}]*)?\}$/);
        // A private key has no development default: a default would be the same committed key everywhere.
        if (/KEY$/.test(key)) expect(value).toMatch(/^\$\{[A-Z_]+:\?[^}]*\}$/);
        const password = /^[a-z]+:\/\/[^:/@]+:([^@]+)@/.exec(value)?.[1];
        if (password) expect(password).toMatch(/^\$\{[A-Z_]+(:-[^}]*)?\}$/);
      }
      expect(service).toBeDefined();
    }
  });
});
