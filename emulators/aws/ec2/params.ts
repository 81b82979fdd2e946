// Reading EC2 query-protocol parameters: `Name.N` lists, `Filter.N.Name` / `Filter.N.Value.M`, integers.
import { ec2Errors } from './errors.js';

export interface Ec2Filter {
  name: string;
  values: string[];
}

export class QueryParams {
  private readonly map = new Map<string, string>();

  constructor(body: string, query = '') {
    for (const source of [query, body]) {
      for (const [k, v] of new URLSearchParams(source)) this.map.set(k, v);
    }
  }

  get(name: string): string | undefined {
    return this.map.get(name);
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  /** `Prefix.1`, `Prefix.2`, … in index order (gaps allowed, as the query protocol allows). */
  list(prefix: string): string[] {
    const entries: [number, string][] = [];
    const re = new RegExp(`^${escapeRegExp(prefix)}\\.(\\d+)$`);
    for (const [k, v] of this.map) {
      const m = re.exec(k);
      if (m) entries.push([Number(m[1]), v]);
    }
    return entries.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  }

  filters(): Ec2Filter[] {
    const byIndex = new Map<number, { name?: string; values: [number, string][] }>();
    for (const [k, v] of this.map) {
      const m = /^Filter\.(\d+)\.(Name|Value\.(\d+))$/.exec(k);
      if (!m) continue;
      const index = Number(m[1]);
      const entry = byIndex.get(index) ?? { values: [] };
      if (m[2] === 'Name') entry.name = v;
      else entry.values.push([Number(m[3]), v]);
      byIndex.set(index, entry);
    }
    return [...byIndex.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, { name, values }]) => {
        if (name === undefined) throw ec2Errors.invalidParameterValue(`The filter Filter.${index} has no Name.`);
        return { name, values: values.sort((a, b) => a[0] - b[0]).map(([, v]) => v) };
      });
  }

  integer(name: string): number | undefined {
    const raw = this.map.get(name);
    if (raw === undefined) return undefined;
    if (!/^-?\d+$/.test(raw)) throw ec2Errors.invalidParameterValue(`Invalid value '${raw}' for ${name}. It must be an integer.`);
    return Number(raw);
  }

  boolean(name: string): boolean {
    return this.map.get(name) === 'true';
  }

  /** Every parameter except the named ones, sorted: a fingerprint of "the same query". */
  fingerprint(except: readonly string[]): string {
    return [...this.map.entries()]
      .filter(([k]) => !except.includes(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
