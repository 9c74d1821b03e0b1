import { Field, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { MoveModel } from '../../move/api/move.model';
import { CapacityForecastMonth } from '../application/capacity-forecast/capacity-forecast.handler';
import { CapacityLineModel } from './capacity-line.model';
import { CapacityTotalsModel } from './department-capacity.model';

@ObjectType('CapacityForecastMonth', {
  registerIn: () => MovesSchemaScope,
  description:
    "A department's capacity at the start of a month, and the moves that change it during the month",
})
export class CapacityForecastMonthModel extends CapacityTotalsModel {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => String, {
    description: 'The date the figures are read at: today for this month, else the 1st',
  })
  startsOn: string;

  @Field(() => String, { description: 'The next month’s first day' })
  endsBefore: string;

  @Field(() => [CapacityLineModel])
  lines: CapacityLineModel[];

  @Field(() => [MoveModel], {
    description:
      'Agreed moves into or out of the department that start in the month (short assignments change nothing)',
  })
  starting: MoveModel[];

  @Field(() => [MoveModel], {
    description:
      'Loans and secondments into or out of the department that end in the month: people return home',
  })
  ending: MoveModel[];

  static from(month: CapacityForecastMonth): CapacityForecastMonthModel {
    const { departmentCode: _departmentCode, ...totals } = month.totals;
    return Object.assign(new CapacityForecastMonthModel(), {
      ...totals,
      month: month.month,
      startsOn: month.startsOn,
      endsBefore: month.endsBefore,
      lines: month.lines.map((line) =>
        CapacityLineModel.from(line, { asOf: month.startsOn, today: month.today }),
      ),
      starting: month.starting.map(MoveModel.from),
      ending: month.ending.map(MoveModel.from),
    });
  }
}
