import { describe, expect, it } from 'vitest';
import { EventSubscription, SubscriberOverflowError } from '../../src/events/subscription.js';
import type { VmEvent } from '../../src/events/vm-event.js';
import { ids, sampleEvent } from './helpers.js';

const event = (id: string): VmEvent => ({ ...sampleEvent(1), id });

describe('EventSubscription', () => {
  it('merges replay and held live events in id order, each once', async () => {
    let ended = 0;
    const sub = new EventSubscription(() => ended++);
    sub.offer(event('5-0'));
    sub.offer(event('6-0'));
    sub.goLive('2-0', [event('3-0'), event('4-0'), event('5-0')]);
    sub.offer(event('6-0'));
    sub.offer(event('7-0'));
    await sub.ready;
    const got: VmEvent[] = [];
    for (let i = 0; i < 5; i++) got.push((await sub.next()).value as VmEvent);
    expect(ids(got)).toEqual(['3-0', '4-0', '5-0', '6-0', '7-0']);
    await sub.return();
    expect(ended).toBe(1);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('a subscriber that falls behind gets what was queued, then an error naming where to resume', async () => {
    const sub = new EventSubscription(() => {}, undefined, 2);
    sub.goLive('0-0', []);
    for (const id of ['1-0', '2-0', '3-0']) sub.offer(event(id));
    expect((await sub.next()).value?.id).toBe('1-0');
    expect((await sub.next()).value?.id).toBe('2-0');
    const error = await sub.next().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SubscriberOverflowError);
    expect((error as SubscriberOverflowError).lastId).toBe('2-0');
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('an already aborted signal ends it at once', async () => {
    const sub = new EventSubscription(() => {}, AbortSignal.abort());
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });
});
