import { BatchLoader } from './batch-loader';

describe('BatchLoader', () => {
  it('loads the keys asked for in one tick with one call, deduplicated', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 'c').map((key) => [key, key.charCodeAt(0)]));
    }, -1);
    const values = await Promise.all(['a', 'b', 'a', 'c'].map((key) => loader.load(key)));
    expect(values).toEqual([97, 98, 97, -1]);
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('rejects every waiting key when the load fails', async () => {
    const loader = new BatchLoader<string, number>(() => Promise.reject(new Error('down')), 0);
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('down');
  });
});
