import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './supergraph';

describe('the checked-in supergraph', () => {
  it('is what the subgraphs compose to today', async () => {
    const expected = await composeSupergraph();
    const actual = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (actual !== expected) {
      throw new Error(
        'infra/graphql/supergraph.graphql is stale: a subgraph schema changed. Run `npm run compose` and commit the result.',
      );
    }
  });
});
