// When a simulated resource produced metrics: the time ranges it was running. Every cloud's
// series exist only inside these.

/** A time range during which the resource was running (`to` null = still running). */
export interface ActivityInterval {
  from: Date;
  to: Date | null;
}

/** Whether the interval overlaps [from, to) (epoch milliseconds). */
export function overlaps(a: ActivityInterval, from: number, to: number): boolean {
  const end = a.to ? a.to.getTime() : Number.POSITIVE_INFINITY;
  return a.from.getTime() < to && end > from;
}

/** Starts an interval at `at` unless one is already open. */
export function openActivity(activity: ActivityInterval[], at: Date): void {
  const last = activity[activity.length - 1];
  if (!last || last.to !== null) activity.push({ from: at, to: null });
}

/** Ends the open interval, if any, at `at`. */
export function closeActivity(activity: ActivityInterval[], at: Date): void {
  const last = activity[activity.length - 1];
  if (last && last.to === null) last.to = at;
}
