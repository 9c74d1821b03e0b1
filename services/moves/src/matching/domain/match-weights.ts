/**
 * The most points each component of a match can earn, in thousandths of the score. They add up to 1000, so a perfect
 * match scores 1.000; every component's points are whole thousandths, so the score is exactly their sum (README, "How
 * matches are ranked"). Skills weigh most: they are what the hiring department assesses first. `grade` is earned by
 * every match (a match needs a grade fit), which keeps every score above zero.
 */
export const MATCH_WEIGHTS = {
  skills: 400,
  grade: 100,
  profession: 100,
  specialism: 50,
  location: 100,
  eligibility: 100,
  moveKind: 50,
  department: 50,
  development: 50,
} as const;

export type MatchComponent = keyof typeof MATCH_WEIGHTS;

/** An essential skill counts twice a desirable one: it is a must in the sift, a desirable one a tie-breaker. */
export const ESSENTIAL_SKILL_WEIGHT = 2;
export const DESIRABLE_SKILL_WEIGHT = 1;

/** A skill held below the level asked earns half its credit per level short; one not held earns nothing. */
export const CREDIT_PER_LEVEL_SHORT = 0.5;

/** How a location fits, as a share of the location points. Moving home to a place they want beats staying put. */
export const LOCATION_CREDIT = { WANTED_LOCATION: 1, SAME_LOCATION: 0.8, REMOTE: 0.6, ELSEWHERE: 0 } as const;

/** A preference the person stated and the opportunity meets earns all; no stated preference (or their own department) half. */
export const PREFERENCE_CREDIT = { WANTED: 1, NO_PREFERENCE: 0.5, OTHER: 0 } as const;

/** Eligibility points fall linearly from all (free to move today) to none at this many days of waiting. */
export const ELIGIBILITY_HORIZON_DAYS = 365;
