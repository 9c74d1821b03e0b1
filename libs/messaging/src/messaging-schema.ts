import { InboxAggregateVersionOrmEntity } from './inbox/inbox-aggregate-version.orm-entity';
import { InboxMessageOrmEntity } from './inbox/inbox-message.orm-entity';
import { CreateMessagingOutbox1000000000001 } from './migrations/1000000000001-create-messaging-outbox.migration';
import { CreateMessagingInbox1000000000002 } from './migrations/1000000000002-create-messaging-inbox.migration';
import { CreateOutboxPending1000000000003 } from './migrations/1000000000003-create-outbox-pending.migration';
import { StoreOutboxEnvelopeAsJson1000000000004 } from './migrations/1000000000004-store-outbox-envelope-as-json.migration';
import { OutboxMessageOrmEntity } from './outbox/outbox-message.orm-entity';
import { OutboxPendingOrmEntity } from './outbox/outbox-pending.orm-entity';

// Function is the element type TypeORM's DataSourceOptions itself uses for entities and migrations.
/** Add to a service's DataSource `entities`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MESSAGING_ENTITIES: Function[] = [
  OutboxMessageOrmEntity,
  OutboxPendingOrmEntity,
  InboxMessageOrmEntity,
  InboxAggregateVersionOrmEntity,
];

/** Add to a service's DataSource `migrations`; their 2001 timestamps sort them before the service's own. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MESSAGING_MIGRATIONS: Function[] = [
  CreateMessagingOutbox1000000000001,
  CreateMessagingInbox1000000000002,
  CreateOutboxPending1000000000003,
  StoreOutboxEnvelopeAsJson1000000000004,
];
