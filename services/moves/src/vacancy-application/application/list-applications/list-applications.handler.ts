import { Identity, MANAGE_APPLICANTS } from '@civil/auth';
import { authorize } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveParticipants } from '../../../move/application/move-participants';
import { ApplicationSnapshot } from '../../domain/application.aggregate';
import { ApplicationsReader } from './applications.reader';

/** The caller's own applications; a vacancy's applicants for its hiring department (MANAGE_APPLICANTS). */
@Injectable()
export class ListApplicationsHandler {
  constructor(
    private readonly reader: ApplicationsReader,
    private readonly participants: MoveParticipants,
  ) {}

  mine(identity: Identity, first: number): Promise<ApplicationSnapshot[]> {
    return identity.personId ? this.reader.ofPerson(identity.personId, first) : Promise.resolve([]);
  }

  async ofVacancy(
    vacancyId: string,
    identity: Identity,
    first: number,
  ): Promise<ApplicationSnapshot[] | null> {
    const vacancy = await this.participants.vacancy(vacancyId);
    if (!vacancy) return null;
    authorize(MANAGE_APPLICANTS, identity, { personId: '', hostDepartmentCode: vacancy.departmentCode });
    return this.reader.ofVacancy(vacancyId, first);
  }
}
