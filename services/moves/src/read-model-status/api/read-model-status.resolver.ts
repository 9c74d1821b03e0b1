import { Authorize, READ_MODEL_STATUS } from '@civil/auth';
import { Query, Resolver } from '@nestjs/graphql';
import { GetReadModelStatusHandler } from '../application/get-read-model-status/get-read-model-status.handler';
import { GetReadModelStatusQuery } from '../application/get-read-model-status/get-read-model-status.query';
import { ReadModelStatusModel } from './read-model-status.model';

@Resolver(() => ReadModelStatusModel)
export class ReadModelStatusResolver {
  constructor(private readonly getReadModelStatus: GetReadModelStatusHandler) {}

  @Query(() => ReadModelStatusModel)
  @Authorize(READ_MODEL_STATUS)
  readModelStatus(): Promise<ReadModelStatusModel> {
    return this.getReadModelStatus.execute(new GetReadModelStatusQuery());
  }
}
