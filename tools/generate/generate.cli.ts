// npm run generate -- --people N [--out DIR] [--seed S] [--as-of YYYY-MM-DD] [--single-file]
// Writes a synthetic civil service as HR import feeds, one CSV per organisation (README, "Synthetic data").
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePeopleCsv } from './write-people-csv';
import { DEFAULT_AS_OF, DEFAULT_SEED } from './people.generator';

function parseArguments(argv: string[]) {
  const options = {
    people: NaN,
    out: resolve('.data/generated'),
    seed: DEFAULT_SEED,
    asOf: DEFAULT_AS_OF,
    singleFile: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index];
    if (name === '--single-file') {
      options.singleFile = true;
      continue;
    }
    const value = argv[++index];
    if (value === undefined) throw new Error(`${name} needs a value`);
    switch (name) {
      case '--people':
        options.people = Number(value);
        break;
      case '--out':
        options.out = resolve(value);
        break;
      case '--seed':
        options.seed = Number(value);
        break;
      case '--as-of':
        options.asOf = value;
        break;
      default:
        throw new Error(`unknown argument ${name}`);
    }
  }
  if (!Number.isInteger(options.people) || options.people < 1)
    throw new Error('--people must be a positive whole number');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be a whole number');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new Error('--as-of must be YYYY-MM-DD');
  return options;
}

try {
  const options = parseArguments(process.argv.slice(2));
  mkdirSync(options.out, { recursive: true });
  const started = Date.now();
  const result = writePeopleCsv(options, (organisation) => {
    const fd = openSync(join(options.out, `${organisation}.csv`), 'w');
    return { write: (text) => writeSync(fd, text), close: () => closeSync(fd) };
  });
  console.log(
    `${options.people.toLocaleString('en-GB')} people in ${result.files.length} file(s) under ${options.out} ` +
      `(seed ${options.seed}, as of ${options.asOf}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`generate: ${(error as Error).message}`);
  process.exit(1);
}
