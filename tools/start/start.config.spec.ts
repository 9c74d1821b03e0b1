import { ConfigError } from '@civil/platform';
import { loadStartSettings } from './start.config';

describe('npm start settings', () => {
  it('runs with nothing set: embedded PostgreSQL under .data, in-process events, the usual ports', () => {
    const settings = loadStartSettings('/repo', {});

    expect(settings).toMatchObject({ dataDir: '/repo/.data', embeddedPortChosen: false });
    expect(settings.config).toMatchObject({
      EMBEDDED_PG_PORT: 5433,
      PORT: 4000,
      PEOPLE_PORT: 4001,
      VACANCIES_PORT: 4002,
      MOVES_PORT: 4003,
      START_KAFKA: '0',
      SEED_DEMO_DATA: '1',
    });
    expect(settings.config.DATABASE_URL).toBeUndefined();
    expect(settings.config.KAFKA_BROKERS).toBeUndefined();
  });

  it('converts what is set, and notes that the PostgreSQL port was chosen', () => {
    const settings = loadStartSettings('/repo', {
      EMBEDDED_PG_PORT: '6543',
      PORT: '8080',
      DATA_DIR: '/var/tmp/civil',
    });

    expect(settings).toMatchObject({ dataDir: '/var/tmp/civil', embeddedPortChosen: true });
    expect(settings.config).toMatchObject({ EMBEDDED_PG_PORT: 6543, PORT: 8080 });
  });

  it('fails naming each bad variable', () => {
    expect(() =>
      loadStartSettings('/repo', { PORT: 'http', KAFKA_BROKERS: 'localhost', DATABASE_URL: 'mysql://x' }),
    ).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringMatching(/^DATABASE_URL /),
          expect.stringMatching(/^KAFKA_BROKERS /),
          expect.stringMatching(/^PORT /),
        ],
      }),
    );
  });

  it('refuses two services on one port', () => {
    expect(() => loadStartSettings('/repo', { MOVES_PORT: '4000' })).toThrow(ConfigError);
    expect(() => loadStartSettings('/repo', { MOVES_PORT: '4000' })).toThrow(/MOVES_PORT 4000/);
  });
});
