/** The NOTIFY channel the outbox trigger signals on after each insert; LISTEN/NOTIFY is scoped to one database. */
export const OUTBOX_CHANNEL = 'outbox_message';
