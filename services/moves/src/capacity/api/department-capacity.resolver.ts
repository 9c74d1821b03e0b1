import { Authorize, READ_CAPACITY } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor } from '@civil/platform';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DepartmentReference } from '../../move/api/department.reference';
import { CapacityReading, ReadCapacityHandler } from '../application/read-capacity/read-capacity.handler';
import { ReadCapacityQuery } from '../application/read-capacity/read-capacity.query';
import { CapacityArgs } from './capacity.inputs';
import { CapacityLineModel } from './capacity-line.model';

/** Department.capacity: every department of a request read in one query (a planner's list of departments). */
@Resolver(() => DepartmentReference)
export class DepartmentCapacityResolver {
  constructor(private readonly readCapacity: ReadCapacityHandler) {}

  @ResolveField(() => [CapacityLineModel], {
    description:
      'Capacity by profession x grade at `asOf` (today when absent), optionally for one profession, grade or location',
  })
  @Authorize(READ_CAPACITY, {
    resource: (_args: CapacityArgs, department: DepartmentReference) => ({ departmentCode: department.code }),
  })
  async capacity(
    @Parent() department: DepartmentReference,
    @Args() { asOf, profession, grade, location }: CapacityArgs,
    @Context() context: GraphQLContext,
  ) {
    const filter = {
      ...(asOf != null && { asOf }),
      ...(profession != null && { professions: [profession] }),
      ...(grade != null && { grades: [grade] }),
      ...(location != null && { location }),
    };
    const loader = loaderFor(
      context,
      `capacity:${JSON.stringify(filter)}`,
      () =>
        new BatchLoader<string, CapacityReading | undefined>(
          (codes) => this.readCapacity.execute(new ReadCapacityQuery(codes, filter)),
          undefined,
        ),
    );
    const reading = (await loader.load(department.code))!;
    return reading.lines.map((line) => CapacityLineModel.from(line, reading));
  }
}
