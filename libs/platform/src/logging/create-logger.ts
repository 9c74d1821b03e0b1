import pino, { Logger } from 'pino';
import { LogLevel } from '../config/service.config';

/** One JSON line per entry on stdout; where they go next is the platform's business, not the service's. */
export function createRootLogger(options: { level?: LogLevel; name?: string } = {}): Logger {
  return pino({
    name: options.name,
    level: options.level ?? 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

export type { Logger };
