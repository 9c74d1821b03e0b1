import { csvHeader, csvLine, GenerateOptions, generatePeople } from './people.generator';

export interface CsvSink {
  write(text: string): void;
  close(): void;
}

const FLUSH_AT = 64 * 1024;

/**
 * Streams generated people into CSV sinks, one per organisation (or one `people` sink), buffering per sink so
 * hundreds of open files cost a few large writes each rather than one per row.
 */
export function writePeopleCsv(
  options: GenerateOptions & { singleFile?: boolean },
  open: (name: string) => CsvSink,
): { files: string[] } {
  const sinks = new Map<string, { sink: CsvSink; buffer: string }>();
  for (const person of generatePeople(options)) {
    const name = options.singleFile ? 'people' : person.organisation;
    let entry = sinks.get(name);
    if (!entry) {
      entry = { sink: open(name), buffer: csvHeader() };
      sinks.set(name, entry);
    }
    entry.buffer += csvLine(person.cells);
    if (entry.buffer.length >= FLUSH_AT) {
      entry.sink.write(entry.buffer);
      entry.buffer = '';
    }
  }
  for (const entry of sinks.values()) {
    entry.sink.write(entry.buffer);
    entry.sink.close();
  }
  return { files: [...sinks.keys()].sort() };
}
