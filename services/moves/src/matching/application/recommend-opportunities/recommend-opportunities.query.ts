/** The best open vacancies for a person, best first (README, "How matches are ranked"). */
export class RecommendOpportunitiesQuery {
  constructor(
    readonly personId: string,
    readonly first: number,
  ) {}
}
