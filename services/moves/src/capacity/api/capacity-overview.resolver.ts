import { Authorize, Identity, READ_CAPACITY, READ_CAPACITY_OVERVIEW } from '@civil/auth';
import { BatchLoader, CurrentIdentity, GraphQLContext, loaderFor } from '@civil/platform';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CapacityOverviewHandler } from '../application/capacity-overview/capacity-overview.handler';
import { CapacityOverviewQuery } from '../application/capacity-overview/capacity-overview.query';
import { CapacityReading, ReadCapacityHandler } from '../application/read-capacity/read-capacity.handler';
import { ReadCapacityQuery } from '../application/read-capacity/read-capacity.query';
import { CapacityOverviewArgs } from './capacity.inputs';
import { CapacityLineModel } from './capacity-line.model';
import { DepartmentCapacityModel } from './department-capacity.model';

/** Planners' view across departments: the totals come from one query; each department's lines only when asked. */
@Resolver(() => DepartmentCapacityModel)
export class CapacityOverviewResolver {
  constructor(
    private readonly overview: CapacityOverviewHandler,
    private readonly capacity: ReadCapacityHandler,
  ) {}

  @Query(() => [DepartmentCapacityModel], {
    description:
      'Every department the caller may read (theirs, or all when cross-government), its lines summed, largest gap first',
  })
  @Authorize(READ_CAPACITY_OVERVIEW)
  async capacityOverview(
    @Args() { asOf, filter, first }: CapacityOverviewArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const overview = await this.overview.execute(
      new CapacityOverviewQuery(
        identity,
        {
          ...(filter?.departments != null && { departments: filter.departments }),
          ...(filter?.professions != null && { professions: filter.professions }),
          ...(filter?.grades != null && { grades: filter.grades }),
        },
        asOf ?? undefined,
        first ?? undefined,
      ),
    );
    return overview.departments.map((department) => DepartmentCapacityModel.from(department, overview));
  }

  @ResolveField(() => [CapacityLineModel], {
    description: "The department's lines, with the overview's filter (every department's in one query)",
  })
  @Authorize(READ_CAPACITY, {
    resource: (_args: unknown, department: DepartmentCapacityModel) => ({
      departmentCode: department.departmentCode,
    }),
  })
  async lines(@Parent() department: DepartmentCapacityModel, @Context() context: GraphQLContext) {
    const filter = { ...department.filter, asOf: department.asOf };
    const loader = loaderFor(
      context,
      `capacity-overview-lines:${JSON.stringify(filter)}`,
      () =>
        new BatchLoader<string, CapacityReading | undefined>(
          (codes) => this.capacity.execute(new ReadCapacityQuery(codes, filter)),
          undefined,
        ),
    );
    const reading = (await loader.load(department.departmentCode))!;
    return reading.lines.map((line) => CapacityLineModel.from(line, reading));
  }
}
