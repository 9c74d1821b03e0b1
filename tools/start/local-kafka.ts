import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { StartError } from './start.error';

export interface LocalKafka {
  brokers: string;
  /** Only set when this start launched the broker: one that was already running is left running. */
  stop?: () => Promise<void>;
}

/** START_KAFKA=1: the single-node broker from infra/kafka/kafka.sh (Java, and Maven once to fetch its jars). */
export function startLocalKafka(repo: string): LocalKafka {
  const script = join(repo, 'infra/kafka/kafka.sh');
  const wasRunning = spawnSync('bash', [script, 'status'], { encoding: 'utf8' }).status === 0;
  const started = spawnSync('bash', [script, 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = (started.stdout ?? '').split('\n').find((text) => text.startsWith('KAFKA_BROKERS='));
  if (started.status !== 0 || !line) {
    throw new StartError(
      'START_KAFKA: infra/kafka/kafka.sh could not start the local broker (see above); or set KAFKA_BROKERS',
    );
  }
  const stop = async () => void spawnSync('bash', [script, 'stop'], { stdio: 'inherit' });
  return { brokers: line.slice('KAFKA_BROKERS='.length).trim(), stop: wasRunning ? undefined : stop };
}
