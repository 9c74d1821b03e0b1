import { Module } from '@nestjs/common';
import { MyDataMovesResolver } from './api/my-data-moves.resolver';
import { FindMyMovesDataHandler } from './application/find-my-moves-data/find-my-moves-data.handler';
import { MovesDataReader } from './application/moves-data.reader';
import { TypeOrmMovesDataReader } from './infrastructure/typeorm-moves-data.reader';

export const MY_DATA_RESOLVERS = [MyDataMovesResolver];

@Module({
  providers: [
    ...MY_DATA_RESOLVERS,
    FindMyMovesDataHandler,
    { provide: MovesDataReader, useClass: TypeOrmMovesDataReader },
  ],
})
export class MyDataModule {}
