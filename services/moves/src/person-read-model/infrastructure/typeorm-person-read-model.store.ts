import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { KnownPerson, KnownTenure } from '../application/known-person';
import { PersonReadModelStore } from '../application/person-read-model.store';
import { PersonReadModelOrmEntity } from './person-read-model.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The WHERE on the update keeps the newer row when two deliveries race past the handler's version check.
const UPSERT = `
  INSERT INTO person_read_model
    (person_id, department_code, grade, profession, location, fte, started_in_post_on, status, version, updated_at,
     security_clearance, minimum_term_ends_on, eligible_to_move_from)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12)
  ON CONFLICT (person_id) DO UPDATE SET
    department_code = EXCLUDED.department_code, grade = EXCLUDED.grade, profession = EXCLUDED.profession,
    location = EXCLUDED.location, fte = EXCLUDED.fte, started_in_post_on = EXCLUDED.started_in_post_on,
    status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
    security_clearance = EXCLUDED.security_clearance,
    minimum_term_ends_on = coalesce(EXCLUDED.minimum_term_ends_on, person_read_model.minimum_term_ends_on),
    eligible_to_move_from = coalesce(EXCLUDED.eligible_to_move_from, person_read_model.eligible_to_move_from)
  WHERE person_read_model.version < EXCLUDED.version`;

@Injectable()
export class TypeOrmPersonReadModelStore extends PersonReadModelStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async versionOf(personId: string): Promise<number | undefined> {
    const row = await this.transactions
      .readManager()
      .findOne(PersonReadModelOrmEntity, { select: { version: true }, where: { personId } });
    return row?.version;
  }

  async save(p: KnownPerson): Promise<void> {
    await this.transactions
      .manager()
      .query(UPSERT, [
        p.personId,
        p.departmentCode,
        p.grade,
        p.profession,
        p.location ?? null,
        p.fte,
        p.startedInPostOn,
        p.status,
        p.version,
        p.securityClearance ?? null,
        p.minimumTermEndsOn ?? null,
        p.eligibleToMoveFrom ?? null,
      ]);
  }

  async saveTenure(t: KnownTenure): Promise<void> {
    // A person moves no one has heard of yet (events for them still on the way) is not created from tenure alone.
    await this.transactions.manager().query(
      `UPDATE person_read_model SET minimum_term_ends_on = $2, eligible_to_move_from = $3, version = $4,
         specialist_track_code = CASE WHEN $5 THEN $6 ELSE specialist_track_code END,
         specialist_track = CASE WHEN $5 THEN $7::jsonb ELSE specialist_track END, updated_at = now()
       WHERE person_id = $1 AND version < $4`,
      [
        t.personId,
        t.minimumTermEndsOn,
        t.eligibleToMoveFrom,
        t.version,
        t.track !== undefined,
        t.track?.code ?? null,
        t.track?.details ? JSON.stringify(t.track.details) : null,
      ],
    );
  }

  async markLeft(personId: string, version: number): Promise<void> {
    await this.transactions.manager().query(
      `UPDATE person_read_model SET status = 'LEFT', version = $2, updated_at = now()
         WHERE person_id = $1 AND version < $2`,
      [personId, version],
    );
  }

  async knownIds(personIds: string[]): Promise<Set<string>> {
    const valid = personIds.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Set();
    const rows = await this.transactions
      .readManager()
      .find(PersonReadModelOrmEntity, { select: { personId: true }, where: { personId: In(valid) } });
    return new Set(rows.map((row) => row.personId));
  }

  async count(): Promise<number> {
    return this.transactions.readManager().count(PersonReadModelOrmEntity);
  }
}
