import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';

/** Vacancies owns Department; moves names it by key and adds the moves in and out of it. */
@ObjectType('Department', { registerIn: () => MovesSchemaScope })
@Directive('@key(fields: "code")')
export class DepartmentReference {
  @Field(() => String)
  code: string;
}
