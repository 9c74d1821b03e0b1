import { Authorize, READ_DEPARTMENT, READ_ESTABLISHMENT } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor, NotFoundError } from '@civil/platform';
import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { FindDepartmentsHandler } from '../application/find-departments/find-departments.handler';
import { FindDepartmentsQuery } from '../application/find-departments/find-departments.query';
import { GetDepartmentsByCodesHandler } from '../application/get-departments-by-codes/get-departments-by-codes.handler';
import { GetDepartmentsByCodesQuery } from '../application/get-departments-by-codes/get-departments-by-codes.query';
import {
  Establishment,
  ReadEstablishmentHandler,
} from '../application/read-establishment/read-establishment.handler';
import { ReadEstablishmentQuery } from '../application/read-establishment/read-establishment.query';
import { Department } from '../domain/department';
import { DepartmentArgs, DepartmentsArgs, EstablishmentArgs } from './department.inputs';
import { DepartmentModel, EstablishmentModel } from './department.model';

/** Departments and what vacancies knows of them. Lookups by code are batched per request (parents, `_entities`). */
@Resolver(() => DepartmentModel)
export class DepartmentResolver {
  constructor(
    private readonly findDepartments: FindDepartmentsHandler,
    private readonly departmentsByCodes: GetDepartmentsByCodesHandler,
    private readonly readEstablishment: ReadEstablishmentHandler,
  ) {}

  @Query(() => [DepartmentModel], { description: 'By name' })
  @Authorize(READ_DEPARTMENT)
  async departments(@Args() { type, search }: DepartmentsArgs) {
    const query = new FindDepartmentsQuery({ type: type ?? undefined, search: search ?? undefined });
    return (await this.findDepartments.execute(query)).map(DepartmentModel.from);
  }

  @Query(() => DepartmentModel)
  @Authorize(READ_DEPARTMENT)
  async department(@Args() { code }: DepartmentArgs, @Context() context: GraphQLContext) {
    const department = await this.byCode(context).load(code);
    if (!department) throw new NotFoundError('Department', code);
    return DepartmentModel.from(department);
  }

  /** An unknown code resolves to null: the other subgraph named an organisation vacancies does not know. */
  @ResolveReference()
  @Authorize(READ_DEPARTMENT)
  async resolveReference(@Parent() reference: { code: string }, @Context() context: GraphQLContext) {
    const department = await this.byCode(context).load(reference.code);
    return department && DepartmentModel.from(department);
  }

  @ResolveField(() => DepartmentModel, { nullable: true, description: 'The organisation it reports to' })
  @Authorize(READ_DEPARTMENT)
  async parent(@Parent() department: DepartmentModel, @Context() context: GraphQLContext) {
    if (department.parentCode === null) return null;
    const parent = await this.byCode(context).load(department.parentCode);
    return parent && DepartmentModel.from(parent);
  }

  @ResolveField(() => [DepartmentModel], { description: 'The organisations that report to it, by name' })
  @Authorize(READ_DEPARTMENT)
  async children(@Parent() department: DepartmentModel, @Context() context: GraphQLContext) {
    const loader = loaderFor(
      context,
      'department-children',
      () =>
        new BatchLoader<string, Department[]>(
          (codes) => this.departmentsByCodes.children(new GetDepartmentsByCodesQuery(codes)),
          [],
        ),
    );
    return (await loader.load(department.code)).map(DepartmentModel.from);
  }

  @ResolveField(() => EstablishmentModel, {
    description:
      'Funded posts in force at `asOf` (today when absent), optionally for one profession or grade',
  })
  @Authorize(READ_ESTABLISHMENT, {
    resource: (_args: EstablishmentArgs, department: DepartmentModel) => ({
      departmentCode: department.code,
    }),
  })
  async establishment(
    @Parent() department: DepartmentModel,
    @Args() { asOf, profession, grade }: EstablishmentArgs,
    @Context() context: GraphQLContext,
  ) {
    const filter = { ...(profession != null && { profession }), ...(grade != null && { grade }) };
    const loader = loaderFor(
      context,
      `establishment:${JSON.stringify([asOf, filter])}`,
      () =>
        new BatchLoader<string, Establishment | null>(
          (codes) =>
            this.readEstablishment.execute(new ReadEstablishmentQuery(codes, asOf ?? undefined, filter)),
          null,
        ),
    );
    return EstablishmentModel.from((await loader.load(department.code))!);
  }

  private byCode(context: GraphQLContext) {
    return loaderFor(
      context,
      'departments-by-code',
      () =>
        new BatchLoader<string, Department | null>(
          (codes) => this.departmentsByCodes.execute(new GetDepartmentsByCodesQuery(codes)),
          null,
        ),
    );
  }
}
