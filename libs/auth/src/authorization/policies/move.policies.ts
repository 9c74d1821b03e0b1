import { Policy } from '../policy';
import { anyone, departmentOrCrossGovernment, either, sameDepartment, self } from '../scope.rules';
import { homeOf, hostSideOf, MoveParties } from './move-parties';

const personOf = (move: MoveParties) => move.personId;
const homeOrHost = <R extends MoveParties>(rule: typeof departmentOrCrossGovernment) =>
  either<R>(rule(homeOf), rule(hostSideOf));

/**
 * `proposeMove`: a workforce planner reallocates staff (DOMAIN.md); a planner of either department, or a
 * cross-government one. The person still consents and both departments still agree.
 */
export const PROPOSE_MOVE = new Policy<MoveParties>('propose a move', {
  WORKFORCE_PLANNER: homeOrHost(departmentOrCrossGovernment),
});

/** `consentToMove`, `withdrawMove`: the person, and nobody on their behalf. */
export const ACT_AS_MOVING_PERSON = new Policy<MoveParties>('act on your own move', {
  EMPLOYEE: self(personOf),
});

/**
 * `agreeRelease`, `declineRelease`: the home department lets the person go (DOMAIN.md: line manager or home department
 * HR); its workforce planner may too.
 */
export const RELEASE_FOR_MOVE = new Policy<MoveParties>('release this person for a move', {
  HIRING_MANAGER: sameDepartment(homeOf),
  HR_ADMIN: departmentOrCrossGovernment(homeOf),
  WORKFORCE_PLANNER: departmentOrCrossGovernment(homeOf),
});

/** `acceptMove`, `declineMove`: the host department takes the person (its hiring manager or HR). */
export const ACCEPT_MOVE = new Policy<MoveParties>('accept this move into the department', {
  HIRING_MANAGER: sameDepartment(hostSideOf),
  HR_ADMIN: departmentOrCrossGovernment(hostSideOf),
});

/** `releaseTenureHold`: only a workforce planner (DOMAIN.md), with a written reason kept in the audit trail. */
export const RELEASE_TENURE_HOLD = new Policy<MoveParties>('release a tenure hold', {
  WORKFORCE_PLANNER: departmentOrCrossGovernment(homeOf),
});

/** `cancelMove`, `extendMove`, `makeMovePermanent`: HR or planners of either department. */
export const MANAGE_MOVE = new Policy<MoveParties>('manage this move', {
  HR_ADMIN: homeOrHost(departmentOrCrossGovernment),
  WORKFORCE_PLANNER: homeOrHost(departmentOrCrossGovernment),
});

/**
 * `move(id)` and its timeline: the person, and the people who act on it in either department; a department's systems
 * read their own department's moves.
 */
export const READ_MOVE = new Policy<MoveParties>('read this move', {
  EMPLOYEE: self(personOf),
  HIRING_MANAGER: either(sameDepartment(homeOf), sameDepartment(hostSideOf)),
  HR_ADMIN: homeOrHost(departmentOrCrossGovernment),
  WORKFORCE_PLANNER: homeOrHost(departmentOrCrossGovernment),
  SERVICE: either(sameDepartment(homeOf), sameDepartment(hostSideOf)),
});

/**
 * `moves(filter)`, `myMoves`, `approvalsQueue`: lists whose rows are filtered to what READ_MOVE admits (in SQL: see
 * services/moves move-scopes.ts), so every role may ask and each sees only its own part.
 */
export const LIST_MOVES = new Policy<void>('list moves', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
