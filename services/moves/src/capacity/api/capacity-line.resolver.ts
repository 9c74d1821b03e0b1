import { Authorize, Identity, READ_CAPACITY } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { CapacityBehindHandler } from '../application/capacity-behind/capacity-behind.handler';
import { CapacityBehindQuery } from '../application/capacity-behind/capacity-behind.query';
import { CapacityBehindConnectionModel } from './capacity-behind.model';
import { CapacityBehindArgs } from './capacity.inputs';
import { CapacityLineModel } from './capacity-line.model';

// A person id, optionally with a move id (`person:move`), or a vacancy id: the keys entries are ordered by.
const KEY = /^[0-9a-f-]{36}(:([0-9a-f-]{36})?)?$/;

function keyAfter(after: string | null | undefined): string | undefined {
  if (after == null) return undefined;
  const key = Buffer.from(after, 'base64url').toString('utf8');
  if (KEY.test(key)) return key;
  throw new GraphQLError('after is not a cursor this field returned', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}

/** Drill-down: what a line's figure counts, read again at the line's date, day and location. */
@Resolver(() => CapacityLineModel)
export class CapacityLineResolver {
  constructor(private readonly behindFigures: CapacityBehindHandler) {}

  @ResolveField(() => CapacityBehindConnectionModel, {
    description: 'The people, moves or vacancies behind a figure, a page at a time; their FTE adds up to it',
  })
  @Authorize(READ_CAPACITY, {
    resource: (_args: CapacityBehindArgs, line: CapacityLineModel) => ({
      departmentCode: line.departmentCode,
    }),
  })
  async behind(
    @Parent() line: CapacityLineModel,
    @Args() { figure, first, after }: CapacityBehindArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const { departmentCode, profession, grade, asOf, today, location } = line;
    const items = await this.behindFigures.execute(
      new CapacityBehindQuery(identity, {
        line: { departmentCode, profession, grade },
        figure,
        asOf,
        today,
        location,
        first: first + 1,
        after: keyAfter(after),
      }),
    );
    return CapacityBehindConnectionModel.from(items, first);
  }
}
