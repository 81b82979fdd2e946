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

  record(entry: RequestLogEntry<S>): void {
    this.list.push({ ...entry });
  }

  entries(): RequestLogEntry<S>[] {
    return this.list.map((e) => ({ ...e }));
  }

  /** Requests matching every given field (all requests when none is given). */
  count(match: Partial<RequestLogEntry<S>> = {}): number {
    const keys = Object.keys(match) as (keyof RequestLogEntry<S>)[];
    return this.list.filter((e) => keys.every((k) => e[k] === match[k])).length;
  }

  reset(): void {
    this.list = [];
  }
}
