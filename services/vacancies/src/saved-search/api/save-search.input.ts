import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { VacancyFilterInput } from '../../vacancy-search/api/vacancy-filter.input';

@InputType('SaveSearchInput')
export class SaveSearchInput {
  @Field(() => String, { description: 'Your name for it, unique among your saved searches' })
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => VacancyFilterInput, { nullable: true, description: 'The same filter as vacancies(filter)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyFilterInput)
  filter?: VacancyFilterInput | null;

  @Field(() => String, { nullable: true, description: 'The same words as vacancies(search)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
