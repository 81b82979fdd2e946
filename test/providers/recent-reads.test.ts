// RecentReads: a read in flight is shared by every caller; a finished one serves only callers
// that ask to reuse it, and only within the window; a failed one is not kept.
import { describe, expect, it } from 'vitest';
import { RecentReads } from '../../src/providers/recent-reads.js';

describe('RecentReads', () => {
  it('shares a read in flight, reuses a finished one within the window when asked, and reads again otherwise', async () => {
    let now = 1_000;
    let loads = 0;
    const recent = new RecentReads(2_000, () => now);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([recent.read('k', false, load), recent.read('k', true, load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    now += 2_000;
    expect(await recent.read('k', true, load)).toBe(1);
    // A caller that does not reuse (the VM listing) always reads, and its answer is the one kept.
    expect(await recent.read('k', false, load)).toBe(2);
    now += 2_001;
    expect(await recent.read('k', true, load)).toBe(3);
    expect(await recent.read('other', true, load)).toBe(4);
  });

  it('keeps no failed read: the next caller reads again', async () => {
    const recent = new RecentReads(2_000, () => 0);
    await expect(recent.read('k', true, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await recent.read('k', true, async () => 'up')).toBe('up');
  });
});
