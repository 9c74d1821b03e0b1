import { TransactionRunner } from '@civil/platform';
import { RaisedAlert, SavedSearchStore } from '../saved-search.store';
import { VacancyAlertEventsPublisher } from '../vacancy-alert-events.publisher';
import { RaiseVacancyAlertsCommand } from './raise-vacancy-alerts.command';
import { RaiseVacancyAlertsHandler } from './raise-vacancy-alerts.handler';

const transactions: TransactionRunner = { run: (work) => work() };
const clock = { now: () => new Date('2026-11-01T23:30:00Z') };
const alert = (n: number): RaisedAlert => ({
  alertId: `a${n}`,
  savedSearchId: `s${n}`,
  personId: `p${n}`,
  vacancyId: 'v1',
});

describe('RaiseVacancyAlertsHandler', () => {
  it("matches on today's date and publishes one VacancyAlertRaised per new alert, with the request's trace", async () => {
    const asked: unknown[] = [];
    const store = {
      raiseAlerts: async (vacancyId: string, today: string) => (
        asked.push([vacancyId, today]),
        [alert(1), alert(2)]
      ),
    } as unknown as SavedSearchStore;
    const published: [RaisedAlert, string][] = [];
    const events: VacancyAlertEventsPublisher = {
      alertsRaised: async (raised, trace) =>
        void published.push(...raised.map((one) => [one, trace] as [RaisedAlert, string])),
    };

    const raised = await new RaiseVacancyAlertsHandler(store, events, transactions, clock).execute(
      new RaiseVacancyAlertsCommand('v1', 'trace-1'),
    );

    expect(asked).toEqual([['v1', '2026-11-01']]);
    expect(raised).toEqual([alert(1), alert(2)]);
    expect(published).toEqual([
      [alert(1), 'trace-1'],
      [alert(2), 'trace-1'],
    ]);
  });

  it('publishes nothing when the store raised nothing (already alerted, or no search matches)', async () => {
    const store = { raiseAlerts: async () => [] } as unknown as SavedSearchStore;
    const events = { alertsRaised: jest.fn() };
    await new RaiseVacancyAlertsHandler(store, events, transactions, clock).execute(
      new RaiseVacancyAlertsCommand('v1', 't'),
    );
    expect(events.alertsRaised).not.toHaveBeenCalled();
  });
});
