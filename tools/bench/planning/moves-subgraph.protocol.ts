/** Messages between the bench and the moves subgraph it runs in a child process. */
export interface MemoryPeaks {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export type ChildRequest =
  | { type: 'memory'; resetPeaks?: boolean }
  | { type: 'profile-start' }
  | { type: 'profile-stop' }
  | { type: 'stop' };

export interface MemoryReport {
  type: 'memory';
  now: NodeJS.MemoryUsage;
  /** Sampled since the last reset (or start). */
  peaks: MemoryPeaks;
  /** Sampled since start. */
  overallPeaks: MemoryPeaks;
  /** The kernel's high-water mark of resident memory over the whole process (getrusage). */
  maxRssBytes: number;
}

export type ChildReply =
  | { type: 'migrated' }
  | { type: 'listening'; url: string }
  | { type: 'failed'; message: string }
  | { type: 'profiling' }
  /** Milliseconds of CPU samples per part of the code (cpu-profile.ts). */
  | { type: 'profile'; shares: Record<string, number> }
  | MemoryReport;
