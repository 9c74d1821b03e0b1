import { uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('is an RFC 9562 version 7 UUID with the variant bits set', () => {
    expect(uuidv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts by the millisecond it was made in', () => {
    const earlier = uuidv7(Date.UTC(2026, 0, 1));
    const later = uuidv7(Date.UTC(2026, 0, 1) + 1);
    expect(earlier < later).toBe(true);
  });

  it('carries the timestamp in its first 48 bits', () => {
    const ms = Date.UTC(2026, 10, 24, 16, 0, 0);
    expect(parseInt(uuidv7(ms).replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });
});

describe('uuidv7 from its random pool', () => {
  it('gives distinct, well-formed ids across pool refills, in order within a millisecond-distinct run', () => {
    const ms = Date.UTC(2026, 10, 24, 16, 0, 0);
    const ids = Array.from({ length: 1_000 }, (_, index) => uuidv7(ms + index));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(parseInt(ids[999].replace(/-/g, '').slice(0, 12), 16)).toBe(ms + 999);
  });
});
