import { Injectable } from '@nestjs/common';
import { capacityDate } from '../../domain/capacity-dates.rules';
import { CapacityFigures, CapacityReader } from '../capacity.reader';
import { CapacityDay } from '../capacity-day';
import { ReadCapacityQuery } from './read-capacity.query';

/** Where the lines were read: what a drill-down into one of them must read again. */
export interface CapacityReading {
  asOf: string;
  today: string;
  location?: string;
  lines: CapacityFigures[];
}

/** Each department's lines, in one read for all of them; a department nothing is known of has none. */
@Injectable()
export class ReadCapacityHandler {
  constructor(
    private readonly reader: CapacityReader,
    private readonly day: CapacityDay,
  ) {}

  async execute({ departmentCodes, filter }: ReadCapacityQuery): Promise<Map<string, CapacityReading>> {
    const today = this.day.today();
    const asOf = capacityDate(filter.asOf, today);
    const { professions, grades, location } = filter;
    const lines = await this.reader.lines({
      asOf,
      today,
      departments: departmentCodes,
      ...(professions && { professions }),
      ...(grades && { grades }),
      ...(location !== undefined && { location }),
    });
    const readings = new Map<string, CapacityReading>(
      departmentCodes.map((code) => [code, { asOf, today, location, lines: [] }]),
    );
    for (const line of lines) readings.get(line.departmentCode)?.lines.push(line);
    return readings;
  }
}
