import { Authorize, READ_CAPACITY } from '@civil/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CapacityForecastHandler } from '../application/capacity-forecast/capacity-forecast.handler';
import { CapacityForecastQuery } from '../application/capacity-forecast/capacity-forecast.query';
import { CapacityForecastArgs } from './capacity.inputs';
import { CapacityForecastMonthModel } from './capacity-forecast.model';

@Resolver()
export class CapacityForecastResolver {
  constructor(private readonly forecast: CapacityForecastHandler) {}

  @Query(() => [CapacityForecastMonthModel], {
    description:
      "A department's capacity at the start of each of the next `months` months (1 to 12; the first from today), with the moves starting and ending in each",
  })
  @Authorize(READ_CAPACITY, {
    resource: (args: CapacityForecastArgs) => ({ departmentCode: args.department }),
  })
  async capacityForecast(@Args() { department, months, profession, grade }: CapacityForecastArgs) {
    const query = new CapacityForecastQuery(department, months, profession ?? undefined, grade ?? undefined);
    return (await this.forecast.execute(query)).map(CapacityForecastMonthModel.from);
  }
}
