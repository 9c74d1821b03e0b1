import { CapacityLine } from '../domain/capacity.types';

/** Which capacity lines to read: every filter is optional (absent = all), dates are ISO days. */
export interface CapacityQuery {
  asOf: string;
  /** The clock's day: moves agreed but not started by today are incoming / outgoing. */
  today: string;
  departments?: readonly string[];
  professions?: readonly string[];
  grades?: readonly string[];
  location?: string;
}

/** A capacity line's figures without the ids behind them (drill-down is asked for separately, paged). */
export type CapacityFigures = Omit<CapacityLine, 'behind'>;

/**
 * Capacity as the definition in capacity.rules.ts computes it, read set-based from the read models; the property
 * test holds the two equal line for line.
 */
export abstract class CapacityReader {
  abstract lines(query: CapacityQuery): Promise<CapacityFigures[]>;
}
