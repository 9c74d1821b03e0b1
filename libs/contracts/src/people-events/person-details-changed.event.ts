import { IsDateString, IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';
import { EMPLOYMENT_TYPES, PERSON_STATUSES } from './person-event-values';
import { PersonEventPayload } from './person-tenure.payload';

/**
 * The record's non-personal facts after a change (HR update or a move's outcome), in full: a consumer replaces what
 * it holds. No names, email or free text.
 */
export class PersonDetailsChangedV1 extends PersonEventPayload {
  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsString()
  @Length(1, 8)
  grade: string;

  @IsString()
  @Length(1, 64)
  profession: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string;

  @IsNumber()
  @Min(0.1)
  @Max(1)
  fte: number;

  @IsDateString({ strict: true })
  startedInPostOn: string;

  @IsIn(PERSON_STATUSES)
  status: string;

  @IsIn(EMPLOYMENT_TYPES)
  employmentType: string;

  @IsOptional()
  @IsDateString({ strict: true })
  employmentEndsOn?: string;

  @IsOptional()
  @IsString()
  @Length(1, 8)
  securityClearance?: string;
}

export const PersonDetailsChanged = defineEvent(
  PEOPLE_PERSON_TOPIC,
  'PersonDetailsChanged',
  PersonDetailsChangedV1,
);
