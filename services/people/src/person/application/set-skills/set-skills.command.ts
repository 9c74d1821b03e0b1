import type { Identity } from '@civil/auth';
import { PersonSkill } from '../../domain/skill';

export class SetSkillsCommand {
  constructor(
    readonly personId: string,
    readonly skills: PersonSkill[],
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
