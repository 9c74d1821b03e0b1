import { inScope, LineKey, PlanScope } from './plan-scope';
import { gapId, PlanOpportunity } from './plan-facts';

/** A capacity line's figures a plan reads at its target date (FTE). */
export interface GapLine extends LineKey {
  gap: number;
  openPosts: number;
}

/**
 * Capacity gaps as places a plan may fill: the shortfall at the target date not already advertised (open posts are
 * offered as their vacancies, so counting them here would fill the same funded post twice), in whole FTE.
 */
export function gapOpportunities(lines: readonly GapLine[], scope: PlanScope): PlanOpportunity[] {
  return lines.flatMap((line) => {
    // In hundredths: FTE figures have two decimals, and 0.1 + 0.2 is not 0.3 in floating point.
    const unadvertised = Math.round(line.gap * 100) - Math.round(line.openPosts * 100);
    const places = Math.floor(unadvertised / 100);
    if (places <= 0 || !inScope(scope, line)) return [];
    const key = { departmentCode: line.departmentCode, profession: line.profession, grade: line.grade };
    return [
      { ...key, opportunityId: gapId(key), source: 'GAP' as const, places, moveKinds: ['LEVEL_TRANSFER'] },
    ];
  });
}
