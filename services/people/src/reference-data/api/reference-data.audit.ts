import { AuditedMutation, changedFields, createdRecord } from '@civil/platform';
import {
  AddProfessionInput,
  AddSkillInput,
  AddSpecialistTrackInput,
  UpdateSpecialistTrackInput,
} from './reference-data.inputs';
import {
  ProfessionModel,
  SkillModel,
  SpecialistTrackModel,
  UpdatedSpecialistTrack,
} from './reference-data.models';

// Reference data is about nobody: no subject person, so the entries sit in the service's audit log and the
// consolidated trail without appearing in anyone's myData.

export const AuditAddProfession = () =>
  AuditedMutation<ProfessionModel, { input: AddProfessionInput }>({
    recordType: 'Profession',
    recordId: (profession) => profession.name,
    changes: ({ input }) => createdRecord(input),
  });

export const AuditAddSkill = () =>
  AuditedMutation<SkillModel, { input: AddSkillInput }>({
    recordType: 'Skill',
    recordId: (skill) => skill.code,
    changes: ({ input }) => createdRecord(input),
  });

export const AuditAddSpecialistTrack = () =>
  AuditedMutation<SpecialistTrackModel, { input: AddSpecialistTrackInput }>({
    recordType: 'SpecialistTrack',
    recordId: (track) => track.code,
    changes: ({ input }) => createdRecord(input),
  });

/** Only what changed: the minimum term, before and after (nothing, when it already had that value). */
export const AuditUpdateSpecialistTrack = () =>
  AuditedMutation<UpdatedSpecialistTrack, { input: UpdateSpecialistTrackInput }>({
    recordType: 'SpecialistTrack',
    recordId: (track) => track.code,
    changes: (_args, track) =>
      changedFields(
        { minimumAssignmentMonths: track.before.minimumAssignmentMonths },
        { minimumAssignmentMonths: track.minimumAssignmentMonths },
      ),
  });
