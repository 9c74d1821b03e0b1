import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateEstablishment } from './establishment.generator';
import { GeneratedMove, MoveSprinkler } from './moves.generator';
import { csvCell, establishmentRow, moveRow, personRow, Row, vacancyRow } from './moves-read-model.rows';
import { GeneratedPerson } from './people.generator';
import { GeneratedVacancy } from './vacancies.generator';

export interface MovesReadModelsInput {
  /** Each with the person id moves will know them by (people's ids are not in the HR feed). */
  people: Iterable<{ personId: string; person: GeneratedPerson }>;
  vacancies: Iterable<GeneratedVacancy>;
  /** "Today" for the moves drawn: which have started, which are agreed for later. */
  today: string;
  seed: number;
}

export interface TableLoad {
  table: string;
  rows: number;
  seconds: number;
  /** Columns of ours the table does not have (a migration not there yet): left out of the COPY. */
  missingColumns: string[];
}

export interface MovesReadModelsLoad {
  tables: TableLoad[];
  /** Tables not in the database at all (their migration has not landed): nothing loaded. */
  missingTables: string[];
  /** VACUUM ANALYZE of every loaded table. */
  analyseSeconds: number;
  moves: GeneratedMove[];
}

async function columnsOf(client: Client, table: string): Promise<Set<string>> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Set(rows.map((row) => row.column_name));
}

/**
 * COPYs rows into a table, naming only the columns it has: the first row decides which columns are ours, and the
 * ones the table lacks are reported rather than failing, so the loader keeps working while migrations land.
 */
async function copyRows(client: Client, table: string, rows: Iterable<Row>): Promise<TableLoad | undefined> {
  const present = await columnsOf(client, table);
  if (present.size === 0) return undefined;
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  const started = Date.now();
  if (first.done) return { table, rows: 0, seconds: 0, missingColumns: [] };
  const ours = Object.keys(first.value);
  const columns = ours.filter((column) => present.has(column));
  let count = 0;
  const lines = (function* () {
    for (let next: IteratorResult<Row> = first; !next.done; next = iterator.next()) {
      const row = next.value;
      count++;
      yield `${columns.map((column) => csvCell(row[column])).join(',')}\n`;
    }
  })();
  await pipeline(
    Readable.from(lines),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
  );
  return {
    table,
    rows: count,
    seconds: (Date.now() - started) / 1000,
    missingColumns: ours.filter((column) => !present.has(column) && column !== 'details'),
  };
}

/**
 * Fills a migrated moves database's read models as if every people, vacancy and establishment event had been
 * taken in, plus a sprinkle of moves on record (moves.generator.ts), straight with COPY: no events, no inbox rows.
 * For the planning benchmark and tests. Establishment follows the people loaded (establishment.generator.ts).
 */
export async function loadMovesReadModels(
  databaseUrl: string,
  input: MovesReadModelsInput,
): Promise<MovesReadModelsLoad> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  // Vacancies first, in memory (tens of thousands): agreed level transfers hold posts of the open ones.
  const vacancies = [...input.vacancies];
  const sprinkler = new MoveSprinkler(
    input.seed,
    input.today,
    vacancies
      .filter((vacancy) => vacancy.status === 'OPEN')
      .map(({ id, departmentCode, grade, posts }) => ({ vacancyId: id, departmentCode, grade, posts })),
  );
  const moves: GeneratedMove[] = [];
  // What establishment needs of each person, kept light: 520,000 full rows would not fit comfortably.
  const lines: GeneratedPerson[] = [];
  const people = (function* () {
    for (const { personId, person } of input.people) {
      const { cells } = person;
      const { move, status } = sprinkler.draw({ personId, ...pick(cells) });
      if (move) moves.push(move);
      lines.push({
        organisation: person.organisation,
        cells: {
          department_code: cells.department_code,
          profession: cells.profession,
          grade: cells.grade,
          fte: cells.fte,
        } as GeneratedPerson['cells'],
      });
      yield personRow(personId, cells, status);
    }
  })();
  const loads: (TableLoad | undefined)[] = [];
  const missingTables: string[] = [];
  const load = async (table: string, rows: () => Iterable<Row>) => {
    const done = await copyRows(client, table, rows());
    if (!done) missingTables.push(table);
    loads.push(done);
  };
  try {
    await load('person_read_model', () => people);
    await load('move', () => moves.map(moveRow));
    await load('vacancy_read_model', () => vacancies.map(vacancyRow));
    await load('establishment_read_model', () =>
      generateEstablishment(lines, { seed: input.seed }).map((line) => establishmentRow(line, 1)),
    );
    const tables = loads.filter((done): done is TableLoad => done !== undefined);
    const analysing = Date.now();
    // Statistics for the planner and the visibility map for index-only scans, as autovacuum would leave them.
    for (const { table } of tables) await client.query(`VACUUM ANALYZE ${table}`);
    return { tables, missingTables, analyseSeconds: (Date.now() - analysing) / 1000, moves };
  } finally {
    await client.end();
  }
}

function pick(cells: GeneratedPerson['cells']) {
  return { departmentCode: cells.department_code, grade: cells.grade, profession: cells.profession };
}
