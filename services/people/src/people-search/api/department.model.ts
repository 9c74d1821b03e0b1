import { Directive, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeopleSchemaScope } from '../../people-schema.scope';

/**
 * Vacancies owns Department (its name, type, parent and establishment). People contributes what it knows from its
 * people (`headcount`, `people`) and declares only the key, so both compose: key fields are shareable, and people can
 * resolve any department by its code, known to it or not.
 */
@ObjectType('Department', { registerIn: () => PeopleSchemaScope })
@Directive('@key(fields: "code")')
export class DepartmentModel {
  @Field(() => String, { description: 'Short code, e.g. HMRC' })
  code: string;

  static of(code: string): DepartmentModel {
    return Object.assign(new DepartmentModel(), { code });
  }
}

@ObjectType('Headcount', {
  registerIn: () => PeopleSchemaScope,
  description:
    "People on the department's books: ACTIVE, ON_LOAN and ON_SECONDMENT (away for now, coming back); not LEFT",
})
export class HeadcountModel {
  @Field(() => Int)
  people: number;

  @Field(() => Float, { description: 'Sum of their FTE' })
  fte: number;
}
