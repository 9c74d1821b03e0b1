import { IsInt, Max, Min } from 'class-validator';

/**
 * Minimum expected assignment for grades without a published minimum. 12 months is our policy default
 * (DOMAIN.md "Staying in post"), not a published rule, so it is configuration.
 */
export class TenureConfig {
  @IsInt()
  @Min(1)
  @Max(120)
  DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: number = 12;
}
