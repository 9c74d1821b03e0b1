import { Authorize, Identity, KEEP_SAVED_SEARCHES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MyAlertsHandler } from '../application/my-alerts/my-alerts.handler';
import { MyAlertsQuery } from '../application/my-alerts/my-alerts.query';
import {
  MarkAlertReadCommand,
  MarkAllAlertsReadCommand,
} from '../application/mark-alerts-read/mark-alerts-read.command';
import { MarkAlertsReadHandler } from '../application/mark-alerts-read/mark-alerts-read.handler';
import { MyAlertsArgs } from './my-alerts.args';
import { AuditMarkAlertRead } from './saved-search.audit';
import { VacancyAlertConnectionModel, VacancyAlertModel } from './saved-search.model';

/** A person's alerts: KEEP_SAVED_SEARCHES, theirs alone. */
@Resolver(() => VacancyAlertModel)
export class VacancyAlertResolver {
  constructor(
    private readonly myAlertsHandler: MyAlertsHandler,
    private readonly markAlertsReadHandler: MarkAlertsReadHandler,
  ) {}

  @Query(() => VacancyAlertConnectionModel, { description: 'Your alerts, newest first' })
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  async myAlerts(@Args() { first, after, unreadOnly }: MyAlertsArgs, @CurrentIdentity() identity: Identity) {
    const page = await this.myAlertsHandler.execute(
      new MyAlertsQuery(first, after ?? undefined, unreadOnly, identity),
    );
    return VacancyAlertConnectionModel.from(page);
  }

  @Mutation(() => VacancyAlertModel)
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  @AuditMarkAlertRead()
  async markAlertRead(@Args('id', { type: () => ID }) id: string, @CurrentIdentity() identity: Identity) {
    return VacancyAlertModel.from(
      await this.markAlertsReadHandler.markOne(new MarkAlertReadCommand(id, identity)),
    );
  }

  @Mutation(() => Int, { description: 'Marks every unread alert of yours read; answers how many' })
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  markAllAlertsRead(@CurrentIdentity() identity: Identity) {
    return this.markAlertsReadHandler.markAll(new MarkAllAlertsReadCommand(identity));
  }
}
