// Cost Explorer's time handling: TimePeriod dates (YYYY-MM-DD, Start inclusive, End exclusive)
// and the DAILY / MONTHLY periods a window splits into.
import { DAY } from '../../kit/time.js';
import { startOfMonth } from '../../kit/billing.js';
import { costExplorerErrors } from './errors.js';

export interface CeTimePeriod {
  Start?: string;
  End?: string;
}

export interface Window {
  from: number;
  to: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseTimePeriod(period: CeTimePeriod | undefined): Window {
  const start = period?.Start;
  const end = period?.End;
  if (!start || !end || !DATE.test(start) || !DATE.test(end)) {
    throw costExplorerErrors.validation('TimePeriod needs Start and End as YYYY-MM-DD');
  }
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) throw costExplorerErrors.validation(`Invalid date in TimePeriod ${start}..${end}`);
  if (from >= to) throw costExplorerErrors.validation('Start date must be before end date.');
  return { from, to };
}

export function dateText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The periods of `window` at `granularity`; monthly periods are clipped to the window. */
export function periodsOf(window: Window, granularity: string): Window[] {
  const periods: Window[] = [];
  for (let from = window.from; from < window.to; ) {
    const next = granularity === 'MONTHLY' ? nextMonth(from) : from + DAY;
    periods.push({ from, to: Math.min(next, window.to) });
    from = next;
  }
  return periods;
}

function nextMonth(ms: number): number {
  const d = new Date(startOfMonth(ms));
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

export function checkGranularity(granularity: string | undefined, allowed: readonly string[]): string {
  if (!granularity || !allowed.includes(granularity)) {
    throw costExplorerErrors.validation(`Granularity must be one of ${allowed.join(', ')}, got ${granularity ?? 'nothing'}`);
  }
  return granularity;
}
