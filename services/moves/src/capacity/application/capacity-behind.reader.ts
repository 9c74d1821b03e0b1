import { MoveSnapshot } from '../../move/domain/move.aggregate';
import { CapacityLineKey } from '../domain/capacity.types';

/** The figures of a line that can be drilled into; gap drills into IN_POST (and the funded posts on the line). */
export const CAPACITY_FIGURES = [
  'SUBSTANTIVE',
  'AWAY',
  'HERE_ON_LOAN_OR_SECONDMENT',
  'IN_POST',
  'INCOMING',
  'OUTGOING',
  'OPEN_POSTS',
  'SPECIALISTS_INSIDE_MINIMUM_TERM',
  'SPECIALISTS_PAST_MINIMUM_TERM',
] as const;
export type CapacityFigure = (typeof CAPACITY_FIGURES)[number];

export interface CapacityBehindQuery {
  line: CapacityLineKey;
  figure: CapacityFigure;
  asOf: string;
  today: string;
  location?: string;
  first: number;
  /** The last entry's key of the previous page. */
  after?: string;
}

/**
 * One entry behind a figure: a person (with the move that puts them there, when one does), a move (incoming,
 * outgoing) or a vacancy (open posts). The entries' FTE add up to the figure exactly; specialists count entries.
 */
export interface CapacityBehindEntry {
  key: string;
  personId?: string;
  moveId?: string;
  vacancyId?: string;
  fte: number;
}

export abstract class CapacityBehindReader {
  /** In key order, up to `first` (the caller asks one more to learn whether there is a next page). */
  abstract behind(query: CapacityBehindQuery): Promise<CapacityBehindEntry[]>;
  /** The moves behind a page of entries, in one read. */
  abstract moves(ids: readonly string[]): Promise<MoveSnapshot[]>;
}
