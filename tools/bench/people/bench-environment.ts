import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import { listenOnFreePort, TestGatewayKeys } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createPeopleApp } from '../../../services/people/src/app';
import { writePeopleCsv } from '../../generate/write-people-csv';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database on DATABASE_URL's server (default: the local server on 127.0.0.1:5432). */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `bench_people_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** The generated civil service as one CSV feed in a temporary directory. */
export function generateFeed(people: number, seed: number): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-people-'));
  writePeopleCsv({ people, seed, singleFile: true }, (name) => {
    const fd = openSync(join(dir, `${name}.csv`), 'w');
    return { write: (text) => writeSync(fd, text), close: () => closeSync(fd) };
  });
  return { file: join(dir, 'people.csv'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PeopleSubgraph {
  url: string;
  keys: TestGatewayKeys;
  close(): Promise<void>;
}

/** The people subgraph as deployed (migrations run at start), on an in-process transport and a free port. */
export async function startPeopleSubgraph(databaseUrl: string): Promise<PeopleSubgraph> {
  const keys = await TestGatewayKeys.create();
  const transport = new InProcessTransport();
  const app: INestApplication = await createPeopleApp({
    gatewayKeys: keys.gatewayKeys,
    databaseUrl,
    transport,
    logger: createRootLogger({ level: 'error' }),
    consumerGroupId: `bench-people-${randomBytes(4).toString('hex')}`,
  });
  const url = await listenOnFreePort(app);
  return {
    url: `${url}/graphql`,
    keys,
    close: async () => {
      await app.close();
      await transport.close();
    },
  };
}
