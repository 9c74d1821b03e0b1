import type { Clock } from '@civil/messaging';
import { CachedReferenceDataCatalog } from '../application/cached-reference-data.catalog';
import {
  ReferenceDataChange,
  ReferenceDataSnapshot,
  ReferenceDataStore,
} from '../application/reference-data.store';
import { Profession, Skill, SpecialistTrack } from '../domain/reference-data.types';
import { REFERENCE_DATA_SEED } from '../infrastructure/seed';

/** The seeded reference data in memory, for handler specs here and in other modules (no I/O). */
export class InMemoryReferenceDataStore extends ReferenceDataStore {
  readonly data: ReferenceDataSnapshot = structuredClone({ version: 1, ...REFERENCE_DATA_SEED });
  readonly changes: (ReferenceDataChange & { version: number })[] = [];
  loads = 0;

  async load(): Promise<ReferenceDataSnapshot> {
    this.loads++;
    return structuredClone(this.data);
  }
  async version(): Promise<number> {
    return this.data.version;
  }
  async knownSkillCodes(codes: readonly string[]): Promise<string[]> {
    return codes.filter((code) => this.data.skills.some((skill) => skill.code === code));
  }
  async findSpecialistTrack(code: string): Promise<SpecialistTrack | null> {
    return structuredClone(this.data.specialistTracks.find((track) => track.code === code) ?? null);
  }
  async addProfession(profession: Profession): Promise<boolean> {
    const name = profession.name.toLowerCase();
    if (this.data.professions.some((existing) => existing.name.toLowerCase() === name)) return false;
    this.data.professions.push(profession);
    return true;
  }
  async addSkill(skill: Skill): Promise<boolean> {
    if (this.data.skills.some((existing) => existing.code === skill.code)) return false;
    this.data.skills.push(skill);
    return true;
  }
  async addSpecialistTrack(track: SpecialistTrack): Promise<boolean> {
    if (this.data.specialistTracks.some((existing) => existing.code === track.code)) return false;
    this.data.specialistTracks.push(track);
    return true;
  }
  async updateSpecialistTrack(track: SpecialistTrack): Promise<void> {
    const index = this.data.specialistTracks.findIndex((existing) => existing.code === track.code);
    this.data.specialistTracks[index] = track;
  }
  async recordChange(change: ReferenceDataChange): Promise<number> {
    this.data.version++;
    this.changes.push({ ...change, version: this.data.version });
    return this.data.version;
  }
}

/** A ReferenceDataCatalog holding the seeds, for specs of code that depends on the catalogue. */
export function inMemoryReferenceDataCatalog(
  clock: Clock = { now: () => new Date() },
  store = new InMemoryReferenceDataStore(),
): CachedReferenceDataCatalog {
  return new CachedReferenceDataCatalog(store, clock);
}
