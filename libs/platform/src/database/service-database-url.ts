type Env = Record<string, string | undefined>;

/** The same server as `url`, another database on it. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`The database URL ${redactUrl(url)} names no database`);
  return name;
}

/**
 * Each service owns a database named after it on the server in DATABASE_URL, so no service can read another's tables.
 * `<SERVICE>_DATABASE_URL` (e.g. PEOPLE_DATABASE_URL) overrides it, for a service whose database lives elsewhere.
 */
export function serviceDatabaseUrl(service: string, env: Env = process.env): string {
  const override = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (override) return override;
  const server = env.DATABASE_URL;
  if (!server) throw new Error(`DATABASE_URL must be set (or ${service.toUpperCase()}_DATABASE_URL)`);
  return withDatabase(server, service);
}

/** For logs and error messages: never print a password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}
