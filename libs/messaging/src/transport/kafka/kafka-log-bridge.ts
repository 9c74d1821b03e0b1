import { logLevel, LogEntry } from 'kafkajs';
import { MessagingLogger } from '../../messaging-logger';

/**
 * Sends kafkajs's own log lines to the service logger. kafkajs reports every lost connection as an ERROR; during a
 * broker outage that is expected and the relay reports the outage itself, so its errors are logged as warnings.
 */
export function kafkaLogCreator(logger: MessagingLogger) {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
      const entry = { kafkajs: namespace, ...fields };
      if (level === logLevel.ERROR || level === logLevel.WARN) logger.warn(entry, message);
      else if (level === logLevel.INFO) logger.info(entry, message);
      else logger.debug?.(entry, message);
    };
}
