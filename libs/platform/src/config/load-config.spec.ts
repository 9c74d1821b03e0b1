import { ConfigError } from './config.error';
import { loadConfig, requireSetting } from './load-config';
import { brokerList, ServiceConfig } from './service.config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', PORT: '4001' };

describe('loadConfig', () => {
  it('converts and defaults the values', () => {
    const config = loadConfig(ServiceConfig, valid);
    expect(config).toMatchObject({ PORT: 4001, LOG_LEVEL: 'info', NODE_ENV: 'development' });
  });

  it('takes a default when the variable is absent or empty', () => {
    expect(loadConfig(ServiceConfig, { ...valid, PORT: '' }, { PORT: '4002' }).PORT).toBe(4002);
  });

  it('fails naming the variable that is wrong', () => {
    expect(() => loadConfig(ServiceConfig, { ...valid, PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      expect.objectContaining({
        problems: [expect.stringMatching(/^LOG_LEVEL /), expect.stringMatching(/^PORT /)],
      }),
    );
  });

  it('fails naming a missing required variable', () => {
    expect(() => loadConfig(ServiceConfig, { PORT: '1' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });

  it('refuses a malformed broker list', () => {
    expect(() => loadConfig(ServiceConfig, { ...valid, KAFKA_BROKERS: 'localhost' })).toThrow(
      /KAFKA_BROKERS/,
    );
    expect(brokerList('a:1, b:2')).toEqual(['a:1', 'b:2']);
  });

  it('requires a setting only where the caller needs it, naming it', () => {
    const config = loadConfig(ServiceConfig, valid);
    expect(() => requireSetting(config, 'KAFKA_BROKERS', 'a standalone service publishes to Kafka')).toThrow(
      ConfigError,
    );
    expect(() => requireSetting(config, 'KAFKA_BROKERS', 'x')).toThrow(/KAFKA_BROKERS must be set/);
  });
});
