// UTC calendar arithmetic for billing windows: days and months as the bills count them.
export const DAY_MS = 86_400_000;

export function startOfDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

export function startOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export const HOUR_MS = 3_600_000;

/** YYYY-MM of the month `date` falls in (how invoices name their period). */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}
