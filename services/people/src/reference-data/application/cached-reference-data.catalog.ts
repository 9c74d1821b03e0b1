import type { Clock } from '@civil/messaging';
import { byRank } from '../domain/reference-data.rules';
import { Profession, Skill, SpecialistTrack } from '../domain/reference-data.types';
import { GradeReference, ReferenceDataCatalog, SpecialistTrackReference } from './reference-data.catalog';
import { ReferenceDataSnapshot, ReferenceDataStore } from './reference-data.store';
import { searchSkills, SkillSearch } from './search-skills';

/** How long a replica trusts its copy before asking the database whether the version moved. */
export const REFERENCE_DATA_TTL_MS = 30_000;

/**
 * The catalogue, held in memory per process: rules consult it on every registration and import row, and it changes a
 * few times a year. A change made through this process invalidates the copy at once, and until the copy shows that
 * change's version (its transaction commits after the handler returns, when the audit entry is written), each read
 * asks the database for the version first. Another replica's change is seen when the copy is older than the TTL (one
 * cheap `SELECT version` then, reloading only when it moved): up to 30 s of staleness across replicas, acceptable for
 * lists HR extends rarely. A skill code the copy does not know is checked against the database before it is called
 * unknown, so a new skill is usable at once on every replica.
 */
export class CachedReferenceDataCatalog extends ReferenceDataCatalog {
  private cached?: { snapshot: ReferenceDataSnapshot; checkedAt: number };
  private loading?: Promise<ReferenceDataSnapshot>;
  /** A version this process wrote and has not seen yet; forgotten after a TTL (its transaction may have rolled back). */
  private awaited?: { version: number; until: number };

  constructor(
    private readonly store: ReferenceDataStore,
    private readonly clock: Clock,
    private readonly ttlMs = REFERENCE_DATA_TTL_MS,
  ) {
    super();
  }

  /** After a change this process made (as `version`, when known): reads check the database until they see it. */
  invalidate(version?: number): void {
    this.cached = undefined;
    if (version !== undefined) this.awaited = { version, until: this.clock.now().getTime() + this.ttlMs };
  }

  async snapshot(): Promise<ReferenceDataSnapshot> {
    const now = this.clock.now().getTime();
    if (this.cached && now - this.cached.checkedAt < this.ttlMs && !this.awaiting(this.cached.snapshot, now))
      return this.cached.snapshot;
    this.loading ??= this.refresh(now).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private awaiting(snapshot: ReferenceDataSnapshot, now: number): boolean {
    if (!this.awaited) return false;
    if (snapshot.version >= this.awaited.version || now >= this.awaited.until) this.awaited = undefined;
    return this.awaited !== undefined;
  }

  private async refresh(now: number): Promise<ReferenceDataSnapshot> {
    const cached = this.cached;
    if (cached && (await this.store.version()) === cached.snapshot.version) {
      this.cached = { snapshot: cached.snapshot, checkedAt: now };
      return cached.snapshot;
    }
    const loaded = await this.store.load();
    const snapshot = {
      ...loaded,
      grades: byRank(loaded.grades),
      clearanceLevels: byRank(loaded.clearanceLevels),
    };
    this.cached = { snapshot, checkedAt: now };
    return snapshot;
  }

  /** Always from the database: a consumer asking whether the lists changed must not be told an old answer. */
  version(): Promise<number> {
    return this.store.version();
  }

  async grades(): Promise<readonly GradeReference[]> {
    return (await this.snapshot()).grades;
  }

  async professions(): Promise<readonly Profession[]> {
    return (await this.snapshot()).professions;
  }

  async professionNames(): Promise<ReadonlySet<string>> {
    return new Set((await this.snapshot()).professions.map((profession) => profession.name));
  }

  async skills(criteria: SkillSearch): Promise<Skill[]> {
    return searchSkills((await this.snapshot()).skills, criteria);
  }

  async unknownSkillCodes(codes: readonly string[]): Promise<string[]> {
    const known = new Set((await this.snapshot()).skills.map((skill) => skill.code));
    const missing = [...new Set(codes)].filter((code) => !known.has(code));
    if (missing.length === 0) return [];
    // Added since the copy was taken, perhaps by another replica.
    const added = new Set(await this.store.knownSkillCodes(missing));
    if (added.size > 0) this.invalidate();
    return missing.filter((code) => !added.has(code));
  }

  async clearanceLevels(): Promise<readonly string[]> {
    return (await this.snapshot()).clearanceLevels.map((level) => level.code);
  }

  async clearanceLevelDetails() {
    return (await this.snapshot()).clearanceLevels;
  }

  async specialistTracks(): Promise<readonly SpecialistTrack[]> {
    return (await this.snapshot()).specialistTracks;
  }

  async specialistTrack(code: string): Promise<SpecialistTrackReference | null> {
    return (await this.snapshot()).specialistTracks.find((track) => track.code === code) ?? null;
  }
}
