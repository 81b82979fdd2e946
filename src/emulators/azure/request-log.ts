// Every HTTP request the emulator answered, for tests that count calls. Same contract as the AWS
// emulator's log, so one contract suite can drive both.

/** Which Azure API a request went to: ARM compute or network, or the Azure Monitor metrics data plane. */
export type AzureService = 'compute' | 'network' | 'monitor';

export interface RequestLogEntry {
  service: AzureService;
  /** The REST operation, as the SDK names it (`virtualMachines.listAll`); '' when none matched. */
  action: string;
  /** The subscription of the caller's token; null for a missing or unknown token. */
  account: string | null;
  /** The location the request was about (metrics, a location-filtered SKU list, one resource); null for subscription-wide listings. */
  region: string | null;
  status: number;
}

export class RequestLog {
  private list: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): void {
    this.list.push({ ...entry });
  }

  entries(): RequestLogEntry[] {
    return this.list.map((e) => ({ ...e }));
  }

  /** Requests matching every given field (all requests when none is given). */
  count(match: Partial<RequestLogEntry> = {}): number {
    const keys = Object.keys(match) as (keyof RequestLogEntry)[];
    return this.list.filter((e) => keys.every((k) => e[k] === match[k])).length;
  }

  reset(): void {
    this.list = [];
  }
}
