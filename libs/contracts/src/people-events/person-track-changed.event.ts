import { IsDateString, IsOptional, IsString, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';
import { PersonEventPayload } from './person-tenure.payload';

/** The person joined a specialist track (code and date), or left theirs (both absent). */
export class PersonTrackChangedV1 extends PersonEventPayload {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  specialistTrackCode?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  joinedOn?: string;
}

export const PersonTrackChanged = defineEvent(
  PEOPLE_PERSON_TOPIC,
  'PersonTrackChanged',
  PersonTrackChangedV1,
);
