import { Authorize, CREATE_VACANCY, Identity, VIEW_VACANCY } from '@civil/auth';
import { BatchLoader, CurrentIdentity, denialOf, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { CreateVacancyCommand } from '../application/create-vacancy/create-vacancy.command';
import { CreateVacancyHandler } from '../application/create-vacancy/create-vacancy.handler';
import { GetPostCountsHandler } from '../application/get-post-counts/get-post-counts.handler';
import { GetPostCountsQuery } from '../application/get-post-counts/get-post-counts.query';
import { GetVacanciesByIdsHandler } from '../application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacanciesByIdsQuery } from '../application/get-vacancies-by-ids/get-vacancies-by-ids.query';
import { GetVacancyHandler } from '../application/get-vacancy/get-vacancy.handler';
import { GetVacancyQuery } from '../application/get-vacancy/get-vacancy.query';
import { CreateVacancyInput } from './create-vacancy.input';
import { VacancyArgs } from './vacancy.args';
import { AuditCreateVacancy } from './vacancy.audit';
import { toCreateProps } from './vacancy-inputs.mapper';
import { VacancyModel } from './vacancy.model';

const onVacancy = { resource: (_args: unknown, vacancy: VacancyModel) => vacancy };

@Resolver(() => VacancyModel)
export class VacancyResolver {
  constructor(
    private readonly createVacancyHandler: CreateVacancyHandler,
    private readonly getVacancyHandler: GetVacancyHandler,
    private readonly getVacanciesByIdsHandler: GetVacanciesByIdsHandler,
    private readonly getPostCountsHandler: GetPostCountsHandler,
  ) {}

  @Mutation(() => VacancyModel, {
    description: 'Drafts a vacancy; publishVacancy opens it once it is complete',
  })
  @Authorize(CREATE_VACANCY, { resource: (args: { input: CreateVacancyInput }) => args.input })
  @AuditCreateVacancy()
  async createVacancy(
    @Args('input', { type: () => CreateVacancyInput }) input: CreateVacancyInput,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new CreateVacancyCommand(toCreateProps(input), identity.personId, traceId);
    return VacancyModel.from(await this.createVacancyHandler.execute(command));
  }

  @Query(() => VacancyModel)
  @Authorize(VIEW_VACANCY, { resource: 'record' })
  async vacancy(@Args() { id }: VacancyArgs, @CurrentIdentity() identity: Identity) {
    return VacancyModel.from(await this.getVacancyHandler.execute(new GetVacancyQuery(id, identity)));
  }

  @ResolveField(() => Int, { description: 'Posts held for moves that have not started yet' })
  @Authorize(VIEW_VACANCY, onVacancy)
  async postsReserved(@Parent() vacancy: VacancyModel, @Context() context: GraphQLContext) {
    return (await this.countsOf(vacancy, context)).reserved;
  }

  @ResolveField(() => Int, { description: 'Posts filled by moves that started' })
  @Authorize(VIEW_VACANCY, onVacancy)
  async postsFilled(@Parent() vacancy: VacancyModel, @Context() context: GraphQLContext) {
    return (await this.countsOf(vacancy, context)).filled;
  }

  @ResolveField(() => Int, { description: 'Posts neither reserved nor filled' })
  @Authorize(VIEW_VACANCY, onVacancy)
  async postsLeft(@Parent() vacancy: VacancyModel, @Context() context: GraphQLContext) {
    const { reserved, filled } = await this.countsOf(vacancy, context);
    return Math.max(0, vacancy.posts - reserved - filled);
  }

  /** A vacancy another subgraph refers to: read under the same policy, and refused (FORBIDDEN) one by one. */
  @ResolveReference()
  @Authorize(VIEW_VACANCY, { resource: 'record' })
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext) {
    const vacancy = await loaderFor(context, 'vacancies', () => this.vacanciesLoader(context.identity)).load(
      reference.id,
    );
    if (vacancy instanceof Error) throw vacancy;
    return vacancy;
  }

  private countsOf(vacancy: VacancyModel, context: GraphQLContext) {
    return loaderFor(context, 'vacancyPostCounts', () => this.countsLoader()).load(vacancy.id);
  }

  private countsLoader() {
    return new BatchLoader(
      (ids: string[]) => this.getPostCountsHandler.execute(new GetPostCountsQuery(ids)),
      { reserved: 0, filled: 0 },
    );
  }

  private vacanciesLoader(identity: Identity) {
    return new BatchLoader<string, VacancyModel | Error | null>(async (ids) => {
      const found = await this.getVacanciesByIdsHandler.execute(new GetVacanciesByIdsQuery(ids));
      return new Map(
        ids.map((id, index) => {
          const vacancy = found[index];
          return [id, vacancy && (denialOf(VIEW_VACANCY, identity, vacancy) ?? VacancyModel.from(vacancy))];
        }),
      );
    }, null);
  }
}
