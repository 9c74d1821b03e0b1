import {
  Authorize,
  EDIT_PERSON_PROFILE,
  Identity,
  MANAGE_PERSON_RECORD,
  SET_MOBILITY_PREFERENCES,
} from '@civil/auth';
import { CurrentIdentity, TraceId } from '@civil/platform';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { JoinSpecialistTrackCommand } from '../application/join-specialist-track/join-specialist-track.command';
import { JoinSpecialistTrackHandler } from '../application/join-specialist-track/join-specialist-track.handler';
import { LeaveSpecialistTrackCommand } from '../application/leave-specialist-track/leave-specialist-track.command';
import { LeaveSpecialistTrackHandler } from '../application/leave-specialist-track/leave-specialist-track.handler';
import { RecordLeaverCommand } from '../application/record-leaver/record-leaver.command';
import { RecordLeaverHandler } from '../application/record-leaver/record-leaver.handler';
import { SetMobilityPreferencesCommand } from '../application/set-mobility-preferences/set-mobility-preferences.command';
import { SetMobilityPreferencesHandler } from '../application/set-mobility-preferences/set-mobility-preferences.handler';
import { SetSkillsCommand } from '../application/set-skills/set-skills.command';
import { SetSkillsHandler } from '../application/set-skills/set-skills.handler';
import { SetSkillsToDevelopCommand } from '../application/set-skills-to-develop/set-skills-to-develop.command';
import { SetSkillsToDevelopHandler } from '../application/set-skills-to-develop/set-skills-to-develop.handler';
import { UpdatePersonCommand } from '../application/update-person/update-person.command';
import { UpdatePersonHandler } from '../application/update-person/update-person.handler';
import {
  AuditRecordLeaver,
  AuditSetMobilityPreferences,
  AuditSetSkills,
  AuditSetSkillsToDevelop,
  AuditTrackChange,
  AuditUpdatePerson,
} from './person.audit';
import {
  JoinSpecialistTrackArgs,
  PersonChangeArgs,
  RecordLeaverArgs,
  SetMobilityPreferencesArgs,
  SetSkillsArgs,
  SetSkillsToDevelopArgs,
  UpdatePersonArgs,
} from './person-mutations.args';
import { PersonModel } from './person.model';

/**
 * Changes to a stored person. Each policy needs the stored record (whose department? is it the caller?), so the
 * guard screens roles and the use case decides on the record ('record').
 */
@Resolver(() => PersonModel)
export class PersonMutationsResolver {
  constructor(
    private readonly updatePersonHandler: UpdatePersonHandler,
    private readonly setSkillsHandler: SetSkillsHandler,
    private readonly setSkillsToDevelopHandler: SetSkillsToDevelopHandler,
    private readonly setMobilityPreferencesHandler: SetMobilityPreferencesHandler,
    private readonly joinSpecialistTrackHandler: JoinSpecialistTrackHandler,
    private readonly leaveSpecialistTrackHandler: LeaveSpecialistTrackHandler,
    private readonly recordLeaverHandler: RecordLeaverHandler,
  ) {}

  @Mutation(() => PersonModel, {
    description: 'Employees: their own name and location; HR: the whole record',
  })
  @Authorize(EDIT_PERSON_PROFILE, { resource: 'record' })
  @AuditUpdatePerson()
  async updatePerson(
    @Args() { id, input, expectedVersion }: UpdatePersonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new UpdatePersonCommand(id, { ...input }, expectedVersion, identity, traceId);
    return PersonModel.from(await this.updatePersonHandler.execute(command));
  }

  @Mutation(() => PersonModel, {
    description: "Replaces the person's skills, each with a level and evidence",
  })
  @Authorize(EDIT_PERSON_PROFILE, { resource: 'record' })
  @AuditSetSkills()
  async setSkills(
    @Args() { personId, skills, expectedVersion }: SetSkillsArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new SetSkillsCommand(personId, skills, expectedVersion, identity, traceId);
    return PersonModel.from(await this.setSkillsHandler.execute(command));
  }

  @Mutation(() => PersonModel, { description: 'Replaces the skills the person wants to develop' })
  @Authorize(EDIT_PERSON_PROFILE, { resource: 'record' })
  @AuditSetSkillsToDevelop()
  async setSkillsToDevelop(
    @Args() { personId, skillCodes, expectedVersion }: SetSkillsToDevelopArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new SetSkillsToDevelopCommand(personId, skillCodes, expectedVersion, identity, traceId);
    return PersonModel.from(await this.setSkillsToDevelopHandler.execute(command));
  }

  @Mutation(() => PersonModel, { description: 'Your mobility preferences and consent to share your profile' })
  @Authorize(SET_MOBILITY_PREFERENCES, { resource: 'record' })
  @AuditSetMobilityPreferences()
  async setMobilityPreferences(
    @Args() { personId, preferences, expectedVersion }: SetMobilityPreferencesArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new SetMobilityPreferencesCommand(
      personId,
      { ...preferences },
      expectedVersion,
      identity,
      traceId,
    );
    return PersonModel.from(await this.setMobilityPreferencesHandler.execute(command));
  }

  @Mutation(() => PersonModel, {
    description: 'Puts the person on a specialist track of their profession, from today',
  })
  @Authorize(MANAGE_PERSON_RECORD, { resource: 'record' })
  @AuditTrackChange()
  async joinSpecialistTrack(
    @Args() { personId, trackCode, expectedVersion }: JoinSpecialistTrackArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new JoinSpecialistTrackCommand(personId, trackCode, expectedVersion, identity, traceId);
    return PersonModel.from(await this.joinSpecialistTrackHandler.execute(command));
  }

  @Mutation(() => PersonModel)
  @Authorize(MANAGE_PERSON_RECORD, { resource: 'record' })
  @AuditTrackChange()
  async leaveSpecialistTrack(
    @Args() { personId, expectedVersion }: PersonChangeArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new LeaveSpecialistTrackCommand(personId, expectedVersion, identity, traceId);
    return PersonModel.from(await this.leaveSpecialistTrackHandler.execute(command));
  }

  @Mutation(() => PersonModel, { description: 'The person has left: status LEFT, and the record is closed' })
  @Authorize(MANAGE_PERSON_RECORD, { resource: 'record' })
  @AuditRecordLeaver()
  async recordLeaver(
    @Args() { personId, leftOn, expectedVersion }: RecordLeaverArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new RecordLeaverCommand(personId, leftOn, expectedVersion, identity, traceId);
    return PersonModel.from(await this.recordLeaverHandler.execute(command));
  }
}
