/** The revision cache: an entry holds for its revision only, and `keeps` leaves results out. */
import { describe, expect, it } from 'vitest';
import {
  freshReads,
  localRevisionClock,
  RevisionCache,
  type RevisionClock,
  requestClock,
} from '#platform/cache.ts';

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

/** A clock that counts how often it is asked, as a PostgreSQL server's would be in round trips. */
function countingClock(): RevisionClock & { readonly asked: () => number } {
  const clock = localRevisionClock();
  let asked = 0;
  return {
    current() {
      asked += 1;
      return clock.current();
    },
    advance: () => clock.advance(),
    asked: () => asked,
  };
}

describe('requestClock', () => {
  it('asks once per request, for every cached read it makes', async () => {
    const shared = countingClock();
    const cache = new RevisionCache(shared);
    const request = cache.at(requestClock(shared));
    await request.get('credential', async () => 'anna');
    await request.get('part', async () => 'del');
    await request.get('report', async () => 'rapport');
    expect(shared.asked()).toBe(1);
    await cache.at(requestClock(shared)).get('part', async () => 'ny del');
    expect(shared.asked()).toBe(2);
  });

  it('sees its own write at once, and what others saved only in a later request', async () => {
    const shared = countingClock();
    const cache = new RevisionCache(shared);
    const mine = requestClock(shared);
    const theirs = requestClock(shared);
    expect(await cache.at(theirs).get('goal', async () => 'före')).toBe('före');
    expect(await cache.at(mine).get('goal', async () => 'aldrig')).toBe('före');
    await mine.advance();
    expect(await cache.at(theirs).get('goal', async () => 'efter')).toBe('före');
    expect(await cache.at(mine).get('goal', async () => 'efter')).toBe('efter');
    expect(await cache.at(requestClock(shared)).get('goal', async () => 'aldrig')).toBe('efter');
  });

  it('asks again after a reading that failed', async () => {
    let fail = true;
    const clock = requestClock({
      current: async () => {
        if (fail) {
          throw new Error('anslutningen bröts');
        }
        return '7';
      },
      advance: async () => {},
    });
    await expect(clock.current()).rejects.toThrow('anslutningen bröts');
    fail = false;
    expect(await clock.current()).toBe('7');
  });
});

describe('freshReads', () => {
  /** Reads answered by hand, each with the revision the database had when the read was sent. */
  function database() {
    let revision = 0;
    const reads: { sentAt: number; answer: () => void }[] = [];
    const read = () =>
      new Promise<string>((resolve) => {
        const sentAt = revision;
        reads.push({ sentAt, answer: () => resolve(String(sentAt)) });
      });
    return { read, reads, save: () => (revision += 1) };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('never answers with a read sent before the asker asked, and shares the next one among all who wait', async () => {
    const db = database();
    const current = freshReads(db.read);
    const first = current();
    db.save();
    // Told of the save, two requests ask while the first read (sent before it) is still under way.
    const second = current();
    const third = current();
    expect(db.reads).toHaveLength(1);
    db.reads[0]?.answer();
    expect(await first).toBe('0');
    await settle();
    expect(db.reads).toHaveLength(2);
    db.reads[1]?.answer();
    expect([await second, await third]).toEqual(['1', '1']);
  });

  it('sends a read of its own for whoever asks when none is under way', async () => {
    const db = database();
    const current = freshReads(db.read);
    const first = current();
    db.reads[0]?.answer();
    await first;
    db.save();
    const later = current();
    expect(db.reads).toHaveLength(2);
    db.reads[1]?.answer();
    expect(await later).toBe('1');
  });
});
