import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { TransactionRunner } from '../database/transaction-runner';
import { auditPlanFor } from './audit-plan';
import { AuditRecorder } from './audit.recorder';
import { AUDITED, AuditedDeclaration } from './audited.decorator';

/**
 * Runs every mutation, and every declared read, in one transaction with its audit entry: the resolver's command
 * handler joins it (a nested TransactionRunner.run), so the change, its outbox events and the audit entry commit
 * together, and a mutation that fails leaves no entry. Registered after RequestContextInterceptor, so it sees the
 * caller and the role authorization allowed.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly transactions: TransactionRunner,
    private readonly recorder: AuditRecorder,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const declared = this.reflector.get<AuditedDeclaration | undefined>(AUDITED, context.getHandler());
    const plan = auditPlanFor(gql.getInfo<GraphQLResolveInfo>(), declared);
    if (!plan) return next.handle();
    const args = gql.getArgs<Record<string, unknown>>();
    return defer(() =>
      this.transactions.run(async () => {
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        const draft = plan.draftFor(result, args);
        if (draft) await this.recorder.record(draft);
        return result;
      }),
    );
  }
}
