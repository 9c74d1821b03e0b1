import { ArrayMaxSize, IsArray, IsDateString, IsOptional, IsString, Length } from 'class-validator';
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

  /**
   * The joined track's profession, specialism and grade ladder (lowest first), so that a consumer can tell "a
   * promotion along the person's own track" (DOMAIN.md: the tenure exception) without people's reference data.
   * Present with specialistTrackCode; added in place as optional fields (a compatible change to v1).
   */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  trackProfession?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  trackSpecialism?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(16)
  @IsString({ each: true })
  @Length(1, 8, { each: true })
  trackGrades?: string[];
}

export const PersonTrackChanged = defineEvent(
  PEOPLE_PERSON_TOPIC,
  'PersonTrackChanged',
  PersonTrackChangedV1,
);
