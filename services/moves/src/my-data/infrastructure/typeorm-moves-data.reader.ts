import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MovesData } from '../application/moves-data';
import { MovesDataReader } from '../application/moves-data.reader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PERSON = `
  SELECT department_code, grade, profession, location, fte, started_in_post_on::text AS started_in_post_on, status,
         version, updated_at
  FROM person_read_model WHERE person_id = $1`;

interface PersonRow {
  department_code: string;
  grade: string;
  profession: string;
  location: string | null;
  fte: string;
  started_in_post_on: string;
  status: string;
  version: number;
  updated_at: Date;
}

@Injectable()
export class TypeOrmMovesDataReader extends MovesDataReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async heldAbout(personId: string): Promise<MovesData> {
    if (!UUID.test(personId)) return { person: null };
    const [row]: PersonRow[] = await this.transactions.readManager().query(PERSON, [personId]);
    if (!row) return { person: null };
    return {
      person: {
        departmentCode: row.department_code,
        grade: row.grade,
        profession: row.profession,
        location: row.location,
        // numeric arrives as text; hundredths are exact in a JS number.
        fte: Number(row.fte),
        startedInPostOn: row.started_in_post_on,
        status: row.status,
        version: row.version,
        updatedAt: row.updated_at.toISOString(),
      },
    };
  }
}
