// Time units, the fixed epoch and the rounding every cloud's generated times share.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Every generated launch, stop and creation time lies before this instant, so the fleet does not depend on the clock. */
export const FLEET_EPOCH = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/** Rounds down to whole seconds, as the clouds report most times. */
export function atSecond(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}
