import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { isExpectedError, toGraphQLError } from './to-graphql-error';

/** Applies the error convention to every resolver; HTTP routes (health) keep Nest's default handling. */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly log = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    if (!isExpectedError(exception))
      this.log.error(exception instanceof Error ? exception : String(exception));
    return toGraphQLError(exception);
  }
}
