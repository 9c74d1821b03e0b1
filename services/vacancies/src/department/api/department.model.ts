import { Directive, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';
import { Department } from '../domain/department';
import { ORGANISATION_TYPES, OrganisationType as OrganisationTypeValue } from '../domain/organisation-type';
import { EstablishmentLine } from '../domain/establishment';
import { Establishment } from '../application/read-establishment/read-establishment.handler';

export const OrganisationType = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, type])) as Record<
  OrganisationTypeValue,
  OrganisationTypeValue
>;
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  registerIn: () => VacanciesSchemaScope,
  description: "gov.uk's classes of organisation, plus the devolved governments",
});

/**
 * Vacancies owns Department: it declares the key and resolves it for the other subgraphs (people adds `headcount` and
 * `people`). Scoped like people's declaration of the same type, so neither leaks into the other's schema.
 */
@ObjectType('Department', { registerIn: () => VacanciesSchemaScope })
@Directive('@key(fields: "code")')
export class DepartmentModel {
  @Field(() => String, { description: 'Short code, e.g. HMRC' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganisationType)
  type: OrganisationTypeValue;

  parentCode: string | null;

  static from(department: Department): DepartmentModel {
    return Object.assign(new DepartmentModel(), department);
  }
}

@ObjectType('EstablishmentLine', {
  registerIn: () => VacanciesSchemaScope,
  description: 'Funded posts for one profession x grade, in force from `effectiveFrom`',
})
export class EstablishmentLineModel {
  @Field(() => String)
  departmentCode: string;

  @Field(() => String)
  profession: string;

  @Field(() => String, { description: 'AA ... SCS4' })
  grade: string;

  @Field(() => Float, { description: 'Funded FTE, in hundredths' })
  fte: number;

  @Field(() => String, { description: 'ISO-8601 calendar date from which this value is in force' })
  effectiveFrom: string;

  static from(line: EstablishmentLine): EstablishmentLineModel {
    const { departmentCode, profession, grade, fte, effectiveFrom } = line;
    return Object.assign(new EstablishmentLineModel(), {
      departmentCode,
      profession,
      grade,
      fte,
      effectiveFrom,
    });
  }
}

@ObjectType('Establishment', {
  registerIn: () => VacanciesSchemaScope,
  description: "A department's funded posts at a date: every line in force then (ended lines are left out)",
})
export class EstablishmentModel {
  @Field(() => String, { description: 'ISO-8601 calendar date the lines are read at' })
  asOf: string;

  @Field(() => [EstablishmentLineModel], { description: 'By profession, then grade' })
  lines: EstablishmentLineModel[];

  @Field(() => Float, { description: 'Sum of the lines' })
  totalFte: number;

  static from(establishment: Establishment): EstablishmentModel {
    return Object.assign(new EstablishmentModel(), {
      asOf: establishment.asOf,
      lines: establishment.lines.map(EstablishmentLineModel.from),
      totalFte: establishment.totalFte,
    });
  }
}
