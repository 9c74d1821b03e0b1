/** How many posts of each vacancy are reserved and filled. */
export class GetPostCountsQuery {
  constructor(readonly vacancyIds: string[]) {}
}
