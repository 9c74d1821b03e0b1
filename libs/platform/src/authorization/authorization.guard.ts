import { authorizationOf, Identity, Policy } from '@civil/auth';
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError } from '../graphql/application-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { authorizationError } from './authorize';
import { rememberGrantedRole } from './granted-role';

/**
 * The one gate in front of every resolver a subgraph runs: Query and Mutation fields, field resolvers and federation
 * reference resolvers (subgraphGraphQLModule enables guards on the last two). Deny by default: a resolver that names
 * no policy (@Authorize) is refused. When the policy needs the stored record, the guard only turns away callers no
 * role could admit, and the use case applies the same policy to the record (`authorize`).
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  private readonly log = new Logger('Authorization');

  canActivate(context: ExecutionContext): boolean {
    // HTTP routes are /health and the like, public by design; data is only reachable through GraphQL.
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const spec = authorizationOf(context.getHandler());
    if (!spec) {
      // A bug start-up should have caught (assertEveryResolverAuthorized): the log names it, the caller learns nothing.
      this.log.error(`${context.getClass().name}.${context.getHandler().name} has no policy: denied`);
      throw new ForbiddenError('do this');
    }
    const { identity } = gql.getContext<GraphQLContext>();
    if (spec.resource === 'record') return screen(spec.policy, identity);
    const resource = spec.resource?.(gql.getArgs(), gql.getRoot());
    const decision = spec.policy.decide(identity, resource);
    if (!decision.allowed) throw authorizationError(spec.policy.action, decision.reason);
    rememberGrantedRole(gql.getInfo(), decision.role);
    return true;
  }
}

function screen(policy: Policy<unknown>, identity: Identity): boolean {
  const denial = policy.screen(identity);
  if (denial) throw authorizationError(policy.action, denial.reason);
  return true;
}
