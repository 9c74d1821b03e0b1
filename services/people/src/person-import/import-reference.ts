import { TenurePolicy } from '../person/domain/tenure.rule';
import {
  ReferenceDataCatalog,
  SpecialistTrackReference,
} from '../reference-data/application/reference-data.catalog';
import { ImportRowError, PersonImportRow } from './import-row';

/**
 * The catalogue as the import needs it: whole lists loaded once per run, skill and track codes looked up once per
 * batch for the codes the batch uses (the catalogue answers for many codes at once). Rows are then checked without I/O.
 */
export class ImportReference {
  private readonly unknownSkills = new Set<string>();
  private readonly knownSkills = new Set<string>();
  private readonly tracks = new Map<string, SpecialistTrackReference | null>();
  private readonly trackMonths = new Map<string, number>();
  readonly policy: TenurePolicy;

  private constructor(
    private readonly catalog: ReferenceDataCatalog,
    private readonly grades: ReadonlySet<string>,
    private readonly professions: ReadonlySet<string>,
    private readonly clearances: ReadonlySet<string>,
    gradeMonths: ReadonlyMap<string, number>,
    defaultMonths: number,
  ) {
    this.policy = { defaultMonths, gradeMonths, trackMonths: this.trackMonths };
  }

  static async load(catalog: ReferenceDataCatalog, defaultMonths: number): Promise<ImportReference> {
    const grades = await catalog.grades();
    const gradeMonths = new Map<string, number>();
    for (const grade of grades)
      if (grade.minimumAssignmentMonths !== undefined)
        gradeMonths.set(grade.code, grade.minimumAssignmentMonths);
    return new ImportReference(
      catalog,
      new Set(grades.map((grade) => grade.code)),
      await catalog.professionNames(),
      new Set(await catalog.clearanceLevels()),
      gradeMonths,
      defaultMonths,
    );
  }

  /** Looks up, in one call per batch, the skill and track codes this process has not seen yet. */
  async prepare(rows: readonly PersonImportRow[]): Promise<void> {
    const skillCodes = new Set<string>();
    for (const row of rows) {
      for (const skill of row.skills) skillCodes.add(skill.skillCode);
      for (const code of row.skillsToDevelop) skillCodes.add(code);
    }
    const fresh = [...skillCodes].filter(
      (code) => !this.knownSkills.has(code) && !this.unknownSkills.has(code),
    );
    if (fresh.length > 0) {
      const unknown = new Set(await this.catalog.unknownSkillCodes(fresh));
      for (const code of fresh) (unknown.has(code) ? this.unknownSkills : this.knownSkills).add(code);
    }
    await this.prepareTracks(rows.map((row) => row.track?.code));
  }

  /** Tracks' minimum terms for the tenure policy: the rows' tracks, and those stored people are on now. */
  async prepareTracks(codes: readonly (string | undefined)[]): Promise<void> {
    for (const code of new Set(codes)) {
      if (code === undefined || this.tracks.has(code)) continue;
      const track = await this.catalog.specialistTrack(code);
      this.tracks.set(code, track);
      if (track) this.trackMonths.set(code, track.minimumAssignmentMonths);
    }
  }

  /** The catalogue's part of the rules: names and codes must be ones it holds. Call after prepare(). */
  check(row: PersonImportRow): void {
    const { grade, profession, securityClearance } = row.register;
    if (!this.grades.has(grade))
      throw new ImportRowError(
        'PERSON.UNKNOWN_GRADE',
        'grade',
        `grade '${grade}' is not a civil service grade`,
      );
    if (!this.professions.has(profession.trim()))
      throw new ImportRowError(
        'PERSON.UNKNOWN_PROFESSION',
        'profession',
        `profession '${profession.trim()}' is not a government profession`,
      );
    if (securityClearance !== undefined && !this.clearances.has(securityClearance))
      throw new ImportRowError(
        'PERSON.UNKNOWN_CLEARANCE',
        'security_clearance',
        `security clearance '${securityClearance}' is not one of ${[...this.clearances].join(', ')}`,
      );
    const unknownSkill = row.skills.find((skill) => this.unknownSkills.has(skill.skillCode));
    if (unknownSkill)
      throw new ImportRowError(
        'PERSON.UNKNOWN_SKILL',
        'skills',
        `skill ${unknownSkill.skillCode} is not in the skills library`,
      );
    const unknownToDevelop = row.skillsToDevelop.find((code) => this.unknownSkills.has(code));
    if (unknownToDevelop)
      throw new ImportRowError(
        'PERSON.UNKNOWN_SKILL',
        'skills_to_develop',
        `skill ${unknownToDevelop} is not in the skills library`,
      );
    if (row.track && !this.track(row.track.code))
      throw new ImportRowError(
        'PERSON.UNKNOWN_TRACK',
        'specialist_track_code',
        `specialist track ${row.track.code} does not exist`,
      );
  }

  track(code: string): SpecialistTrackReference | null {
    return this.tracks.get(code) ?? null;
  }
}
