/** The revision cache: an entry holds for its revision only, and `keeps` leaves results out. */
import { describe, expect, it } from 'vitest';
import { localRevisionClock, RevisionCache } from '#platform/cache.ts';

describe('RevisionCache', () => {
  it('computes once per revision, and again after a write moves it', async () => {
    const clock = localRevisionClock();
    const cache = new RevisionCache(clock);
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return computed;
    };
    expect([await cache.get('a', compute), await cache.get('a', compute)]).toEqual([1, 1]);
    await clock.advance();
    expect(await cache.get('a', compute)).toBe(2);
  });

  it('does not keep what `keeps` refuses, nor a failure', async () => {
    const cache = new RevisionCache(localRevisionClock(), 10, (value) => value !== null);
    let asked = 0;
    const unknown = async () => {
      asked += 1;
      return null;
    };
    await cache.get('stranger', unknown);
    await cache.get('stranger', unknown);
    expect(asked).toBe(2);
    await expect(cache.get('broken', async () => Promise.reject(new Error('nej')))).rejects.toThrow('nej');
    expect(await cache.get('broken', async () => 'hel')).toBe('hel');
  });

  it('forgets the least recently used entry beyond its size', async () => {
    const cache = new RevisionCache(localRevisionClock(), 2);
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return computed;
    };
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute);
    await cache.get('c', compute);
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('b', compute)).toBe(4);
  });
});
