import { Authorize, READ_VACANCY } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor } from '@civil/platform';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FindKnownVacanciesHandler } from '../application/find-known-vacancies/find-known-vacancies.handler';
import { FindKnownVacanciesQuery } from '../application/find-known-vacancies/find-known-vacancies.query';
import { VacancyReference } from './vacancy.reference';

/** Moves' fields on Vacancy, resolved in one batch per request. */
@Resolver(() => VacancyReference)
export class VacancyMovesResolver {
  constructor(private readonly findKnownVacancies: FindKnownVacanciesHandler) {}

  @ResolveField(() => Boolean, {
    description: 'Whether moves has taken in this vacancy from the vacancy events yet.',
  })
  @Authorize(READ_VACANCY)
  knownToMoves(@Parent() vacancy: VacancyReference, @Context() context: GraphQLContext): Promise<boolean> {
    return loaderFor(context, 'knownVacancies', () => this.loader()).load(vacancy.id);
  }

  private loader() {
    return new BatchLoader<string, boolean>(async (ids) => {
      const known = await this.findKnownVacancies.execute(new FindKnownVacanciesQuery(ids));
      return new Map(ids.map((id) => [id, known.has(id)]));
    }, false);
  }
}
