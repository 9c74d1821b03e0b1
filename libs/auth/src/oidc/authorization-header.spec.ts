import { bearerCredentialsOf } from './authorization-header';

describe('the Authorization header', () => {
  it.each([undefined, ''])('holds nothing when it is %p', (header) => {
    expect(bearerCredentialsOf(header)).toEqual({ kind: 'none' });
  });

  it.each(['Bearer abc.def.ghi', 'bearer abc.def.ghi', 'BEARER  abc.def.ghi '])(
    'holds a bearer token in %p',
    (header) => {
      expect(bearerCredentialsOf(header)).toEqual({ kind: 'bearer', token: 'abc.def.ghi' });
    },
  );

  it.each(['Basic YWxpY2U6c2VjcmV0', 'Bearer', 'Bearer ', 'abc.def.ghi', 'Bearer abc def', 'Bearer a"b'])(
    'is malformed as %p',
    (header) => {
      expect(bearerCredentialsOf(header)).toEqual({ kind: 'malformed' });
    },
  );

  it('is malformed when sent twice', () => {
    expect(bearerCredentialsOf(['Bearer a', 'Bearer b'])).toEqual({ kind: 'malformed' });
  });
});
