import { Authorize, CREATE_VACANCY, READ_VACANCY } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import { Args, Context, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CreateVacancyCommand } from '../application/create-vacancy/create-vacancy.command';
import { CreateVacancyHandler } from '../application/create-vacancy/create-vacancy.handler';
import { GetVacanciesByIdsHandler } from '../application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacanciesByIdsQuery } from '../application/get-vacancies-by-ids/get-vacancies-by-ids.query';
import { GetVacancyHandler } from '../application/get-vacancy/get-vacancy.handler';
import { GetVacancyQuery } from '../application/get-vacancy/get-vacancy.query';
import { VacancySnapshot } from '../domain/vacancy.aggregate';
import { CreateVacancyInput } from './create-vacancy.input';
import { VacancyArgs } from './vacancy.args';
import { AuditCreateVacancy } from './vacancy.audit';
import { VacancyModel } from './vacancy.model';

@Resolver(() => VacancyModel)
export class VacancyResolver {
  constructor(
    private readonly createVacancyHandler: CreateVacancyHandler,
    private readonly getVacancyHandler: GetVacancyHandler,
    private readonly getVacanciesByIdsHandler: GetVacanciesByIdsHandler,
  ) {}

  @Mutation(() => VacancyModel)
  @Authorize(CREATE_VACANCY, { resource: (args: { input: CreateVacancyInput }) => args.input })
  @AuditCreateVacancy()
  async createVacancy(
    @Args('input', { type: () => CreateVacancyInput }) input: CreateVacancyInput,
    @TraceId() traceId: string,
  ) {
    return VacancyModel.from(
      await this.createVacancyHandler.execute(new CreateVacancyCommand(input, traceId)),
    );
  }

  @Query(() => VacancyModel)
  @Authorize(READ_VACANCY)
  async vacancy(@Args() { id }: VacancyArgs) {
    return VacancyModel.from(await this.getVacancyHandler.execute(new GetVacancyQuery(id)));
  }

  @ResolveReference()
  @Authorize(READ_VACANCY)
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext) {
    const vacancy = await loaderFor(context, 'vacancies', () => this.vacanciesLoader()).load(reference.id);
    return vacancy && VacancyModel.from(vacancy);
  }

  private vacanciesLoader() {
    return new BatchLoader<string, VacancySnapshot | null>(
      (ids) => this.getVacanciesByIdsHandler.execute(new GetVacanciesByIdsQuery(ids)),
      null,
    );
  }
}
