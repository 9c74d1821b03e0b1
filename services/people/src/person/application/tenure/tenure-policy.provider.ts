import { Injectable } from '@nestjs/common';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { TenurePolicy } from '../../domain/tenure.rule';

/** The configured default minimum term (DEFAULT_MINIMUM_ASSIGNMENT_MONTHS), validated at start-up. */
export abstract class TenureSettings {
  abstract readonly defaultMinimumAssignmentMonths: number;
}

/** Gathers the figures the pure tenure rule needs from the reference data and configuration. */
@Injectable()
export class TenurePolicyProvider {
  constructor(
    private readonly catalog: ReferenceDataCatalog,
    private readonly settings: TenureSettings,
  ) {}

  /** The policy for people on any of `trackCodes` (unknown codes are simply absent: the grade or default applies). */
  async policyFor(trackCodes: readonly (string | undefined)[]): Promise<TenurePolicy> {
    const codes = [...new Set(trackCodes.filter((code): code is string => code !== undefined))];
    const [grades, tracks] = await Promise.all([
      this.catalog.grades(),
      Promise.all(codes.map((code) => this.catalog.specialistTrack(code))),
    ]);
    return {
      defaultMonths: this.settings.defaultMinimumAssignmentMonths,
      gradeMonths: new Map(
        grades.flatMap((grade) =>
          grade.minimumAssignmentMonths === undefined ? [] : [[grade.code, grade.minimumAssignmentMonths]],
        ),
      ),
      trackMonths: new Map(
        tracks.flatMap((track) => (track ? [[track.code, track.minimumAssignmentMonths]] : [])),
      ),
    };
  }
}
