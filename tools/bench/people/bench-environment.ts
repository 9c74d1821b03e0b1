import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import { listenOnFreePort, TestGatewayKeys } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { createPeopleApp } from '../../../services/people/src/app';
import { writePeopleCsv } from '../../generate/write-people-csv';

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
