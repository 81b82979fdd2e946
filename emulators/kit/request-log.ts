// Every HTTP request an emulator answered, for tests that count calls. One contract for all the
// cloud emulators (each names its own services), so one contract suite can drive them alike.

export interface RequestLogEntry<S extends string = string> {
  /** Which of the cloud's APIs the request went to. */
  service: S;
  /** The operation, as the cloud names it; '' when the request named none. */
  action: string;
  /** The account (AWS account, Azure subscription, GCP project) of the request; null when unknown. */
  account: string | null;
  /** The region the request was about; null when it named none. */
  region: string | null;
  status: number;
}

export class RequestLog<S extends string = string> {
  private list: RequestLogEntry<S>[] = [];
  /** When each entry was answered (ms since the epoch), by index: rates are read from these. */
  private times: number[] = [];

  record(entry: RequestLogEntry<S>): void {
    this.list.push({ ...entry });
    this.times.push(Date.now());
  }

  entries(): RequestLogEntry<S>[] {
    return this.list.map((e) => ({ ...e }));
  }

  /** Requests matching every given field, or a test of each entry (all requests when none is given). */
  count(match: Partial<RequestLogEntry<S>> | ((entry: RequestLogEntry<S>) => boolean) = {}): number {
    return this.matching(match).length;
  }

  /** The most requests matching `match` (fields, or a test of each entry) answered within any `windowMs` (default one second). */
  peakRate(match: Partial<RequestLogEntry<S>> | ((entry: RequestLogEntry<S>) => boolean) = {}, windowMs = 1000): number {
    const times = this.matching(match).map((i) => this.times[i]!);
    let peak = 0;
    for (let first = 0, last = 0; last < times.length; last++) {
      while (times[last]! - times[first]! >= windowMs) first++;
      peak = Math.max(peak, last - first + 1);
    }
    return peak;
  }

  reset(): void {
    this.list = [];
    this.times = [];
  }

  private matching(match: Partial<RequestLogEntry<S>> | ((entry: RequestLogEntry<S>) => boolean)): number[] {
    const test = typeof match === 'function' ? match : fieldsMatch(match);
    return this.list.flatMap((e, i) => (test(e) ? [i] : []));
  }
}

function fieldsMatch<S extends string>(match: Partial<RequestLogEntry<S>>): (entry: RequestLogEntry<S>) => boolean {
  const keys = Object.keys(match) as (keyof RequestLogEntry<S>)[];
  return (entry) => keys.every((k) => entry[k] === match[k]);
}
