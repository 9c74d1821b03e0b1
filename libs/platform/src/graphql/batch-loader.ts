import { GraphQLContext } from './graphql-context';

/**
 * Collects the keys asked for in one tick and loads them with one call: a federated `_entities` query for 100 people
 * becomes one SQL query instead of 100. One loader per request, so nothing is cached across users.
 */
export class BatchLoader<K, V> {
  private pending: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) process.nextTick(() => void this.flush());
      this.pending.push({ key, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const found = await this.loadMany([...new Set(batch.map((entry) => entry.key))]);
      for (const entry of batch)
        entry.resolve(found.has(entry.key) ? (found.get(entry.key) as V) : this.missing);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}

export function loaderFor<K, V>(
  context: GraphQLContext,
  name: string,
  create: () => BatchLoader<K, V>,
): BatchLoader<K, V> {
  let loader = context.loaders.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) context.loaders.set(name, (loader = create()));
  return loader;
}
