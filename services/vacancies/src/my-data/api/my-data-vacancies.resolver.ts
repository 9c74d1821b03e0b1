import { Authorize, Identity, READ_MY_DATA } from '@civil/auth';
import { CurrentIdentity, JsonScalar } from '@civil/platform';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FindMyVacanciesHandler } from '../application/find-my-vacancies/find-my-vacancies.handler';
import { FindMyVacanciesQuery } from '../application/find-my-vacancies/find-my-vacancies.query';
import { MyDataReference } from './my-data.reference';

/** Vacancies' field on MyData. */
@Resolver(() => MyDataReference)
export class MyDataVacanciesResolver {
  constructor(private readonly findMyVacancies: FindMyVacanciesHandler) {}

  @ResolveField(() => JsonScalar, { description: 'The vacancies you created, newest first' })
  @Authorize(READ_MY_DATA, { resource: (_args, myData: MyDataReference) => myData })
  vacancies(@Parent() myData: MyDataReference, @CurrentIdentity() identity: Identity) {
    return this.findMyVacancies.execute(new FindMyVacanciesQuery(myData.personId, identity));
  }
}
