/**
 * A move as the move policies see it: whose it is and between which departments. `homeDepartmentCode` is absent for
 * an outside expert coming in, `hostDepartmentCode` for a secondment out to an outside organisation.
 */
export interface MoveParties {
  personId: string;
  homeDepartmentCode?: string;
  hostDepartmentCode?: string;
}

/** The department that answers for the host side: the host, or for a secondment out the home department itself. */
export const hostSideOf = (move: MoveParties) => move.hostDepartmentCode ?? move.homeDepartmentCode;
export const homeOf = (move: MoveParties) => move.homeDepartmentCode;
