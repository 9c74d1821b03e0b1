import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The checked-in supergraph, composed by `npm run compose`; the gateway never composes at run time. */
export const SUPERGRAPH_PATH = resolve(__dirname, '../../../../infra/graphql/supergraph.graphql');

export function readSupergraph(path: string = process.env.SUPERGRAPH_PATH || SUPERGRAPH_PATH): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the supergraph at ${path} (run \`npm run compose\`): ${(error as Error).message}`,
    );
  }
}
