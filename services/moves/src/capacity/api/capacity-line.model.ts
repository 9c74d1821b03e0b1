import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { CapacityFigures } from '../application/capacity.reader';

/** One department x profession x grade at a date (DOMAIN.md, "Capacity"), every figure in FTE. */
@ObjectType('CapacityLine', {
  registerIn: () => MovesSchemaScope,
  description:
    'Capacity of one department x profession x grade at a date, in FTE; `behind` lists what each figure counts',
})
export class CapacityLineModel {
  @Field(() => String)
  departmentCode: string;

  @Field(() => String)
  profession: string;

  @Field(() => String, { description: 'AA ... SCS4' })
  grade: string;

  @Field(() => String, { description: 'The date the line is read at (YYYY-MM-DD)' })
  asOf: string;

  @Field(() => String, { nullable: true, description: 'The location the people were counted at, when asked' })
  location?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Funded posts in force at the date; null at a location (posts are not held by location)',
  })
  establishment: number | null;

  @Field(() => Float, { description: 'People whose substantive post it is at the date, away or not' })
  substantive: number;

  @Field(() => Float, { description: 'Of those, away on loan or secondment at the date' })
  away: number;

  @Field(() => Float, { description: 'Here from elsewhere on loan or secondment in at the date' })
  hereOnLoanOrSecondment: number;

  @Field(() => Float, { description: 'substantive - away + hereOnLoanOrSecondment' })
  inPost: number;

  @Field(() => Float, { description: 'Agreed moves not started that start here between today and the date' })
  incoming: number;

  @Field(() => Float, { description: 'Agreed moves not started that leave here between today and the date' })
  outgoing: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Posts of open vacancies neither reserved nor filled; null at a location',
  })
  openPosts: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'establishment - inPost: positive is a shortfall; null at a location',
  })
  gap: number | null;

  @Field(() => Int, {
    description: 'Specialists on a track in post here, inside their minimum expected assignment',
  })
  specialistsInsideMinimumTerm: number;

  @Field(() => Int, {
    description: 'Specialists on a track in post here, past their minimum expected assignment',
  })
  specialistsPastMinimumTerm: number;

  /** The day incoming and outgoing count from: a drill-down reads the line again as it was read. */
  today: string;

  static from(
    line: CapacityFigures,
    reading: { asOf: string; today: string; location?: string },
  ): CapacityLineModel {
    const atLocation = reading.location !== undefined;
    return Object.assign(new CapacityLineModel(), {
      ...line,
      asOf: reading.asOf,
      today: reading.today,
      location: reading.location,
      establishment: atLocation ? null : line.establishment,
      openPosts: atLocation ? null : line.openPosts,
      gap: atLocation ? null : line.gap,
    });
  }
}
