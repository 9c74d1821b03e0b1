import { RaisedAlert } from './saved-search.store';

/** Writes one VacancyAlertRaised per alert in the open transaction, beside the alert rows. */
export abstract class VacancyAlertEventsPublisher {
  abstract alertsRaised(alerts: readonly RaisedAlert[], traceId: string): Promise<void>;
}
