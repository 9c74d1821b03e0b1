import { MoveSnapshot } from '../../move/domain/move.aggregate';
import { CapacityFigures, CapacityQuery } from './capacity.reader';

/** The capacity lines at several dates at once, read like CapacityReader.lines at each (one pass for a forecast). */
export interface CapacityOnDatesQuery extends Omit<CapacityQuery, 'asOf'> {
  dates: readonly string[];
}

/** Moves that change a department's figures between two dates (`from` included, `before` not), in date order. */
export interface CapacityChangesQuery {
  departmentCode: string;
  from: string;
  before: string;
  professions?: readonly string[];
  grades?: readonly string[];
}

export interface CapacityChanges {
  /** Agreed moves, not started, that start in the window into or out of the department. */
  starting: MoveSnapshot[];
  /** Agreed loans and secondments that end in the window: people return home, hosts lose them. */
  ending: MoveSnapshot[];
}

export abstract class CapacityForecastReader {
  /** Lines keyed by date (YYYY-MM-DD). */
  abstract linesOn(query: CapacityOnDatesQuery): Promise<Map<string, CapacityFigures[]>>;
  abstract changes(query: CapacityChangesQuery): Promise<CapacityChanges>;
}
