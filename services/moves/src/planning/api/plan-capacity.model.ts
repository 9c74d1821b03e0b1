import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { CapacityFigureValues, DepartmentCapacityEffect, LineEffect } from '../domain/capacity-effect';

@ObjectType('PlanCapacityFigures', {
  registerIn: () => MovesSchemaScope,
  description: "A capacity line's figures at the plan's target date, in FTE (see Department.capacity)",
})
export class PlanCapacityFiguresModel implements CapacityFigureValues {
  @Field(() => Float) establishment: number;
  @Field(() => Float) substantive: number;
  @Field(() => Float) away: number;
  @Field(() => Float) hereOnLoanOrSecondment: number;
  @Field(() => Float) inPost: number;
  @Field(() => Float) incoming: number;
  @Field(() => Float) outgoing: number;
  @Field(() => Float) openPosts: number;
  @Field(() => Float, { description: 'establishment - inPost; positive is a shortfall' })
  gap: number;
}

@ObjectType('PlanCapacityLine', { registerIn: () => MovesSchemaScope })
export class PlanCapacityLineModel {
  @Field(() => String) profession: string;
  @Field(() => String) grade: string;
  @Field(() => PlanCapacityFiguresModel) before: PlanCapacityFiguresModel;
  @Field(() => PlanCapacityFiguresModel, { description: "With the plan's moves made" })
  after: PlanCapacityFiguresModel;
  @Field(() => Int) movesIn: number;
  @Field(() => Int) movesOut: number;

  static from(line: LineEffect): PlanCapacityLineModel {
    return Object.assign(new PlanCapacityLineModel(), line);
  }
}

@ObjectType('DepartmentCapacityEffect', {
  registerIn: () => MovesSchemaScope,
  description:
    "A department a plan's moves leave or enter: its capacity lines in the plan's scope, before and after",
})
export class DepartmentCapacityEffectModel {
  @Field(() => String) departmentCode: string;
  @Field(() => Int) movesIn: number;
  @Field(() => Int) movesOut: number;
  @Field(() => [PlanCapacityLineModel]) lines: PlanCapacityLineModel[];

  static from(department: DepartmentCapacityEffect): DepartmentCapacityEffectModel {
    return Object.assign(new DepartmentCapacityEffectModel(), {
      ...department,
      lines: department.lines.map(PlanCapacityLineModel.from),
    });
  }
}
