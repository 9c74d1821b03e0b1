// class-transformer's @Type reads design metadata; contracts load without Nest, so they bring the polyfill themselves.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PEOPLE_PERSON_TOPIC } from './people-topics';
import { SKILL_LEVELS } from './person-event-values';
import { PersonEventPayload } from './person-tenure.payload';

export class PersonSkillLevelV1 {
  @IsString()
  @Length(1, 96)
  skillCode: string;

  @IsIn(SKILL_LEVELS)
  level: string;
}

/** The person's skills as codes and levels, and the skills they want to develop. Evidence is free text: it stays. */
export class PersonSkillsChangedV1 extends PersonEventPayload {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PersonSkillLevelV1)
  skills: PersonSkillLevelV1[];

  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 96, { each: true })
  skillsToDevelop: string[];
}

export const PersonSkillsChanged = defineEvent(
  PEOPLE_PERSON_TOPIC,
  'PersonSkillsChanged',
  PersonSkillsChangedV1,
);
