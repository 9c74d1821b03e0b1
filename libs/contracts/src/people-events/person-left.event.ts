import { IsDateString, IsString, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';
import { PersonEventPayload } from './person-tenure.payload';

/** The person has left; their status is LEFT from now on and their department no longer counts them. */
export class PersonLeftV1 extends PersonEventPayload {
  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsDateString({ strict: true })
  leftOn: string;
}

export const PersonLeft = defineEvent(PEOPLE_PERSON_TOPIC, 'PersonLeft', PersonLeftV1);
