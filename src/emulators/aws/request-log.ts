// Every HTTP request the emulator answered, for tests that count calls.

export type AwsService = 'ec2' | 'monitoring';

export interface RequestLogEntry {
  service: AwsService;
  /** The EC2 Action or the CloudWatch operation; '' when the request named none. */
  action: string;
  account: string | null;
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
