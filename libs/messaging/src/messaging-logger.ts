/** The subset of pino's API messaging uses, so a service passes its own pino logger and tests pass a quiet one. */
export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

function writeLine(level: string, obj: object, msg?: string): void {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), ...obj, msg })}\n`);
}

/**
 * Used when a caller passes no logger. Relay and consumer failures must never be silent, so warnings and errors
 * still reach stderr; routine information does not.
 */
export const stderrLogger: MessagingLogger = {
  info: () => undefined,
  warn: (obj, msg) => writeLine('warn', obj, msg),
  error: (obj, msg) => writeLine('error', obj, msg),
};

export const silentLogger: MessagingLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Errors are logged as plain fields: JSON.stringify drops an Error's message and stack. */
export function errorFields(error: unknown): { err: { name: string; message: string; stack?: string } } {
  if (error instanceof Error)
    return { err: { name: error.name, message: error.message, stack: error.stack } };
  return { err: { name: 'NonError', message: String(error) } };
}
