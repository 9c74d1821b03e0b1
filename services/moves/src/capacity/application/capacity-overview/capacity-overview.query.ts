import type { Identity } from '@civil/auth';

export interface CapacityOverviewFilter {
  departments?: readonly string[];
  professions?: readonly string[];
  grades?: readonly string[];
}

/** capacityOverview: departments ranked by gap, within what the caller may read. */
export class CapacityOverviewQuery {
  constructor(
    readonly identity: Identity,
    readonly filter: CapacityOverviewFilter,
    readonly asOf?: string,
    readonly first?: number,
  ) {}
}
