import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from './supergraph';

// `npm run compose`: rewrites the checked-in supergraph the gateway serves. Commit the result.
composeSupergraph()
  .then((supergraph) => {
    writeFileSync(SUPERGRAPH_FILE, supergraph);
    console.log(`Wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
