import {
  IsDateString,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { EMPLOYMENT_TYPES, PERSON_STATUSES } from './person-event-values';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';

/**
 * A civil servant now has a record. Data minimisation: what consumers need for matching and capacity, and no
 * names, emails or free text.
 */
export class PersonRegisteredV1 {
  @IsUUID()
  personId: string;

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

  // Added after v1 first shipped: optional, so events published before them still validate.
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: string;

  @IsOptional()
  @IsString()
  @Length(1, 8)
  securityClearance?: string;

  /** When the person's minimum expected assignment ends (started in post + the minimum term). */
  @IsOptional()
  @IsDateString({ strict: true })
  minimumTermEndsOn?: string;

  /** The later of minimumTermEndsOn and the person's own earliest move date. */
  @IsOptional()
  @IsDateString({ strict: true })
  eligibleToMoveFrom?: string;
}

export const PersonRegistered = defineEvent(PEOPLE_PERSON_TOPIC, 'PersonRegistered', PersonRegisteredV1);
