import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MOVE_COLUMNS, MoveRow, toSnapshot } from '../../move/infrastructure/move-row';
import { CapacityFigures, CapacityQuery, CapacityReader } from '../application/capacity.reader';
import { CapacityOverviewReader } from '../application/capacity-overview.reader';
import { DepartmentFigures } from '../domain/capacity-overview.rules';
import {
  CapacityChanges,
  CapacityChangesQuery,
  CapacityForecastReader,
  CapacityOnDatesQuery,
} from '../application/capacity-forecast.reader';
import { DEPARTMENTS_SQL, LINES_SQL } from './capacity.sql';

/** A department's figures as DEPARTMENTS_SQL returns them: hundredths of FTE as bigint text. */
interface FigureRow {
  department_code: string;
  as_of: string;
  substantive: string;
  away: string;
  here: string;
  incoming: string;
  outgoing: string;
  inside: string;
  past: string;
  establishment: string;
  open_posts: string;
}

/** A line as LINES_SQL returns it. */
interface LineRow extends FigureRow {
  profession: string;
  grade: string;
}

const orNull = (values: readonly string[] | undefined) => (values === undefined ? null : [...values]);

/** From hundredths to FTE, with the derived figures computed as capacity.rules.ts's inFte does. */
function toFigures(row: FigureRow): DepartmentFigures {
  const [substantive, away, here] = [Number(row.substantive), Number(row.away), Number(row.here)];
  const establishment = Number(row.establishment);
  const inPost = substantive - away + here;
  return {
    departmentCode: row.department_code,
    establishment: establishment / 100,
    substantive: substantive / 100,
    away: away / 100,
    hereOnLoanOrSecondment: here / 100,
    inPost: inPost / 100,
    incoming: Number(row.incoming) / 100,
    outgoing: Number(row.outgoing) / 100,
    openPosts: Number(row.open_posts) / 100,
    gap: (establishment - inPost) / 100,
    specialistsInsideMinimumTerm: Number(row.inside),
    specialistsPastMinimumTerm: Number(row.past),
  };
}

const toLine = (row: LineRow): CapacityFigures => ({
  ...toFigures(row),
  profession: row.profession,
  grade: row.grade,
});

const parameters = (query: CapacityOnDatesQuery) => [
  [...query.dates],
  query.today,
  orNull(query.departments),
  orNull(query.professions),
  orNull(query.grades),
  query.location ?? null,
];

const byKey = (a: CapacityFigures, b: CapacityFigures) =>
  a.departmentCode.localeCompare(b.departmentCode) ||
  a.profession.localeCompare(b.profession) ||
  a.grade.localeCompare(b.grade);

const CHANGE_FILTER = `
  (home_department_code = $1 OR host_department_code = $1)
  AND EXISTS (
    SELECT 1 FROM person_read_model p
    WHERE p.person_id = move.person_id AND p.status <> 'LEFT'
      AND ($4::text[] IS NULL OR p.profession = ANY($4::text[]))
      AND ($5::text[] IS NULL OR p.grade = ANY($5::text[]) OR move.grade = ANY($5::text[])))`;

@Injectable()
export class SqlCapacityReader
  extends CapacityReader
  implements CapacityForecastReader, CapacityOverviewReader
{
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async lines(query: CapacityQuery): Promise<CapacityFigures[]> {
    const { asOf, ...rest } = query;
    return (await this.linesOn({ ...rest, dates: [asOf] })).get(asOf) ?? [];
  }

  async linesOn(query: CapacityOnDatesQuery): Promise<Map<string, CapacityFigures[]>> {
    const rows: LineRow[] = await this.transactions.readManager().query(LINES_SQL, parameters(query));
    const byDate = new Map<string, CapacityFigures[]>(query.dates.map((date) => [date, []]));
    for (const row of rows) byDate.get(row.as_of)?.push(toLine(row));
    for (const lines of byDate.values()) lines.sort(byKey);
    return byDate;
  }

  async departments(query: CapacityQuery): Promise<DepartmentFigures[]> {
    const { asOf, ...rest } = query;
    const rows: FigureRow[] = await this.transactions
      .readManager()
      .query(DEPARTMENTS_SQL, parameters({ ...rest, dates: [asOf] }));
    return rows.map(toFigures);
  }

  async changes(query: CapacityChangesQuery): Promise<CapacityChanges> {
    const params = [
      query.departmentCode,
      query.from,
      query.before,
      orNull(query.professions),
      orNull(query.grades),
    ];
    const manager = this.transactions.readManager();
    // Short assignments change no figure (the person stays in post), so they are not changes.
    const starting: MoveRow[] = await manager.query(
      `SELECT ${MOVE_COLUMNS} FROM move
       WHERE status IN ('AGREED', 'SCHEDULED') AND kind <> 'SHORT_ASSIGNMENT'
         AND starts_on >= $2::date AND starts_on < $3::date AND ${CHANGE_FILTER}
       ORDER BY starts_on, id`,
      params,
    );
    const ending: MoveRow[] = await manager.query(
      `SELECT ${MOVE_COLUMNS} FROM move
       WHERE status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED')
         AND kind IN ('LOAN', 'SECONDMENT_OUT', 'SECONDMENT_IN')
         AND ends_on >= $2::date AND ends_on < $3::date AND ${CHANGE_FILTER}
       ORDER BY ends_on, id`,
      params,
    );
    return { starting: starting.map(toSnapshot), ending: ending.map(toSnapshot) };
  }
}
