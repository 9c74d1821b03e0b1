// Deny by default, checked without starting anything: every resolver of every subgraph names its policy. (A subgraph
// missing one also refuses to start, and `npm run compose` fails, see assertEveryResolverAuthorized.)
import { resolversWithoutPolicy } from '@civil/platform';
import { MOVES_SUBGRAPH } from '../../services/moves/src/schema';
import { PEOPLE_SUBGRAPH } from '../../services/people/src/schema';
import { VACANCIES_SUBGRAPH } from '../../services/vacancies/src/schema';

describe('authorization coverage', () => {
  it.each([
    ['people', PEOPLE_SUBGRAPH],
    ['vacancies', VACANCIES_SUBGRAPH],
    ['moves', MOVES_SUBGRAPH],
  ])('every resolver of %s names its policy', (_name, subgraph) => {
    expect(subgraph.resolvers.length).toBeGreaterThan(0);
    expect(resolversWithoutPolicy(subgraph.resolvers)).toEqual([]);
  });
});
