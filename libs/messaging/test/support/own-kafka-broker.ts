import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = resolve(__dirname, '../../../../infra/kafka/kafka.sh');

/**
 * A broker only this test uses, so it may stop it. It shares the jar cache with the shared broker and comes back
 * on the same port with its data, as a real broker does after an outage.
 */
export class OwnKafkaBroker {
  private constructor(
    private readonly home: string,
    readonly brokers: string[],
  ) {}

  static async start(): Promise<OwnKafkaBroker> {
    const home = await mkdtemp(join(tmpdir(), 'kafka-outage-'));
    const output = await OwnKafkaBroker.kafkaSh(home, 'start');
    const line = output.split('\n').find((candidate) => candidate.startsWith('KAFKA_BROKERS='));
    if (!line) throw new Error(`kafka.sh start printed no KAFKA_BROKERS line:\n${output}`);
    return new OwnKafkaBroker(home, line.slice('KAFKA_BROKERS='.length).trim().split(','));
  }

  stop(): Promise<string> {
    return OwnKafkaBroker.kafkaSh(this.home, 'stop');
  }

  restart(): Promise<string> {
    return OwnKafkaBroker.kafkaSh(this.home, 'restart');
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    await rm(this.home, { recursive: true, force: true });
  }

  private static async kafkaSh(home: string, command: string): Promise<string> {
    const { stdout } = await run('bash', [script, command], {
      env: { ...process.env, KAFKA_HOME: home },
      timeout: 90_000,
    });
    return stdout;
  }
}
