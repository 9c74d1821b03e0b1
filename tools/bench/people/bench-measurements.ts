import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Identity } from '@civil/auth';
import { graphqlRequest, testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ImportSummary } from '../../../services/people/src/person-import/person-importer';
import { openPersonImport } from '../../../services/people/src/person-import/person-import.factory';
import { ImportProgressReporter } from '../../../services/people/src/person-import/import-progress';
import { PeopleSubgraph } from './bench-environment';

/** The feed's columns typed as the person table types them, with no key, index or constraint: COPY's best case. */
const RAW_TABLE = `
  CREATE TABLE people_raw (
    staff_number varchar(16), given_name varchar(100), family_name varchar(100), work_email varchar(254),
    department_code varchar(16), grade varchar(8), profession varchar(64), fte numeric(3, 2), started_in_post_on date,
    location varchar(64), employment_type varchar(16), home_organisation varchar(100), employment_ends_on date,
    security_clearance varchar(8), specialist_track_code varchar(64), specialist_track_joined_on date, skills text,
    skills_to_develop text, open_to_move boolean, move_kinds_wanted text, departments_wanted text,
    locations_wanted text, earliest_move_on date, share_profile_across_departments boolean
  )`;

/** Rows per second of a raw COPY of the feed file into a plain table, streamed from this process like the import. */
export async function rawCopyRate(databaseUrl: string, file: string, rows: number): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(RAW_TABLE);
    const started = process.hrtime.bigint();
    await pipeline(
      createReadStream(file),
      client.query(copyFrom(`COPY people_raw FROM STDIN WITH (FORMAT csv, HEADER true)`)),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { rows: counted } = await client.query(`SELECT count(*)::int AS n FROM people_raw`);
    if (counted[0].n !== rows) throw new Error(`COPY loaded ${counted[0].n} rows, expected ${rows}`);
    await client.query(`DROP TABLE people_raw`);
    return rows / seconds;
  } finally {
    await client.end();
  }
}

export async function importFeed(
  databaseUrl: string,
  file: string,
  batchSize: number,
): Promise<ImportSummary & { cpuMs: number }> {
  const session = await openPersonImport(databaseUrl);
  const progress = new ImportProgressReporter();
  // This process's CPU time (the importer's share; PostgreSQL's is not in it): steadier than the rate on a busy machine.
  const cpu = process.cpuUsage();
  try {
    const summary = await session.importer.importFiles([file], {
      batchSize,
      onProgress: (update) => progress.update(update),
      onRejected: (row) => {
        throw new Error(`generated row refused: ${row.file}:${row.line}: ${row.code}: ${row.reason}`);
      },
    });
    progress.break();
    const used = process.cpuUsage(cpu);
    return { ...summary, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    await session.close();
  }
}

/**
 * The bench measures the import, not the relay (bench:outbox does): the events are dropped from the relay's queue
 * before the subgraph starts again, so publishing them does not compete with the searches timed next.
 */
export async function dropPendingEvents(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM outbox_message`);
    await client.query(`TRUNCATE outbox_pending`);
    await client.query(`VACUUM ANALYZE`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const PEOPLE = `query People($filter: PeopleFilter, $first: Int) {
  people(filter: $filter, first: $first) {
    edges { cursor node { id staffNumber givenName familyName grade departmentCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** What workforce planners and HR ask at this size: narrow and broad filters, skills, names, mobility. */
const SEARCHES: { who: Identity; filter: Record<string, unknown> }[] = [
  {
    who: testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' }),
    filter: { grades: ['G7', 'G6'], profession: 'Digital, Data and Technology' },
  },
  {
    who: testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' }),
    filter: { departmentCodes: ['DWP'], grades: ['EO'] },
  },
  {
    who: testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'CO', crossGovernment: true }),
    filter: { skills: [{ skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', minimumLevel: 'PRACTITIONER' }] },
  },
  {
    who: testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'CO', crossGovernment: true }),
    filter: { specialistTrackCode: 'GES.ECONOMICS', openToMove: true },
  },
  {
    who: testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'MOJ' }),
    filter: { name: 'amara smith' },
  },
  {
    who: testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' }),
    filter: { profession: 'Policy', grades: ['SEO'] },
  },
  {
    who: testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'DSIT' }),
    filter: {},
  },
];

export interface Latency {
  p50: number;
  p95: number;
  count: number;
  /** The same figures search by search, to see which filter costs the tail. */
  perSearch: { filter: string; who: string; p50: number; p95: number }[];
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/** people(filter) over HTTP at the subgraph, with a gateway-signed identity; one request at a time. */
export async function searchLatency(subgraph: PeopleSubgraph, rounds: number): Promise<Latency> {
  const headers = await Promise.all(SEARCHES.map(({ who }) => subgraph.keys.headersFor('people', who)));
  const once = async (index: number) => {
    const { filter } = SEARCHES[index % SEARCHES.length];
    const started = process.hrtime.bigint();
    const response = await graphqlRequest(
      subgraph.url,
      PEOPLE,
      { filter, first: 20 },
      headers[index % SEARCHES.length],
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.errors) throw new Error(`people(filter) failed: ${JSON.stringify(response.errors)}`);
    return ms;
  };
  for (let index = 0; index < SEARCHES.length * 3; index++) await once(index); // warm the caches and the plans
  const timings: number[] = [];
  const bySearch = SEARCHES.map(() => [] as number[]);
  for (let index = 0; index < rounds * SEARCHES.length; index++) {
    const ms = await once(index);
    timings.push(ms);
    bySearch[index % SEARCHES.length].push(ms);
  }
  timings.sort((a, b) => a - b);
  const perSearch = SEARCHES.map(({ who, filter }, index) => {
    const sorted = bySearch[index].sort((a, b) => a - b);
    const role = `${who.roles.join('+')}${who.crossGovernment ? ' (cross-government)' : ` ${who.departmentCode}`}`;
    return {
      filter: JSON.stringify(filter),
      who: role,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
    };
  });
  return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), count: timings.length, perSearch };
}
