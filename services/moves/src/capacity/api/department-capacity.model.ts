import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { DepartmentReference } from '../../move/api/department.reference';
import { DepartmentFigures } from '../domain/capacity-overview.rules';
import { CapacityOverviewFilter } from '../application/capacity-overview/capacity-overview.query';

/** A department's (or a month's) figures: its lines summed. */
@ObjectType({ isAbstract: true })
export abstract class CapacityTotalsModel {
  @Field(() => Float, { description: 'Funded posts in force' })
  establishment: number;

  @Field(() => Float)
  substantive: number;

  @Field(() => Float)
  away: number;

  @Field(() => Float)
  hereOnLoanOrSecondment: number;

  @Field(() => Float)
  inPost: number;

  @Field(() => Float)
  incoming: number;

  @Field(() => Float)
  outgoing: number;

  @Field(() => Float)
  openPosts: number;

  @Field(() => Float, { description: 'establishment - inPost: positive is a shortfall' })
  gap: number;

  @Field(() => Int)
  specialistsInsideMinimumTerm: number;

  @Field(() => Int)
  specialistsPastMinimumTerm: number;
}

@ObjectType('DepartmentCapacity', {
  registerIn: () => MovesSchemaScope,
  description: "A department's capacity at a date: its lines summed",
})
export class DepartmentCapacityModel extends CapacityTotalsModel {
  @Field(() => String)
  departmentCode: string;

  @Field(() => DepartmentReference)
  department: DepartmentReference;

  @Field(() => String, { description: 'The date the figures are read at (YYYY-MM-DD)' })
  asOf: string;

  today: string;
  /** The overview's filter: its lines are read with it. */
  filter: CapacityOverviewFilter;

  static from(
    figures: DepartmentFigures,
    reading: { asOf: string; today: string; filter: CapacityOverviewFilter },
  ): DepartmentCapacityModel {
    return Object.assign(new DepartmentCapacityModel(), {
      ...figures,
      ...reading,
      department: Object.assign(new DepartmentReference(), { code: figures.departmentCode }),
    });
  }
}
