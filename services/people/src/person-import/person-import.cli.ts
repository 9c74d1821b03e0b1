// npm run import:people -- FILE.csv [FILE.csv ...] [--batch-size N]
// Imports HR feeds into the people database (README, "Bulk HR import"). Uses PEOPLE_DATABASE_URL, else the `people`
// database on DATABASE_URL's server, like the service. Exit code 0: every row imported or unchanged; 2: some rows
// were rejected (each printed with its line); 1: the import could not run.
import 'reflect-metadata';
import { redactUrl, serviceDatabaseUrl } from '@civil/platform';
import { ImportFileError } from './person-importer';
import { ImportProgressReporter, rowsPerSecond } from './import-progress';
import { ImportSetupError, openPersonImport } from './person-import.factory';

function parseArguments(argv: string[]): { files: string[]; batchSize?: number } {
  const files: string[] = [];
  let batchSize: number | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--batch-size') {
      batchSize = Number(argv[++index]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 20_000)
        throw new ImportFileError('--batch-size must be a whole number from 1 to 20000');
    } else if (argument.startsWith('--')) throw new ImportFileError(`unknown option ${argument}`);
    else files.push(argument);
  }
  if (files.length === 0)
    throw new ImportFileError('usage: npm run import:people -- FILE.csv [FILE.csv ...] [--batch-size N]');
  return { files, batchSize };
}

async function main(): Promise<number> {
  const { files, batchSize } = parseArguments(process.argv.slice(2));
  const url = serviceDatabaseUrl('people');
  const progress = new ImportProgressReporter();
  const session = await openPersonImport(url);
  try {
    console.error(`importing ${files.length} file(s) into ${redactUrl(url)}`);
    const summary = await session.importer.importFiles(files, {
      batchSize,
      onProgress: (update) => progress.update(update),
      onRejected: (row) => {
        progress.break();
        console.error(
          `${row.file}:${row.line}: ${row.code}${row.column ? ` (${row.column})` : ''}: ${row.reason}`,
        );
      },
    });
    progress.break();
    const seconds = (summary.elapsedMs / 1000).toFixed(1);
    console.log(
      `${summary.rows.toLocaleString('en-GB')} rows in ${seconds} s ` +
        `(${Math.round(rowsPerSecond(summary.rows, summary.elapsedMs)).toLocaleString('en-GB')} rows/s): ` +
        `${summary.registered} registered, ${summary.changed} changed, ${summary.unchanged} unchanged, ` +
        `${summary.rejected} rejected; ${summary.events} events in the outbox`,
    );
    return summary.rejected > 0 ? 2 : 0;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ImportFileError || error instanceof ImportSetupError;
    console.error(known ? `import:people: ${(error as Error).message}` : error);
    process.exit(1);
  },
);
