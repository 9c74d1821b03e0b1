import { ConfigError, loadConfig } from '@civil/platform';
import { TenureConfig } from './tenure.config';

describe('TenureConfig', () => {
  it('defaults DEFAULT_MINIMUM_ASSIGNMENT_MONTHS to our 12-month policy default, and takes a valid override', () => {
    expect(loadConfig(TenureConfig, {}).DEFAULT_MINIMUM_ASSIGNMENT_MONTHS).toBe(12);
    expect(
      loadConfig(TenureConfig, { DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: '18' }).DEFAULT_MINIMUM_ASSIGNMENT_MONTHS,
    ).toBe(18);
  });

  it.each(['0', '121', '6.5', 'twelve'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig(TenureConfig, { DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: value })).toThrow(ConfigError);
    expect(() => loadConfig(TenureConfig, { DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: value })).toThrow(
      /DEFAULT_MINIMUM_ASSIGNMENT_MONTHS/,
    );
  });
});
