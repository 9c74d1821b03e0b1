// Implicit conversion reads the design:type metadata TypeScript emits, through reflect-metadata.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigError } from './config.error';

type Env = Record<string, string | undefined>;

/**
 * Reads a config class (properties named exactly like the environment variables) from the environment and validates it
 * once, at start-up, so a bad value fails the process with the variable's name instead of surfacing on first use.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: Env = process.env,
  defaults: Env = {},
): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(
    configClass,
    { ...defaults, ...present },
    { enableImplicitConversion: true },
  );
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => `${error.property} ${Object.values(error.constraints ?? {}).join(', ')}`.trim()),
    );
  }
  return config;
}

/** For settings only one way of running needs, e.g. KAFKA_BROKERS when a service runs on its own. */
export function requireSetting<T, K extends keyof T & string>(
  config: T,
  name: K,
  why: string,
): NonNullable<T[K]> {
  const value = config[name];
  if (value === undefined || value === null || value === '')
    throw new ConfigError([`${name} must be set: ${why}`]);
  return value as NonNullable<T[K]>;
}
