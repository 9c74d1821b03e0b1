import { RaisedAlert } from './saved-search.store';

/** Writes VacancyAlertRaised in the open transaction, beside the alert row. */
export abstract class VacancyAlertEventsPublisher {
  abstract alertRaised(alert: RaisedAlert, traceId: string): Promise<void>;
}
