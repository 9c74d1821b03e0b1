import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DepartmentRuleViolation } from '../../domain/department.errors';
import { EstablishmentLine, isCalendarDate } from '../../domain/establishment';
import { EstablishmentStore } from '../establishment.store';
import { dateOf } from '../../../vacancy/domain/vacancy.rules';
import { ReadEstablishmentQuery } from './read-establishment.query';

export interface Establishment {
  departmentCode: string;
  asOf: string;
  lines: EstablishmentLine[];
  /** Sum of the lines' FTE, in hundredths. */
  totalFte: number;
}

/** Batched: the departments of one list or `_entities` call read their lines in one statement; each gets an entry. */
@Injectable()
export class ReadEstablishmentHandler {
  constructor(
    private readonly establishment: EstablishmentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: ReadEstablishmentQuery): Promise<Map<string, Establishment>> {
    const asOf = query.asOf ?? dateOf(this.clock.now());
    if (!isCalendarDate(asOf))
      throw new DepartmentRuleViolation(
        'ESTABLISHMENT.INVALID_DATE',
        'asOf',
        'asOf must be a calendar date (YYYY-MM-DD)',
      );
    const lines = await this.establishment.inForce(query.departmentCodes, asOf, query.filter);
    const byDepartment = new Map<string, EstablishmentLine[]>();
    for (const line of lines)
      byDepartment.set(line.departmentCode, [...(byDepartment.get(line.departmentCode) ?? []), line]);
    return new Map(
      query.departmentCodes.map((departmentCode) => {
        const own = byDepartment.get(departmentCode) ?? [];
        // Summed in hundredths, so 0.1 + 0.2 is 0.3.
        const hundredths = own.reduce((sum, line) => sum + Math.round(line.fte * 100), 0);
        return [departmentCode, { departmentCode, asOf, lines: own, totalFte: hundredths / 100 }];
      }),
    );
  }
}
