import type { Identity } from '@civil/auth';
import { MoveKind } from '../../domain/move-kind';

/** A planner's proposal: into a vacancy (whose department hosts) or straight into a department. */
export class ProposeMoveCommand {
  constructor(
    readonly identity: Identity,
    readonly traceId: string,
    readonly input: {
      personId: string;
      kind: MoveKind;
      vacancyId?: string;
      hostDepartmentCode?: string;
      /** For a secondment out: the outside organisation. */
      externalOrganisation?: string;
      startsOn: string;
      endsOn?: string;
      hoursPerWeek?: number;
      payer: 'HOME' | 'HOST';
      justification?: string;
    },
  ) {}
}
