import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { GRADES } from '../../person/domain/grade';

@ArgsType()
export class HeadcountArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profession?: string | null;

  @Field(() => String, { nullable: true, description: 'AA ... SCS4' })
  @IsOptional()
  @IsIn(GRADES)
  grade?: string | null;
}
