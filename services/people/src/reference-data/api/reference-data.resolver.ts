import { Authorize, Identity, MANAGE_REFERENCE_DATA, READ_REFERENCE_DATA } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AddProfessionCommand } from '../application/add-profession/add-profession.command';
import { AddProfessionHandler } from '../application/add-profession/add-profession.handler';
import { AddSkillCommand } from '../application/add-skill/add-skill.command';
import { AddSkillHandler } from '../application/add-skill/add-skill.handler';
import { AddSpecialistTrackCommand } from '../application/add-specialist-track/add-specialist-track.command';
import { AddSpecialistTrackHandler } from '../application/add-specialist-track/add-specialist-track.handler';
import { CachedReferenceDataCatalog } from '../application/cached-reference-data.catalog';
import { UpdateSpecialistTrackCommand } from '../application/update-specialist-track/update-specialist-track.command';
import { UpdateSpecialistTrackHandler } from '../application/update-specialist-track/update-specialist-track.handler';
import { SkillKind } from '../domain/reference-data.types';
import {
  AuditAddProfession,
  AuditAddSkill,
  AuditAddSpecialistTrack,
  AuditUpdateSpecialistTrack,
} from './reference-data.audit';
import {
  AddProfessionInput,
  AddSkillInput,
  AddSpecialistTrackInput,
  UpdateSpecialistTrackInput,
} from './reference-data.inputs';
import {
  ClearanceLevelModel,
  GradeModel,
  ProfessionModel,
  SkillModel,
  SpecialistTrackModel,
} from './reference-data.models';
import { SkillsArgs } from './skills.args';

/** The shared lists, readable by every signed-in role; changed only by cross-government HR. */
@Resolver()
export class ReferenceDataResolver {
  constructor(
    private readonly catalog: CachedReferenceDataCatalog,
    private readonly addProfessionHandler: AddProfessionHandler,
    private readonly addSkillHandler: AddSkillHandler,
    private readonly addSpecialistTrackHandler: AddSpecialistTrackHandler,
    private readonly updateSpecialistTrackHandler: UpdateSpecialistTrackHandler,
  ) {}

  @Query(() => [GradeModel], { description: 'Lowest first' })
  @Authorize(READ_REFERENCE_DATA)
  grades() {
    return this.catalog.grades();
  }

  @Query(() => [ProfessionModel], { description: 'By name' })
  @Authorize(READ_REFERENCE_DATA)
  professions() {
    return this.catalog.professions();
  }

  @Query(() => [SkillModel], { description: 'Matches on a name or code start first, then by code' })
  @Authorize(READ_REFERENCE_DATA)
  skills(@Args() args: SkillsArgs) {
    return this.catalog.skills(args);
  }

  @Query(() => [SpecialistTrackModel], { description: 'By code' })
  @Authorize(READ_REFERENCE_DATA)
  specialistTracks() {
    return this.catalog.specialistTracks();
  }

  @Query(() => [ClearanceLevelModel], { description: 'Lowest first: BPSS < CTC < SC < DV' })
  @Authorize(READ_REFERENCE_DATA)
  clearanceLevels() {
    return this.catalog.clearanceLevelDetails();
  }

  @Query(() => Int, { description: 'Goes up by one with every change to the reference data (1 = as seeded)' })
  @Authorize(READ_REFERENCE_DATA)
  referenceDataVersion() {
    return this.catalog.version();
  }

  @Mutation(() => ProfessionModel)
  @Authorize(MANAGE_REFERENCE_DATA)
  @AuditAddProfession()
  addProfession(@Args('input') input: AddProfessionInput, @CurrentIdentity() identity: Identity) {
    return this.addProfessionHandler.execute(new AddProfessionCommand(input, identity.subject));
  }

  @Mutation(() => SkillModel)
  @Authorize(MANAGE_REFERENCE_DATA)
  @AuditAddSkill()
  addSkill(@Args('input') input: AddSkillInput, @CurrentIdentity() identity: Identity) {
    const skill = { ...input, kind: input.kind as SkillKind };
    return this.addSkillHandler.execute(new AddSkillCommand(skill, identity.subject));
  }

  @Mutation(() => SpecialistTrackModel)
  @Authorize(MANAGE_REFERENCE_DATA)
  @AuditAddSpecialistTrack()
  addSpecialistTrack(@Args('input') input: AddSpecialistTrackInput, @CurrentIdentity() identity: Identity) {
    return this.addSpecialistTrackHandler.execute(
      new AddSpecialistTrackCommand({ ...input }, identity.subject),
    );
  }

  @Mutation(() => SpecialistTrackModel, { description: "Changes a track's minimum expected assignment" })
  @Authorize(MANAGE_REFERENCE_DATA)
  @AuditUpdateSpecialistTrack()
  async updateSpecialistTrack(
    @Args('input') input: UpdateSpecialistTrackInput,
    @CurrentIdentity() identity: Identity,
  ) {
    const command = new UpdateSpecialistTrackCommand(
      input.code,
      input.minimumAssignmentMonths,
      identity.subject,
    );
    const { before, after } = await this.updateSpecialistTrackHandler.execute(command);
    return { ...after, before };
  }
}
