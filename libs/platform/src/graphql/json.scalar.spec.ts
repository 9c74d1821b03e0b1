import { parseValue } from 'graphql';
import { JsonScalar } from './json.scalar';

describe('JsonScalar', () => {
  it('passes values through both ways', () => {
    const document = { before: null, after: { grade: 'HEO', skills: ['SQL'] } };
    expect(JsonScalar.serialize(document)).toBe(document);
    expect(JsonScalar.parseValue(document)).toBe(document);
  });

  it('reads an inline literal, variables included', () => {
    const literal = parseValue('{ grade: "HEO", fte: 0.5, tags: [1, true, null], who: $who }');
    expect(JsonScalar.parseLiteral(literal, { who: 'someone' })).toEqual({
      grade: 'HEO',
      fte: 0.5,
      tags: [1, true, null],
      who: 'someone',
    });
  });
});
