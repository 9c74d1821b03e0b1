import { databaseNameOf, redactUrl, serviceDatabaseUrl, withDatabase } from './service-database-url';

describe('serviceDatabaseUrl', () => {
  it('puts the service in a database of its own on the DATABASE_URL server', () => {
    const env = { DATABASE_URL: 'postgres://app:secret@db:5432/postgres?sslmode=disable' };
    expect(serviceDatabaseUrl('people', env)).toBe('postgres://app:secret@db:5432/people?sslmode=disable');
  });

  it('lets <SERVICE>_DATABASE_URL override it', () => {
    const env = { DATABASE_URL: 'postgres://db/postgres', MOVES_DATABASE_URL: 'postgres://other/moves_prod' };
    expect(serviceDatabaseUrl('moves', env)).toBe('postgres://other/moves_prod');
  });

  it('names the variable when neither is set', () => {
    expect(() => serviceDatabaseUrl('people', {})).toThrow(/DATABASE_URL/);
  });

  it('reads and replaces the database name and hides passwords', () => {
    expect(databaseNameOf('postgres://db:5432/people')).toBe('people');
    expect(withDatabase('postgres://db:5432/people', 'postgres')).toBe('postgres://db:5432/postgres');
    expect(redactUrl('postgres://app:secret@db/people')).toBe('postgres://app:***@db/people');
  });
});
