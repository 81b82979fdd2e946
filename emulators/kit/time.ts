// Time units, the fixed epoch and the rounding every cloud's generated times share.
import type { Random } from './prng.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Every generated launch, stop and creation time lies before this instant, so the fleet does not depend on the clock. */
export const FLEET_EPOCH = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/** Rounds down to whole seconds, as the clouds report most times. */
export function atSecond(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}

/** `ms` before the fleet's epoch, in whole seconds. */
export function beforeEpoch(ms: number): Date {
  return atSecond(FLEET_EPOCH.getTime() - ms);
}

/** A second at least an hour after `from` and, where there is room, at least an hour before the epoch. */
export function sometimeAfter(rng: Random, from: number): Date {
  return atSecond(from + rng.int(HOUR, Math.max(HOUR + 1, FLEET_EPOCH.getTime() - from - HOUR)));
}
