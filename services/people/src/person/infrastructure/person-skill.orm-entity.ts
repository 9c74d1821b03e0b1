import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('person_skill')
export class PersonSkillOrmEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ name: 'skill_code', type: 'varchar', length: 64 })
  skillCode: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'varchar', length: 500 })
  evidence: string;

  @Column({ name: 'last_used_on', type: 'date', nullable: true })
  lastUsedOn: string | null;
}

@Entity('person_skill_to_develop')
export class PersonSkillToDevelopOrmEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ name: 'skill_code', type: 'varchar', length: 64 })
  skillCode: string;
}
