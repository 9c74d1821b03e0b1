import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';
import { MOVE_KINDS } from './person-event-values';
import { PersonEventPayload } from './person-tenure.payload';

/** What matching needs of a person's mobility preferences, and whether they consent to other departments seeing them. */
export class PersonPreferencesChangedV1 extends PersonEventPayload {
  @IsBoolean()
  openToMove: boolean;

  @IsArray()
  @IsIn(MOVE_KINDS, { each: true })
  moveKindsWanted: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 16, { each: true })
  departmentsWanted: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locationsWanted: string[];

  @IsOptional()
  @IsDateString({ strict: true })
  earliestMoveOn?: string;

  @IsBoolean()
  shareProfileAcrossDepartments: boolean;
}

export const PersonPreferencesChanged = defineEvent(
  PEOPLE_PERSON_TOPIC,
  'PersonPreferencesChanged',
  PersonPreferencesChangedV1,
);
