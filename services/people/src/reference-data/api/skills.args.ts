import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_SKILLS_PAGE, MAX_SKILLS_PAGE } from '../application/search-skills';

@ArgsType()
export class SkillsArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive, in the name or the code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only this framework, e.g. DDAT or SUCCESS_PROFILES' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  framework?: string;

  @Field(() => Int, { defaultValue: DEFAULT_SKILLS_PAGE, description: `At most ${MAX_SKILLS_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_SKILLS_PAGE)
  first: number = DEFAULT_SKILLS_PAGE;
}
