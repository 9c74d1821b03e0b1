/**
 * The envelope every integration event travels in: CloudEvents 1.0 attributes plus two extensions.
 * CloudEvents extension names are lower-case alphanumerics only, hence `aggregateversion` and `traceid`.
 */
export interface IntegrationEvent<TData = unknown> {
  specversion: '1.0';
  /** UUIDv7: unique, and sortable by creation time. The inbox deduplicates on it. */
  id: string;
  /** The producing service, as a URI reference (`/services/people`). */
  source: string;
  /** The event name, e.g. `PersonRegistered`. */
  type: string;
  /** The aggregate id. It is also the Kafka key, which keeps one aggregate's events in order. */
  subject: string;
  /** ISO-8601 instant the event happened. */
  time: string;
  datacontenttype: 'application/json';
  /** The aggregate's version after the change; consumers ignore anything older than what they hold. */
  aggregateversion: number;
  /** Correlates the event with the request that caused it, across services. */
  traceid: string;
  data: TData;
}
