import { ReallocationPlan } from './reallocation-plan.aggregate';

/** Persistence port for plans; the infrastructure layer implements it inside the open unit of work. */
export abstract class ReallocationPlanRepository {
  abstract add(plan: ReallocationPlan<unknown>): Promise<void>;
  /** Writes an approved plan and its moves' outcomes, only if the stored version is still `loadedVersion`. */
  abstract save(plan: ReallocationPlan<unknown>, loadedVersion: number): Promise<void>;
  /** `lock`: hold the row until the transaction ends (two planners approving at once: the second waits, then sees it). */
  abstract findById(id: string, options?: { lock?: boolean }): Promise<ReallocationPlan<unknown> | null>;
}
