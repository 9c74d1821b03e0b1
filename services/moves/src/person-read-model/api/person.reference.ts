import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** People owns Person; moves only names it by key and adds its own fields (see PersonMovesResolver). */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonReference {
  @Field(() => ID)
  id: string;

  /** People's field, which moves only receives with the reference: READ_PERSON judges `knownToMoves` by it. */
  @Field(() => String)
  @Directive('@external')
  departmentCode: string;
}
