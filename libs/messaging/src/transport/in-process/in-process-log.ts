import { OutgoingMessage } from '../message-transport';
import { Deferred } from './deferred';

export interface StoredMessage {
  offset: number;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** FNV-1a: a stable key-to-partition mapping, which is all per-key ordering needs. */
export function partitionFor(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

/** One partition: an append-only array whose index is the offset, and a promise that settles on the next append. */
export class PartitionLog {
  readonly messages: StoredMessage[] = [];
  private nextAppend = new Deferred();

  append(message: OutgoingMessage): void {
    this.messages.push({
      offset: this.messages.length,
      key: message.key,
      value: message.value,
      headers: { ...(message.headers ?? {}) },
    });
  }

  /** Called once per publish, after all of its messages are in, so waiting consumers see the whole batch. */
  announce(): void {
    const appended = this.nextAppend;
    this.nextAppend = new Deferred();
    appended.resolve();
  }

  appended(): Promise<void> {
    return this.nextAppend.promise;
  }
}

/**
 * A topic kept in memory for the life of the process. Nothing is trimmed: a group that subscribes later from the
 * beginning must see every message, as it would on Kafka within retention. This is for the all-in-one developer
 * mode, never for production volumes.
 */
export class TopicLog {
  readonly partitions: PartitionLog[];

  constructor(
    readonly name: string,
    partitionCount: number,
  ) {
    this.partitions = Array.from({ length: partitionCount }, () => new PartitionLog());
  }

  append(messages: OutgoingMessage[]): void {
    const touched = new Set<PartitionLog>();
    for (const message of messages) {
      const partition = this.partitions[partitionFor(message.key, this.partitions.length)];
      partition.append(message);
      touched.add(partition);
    }
    for (const partition of touched) partition.announce();
  }
}
