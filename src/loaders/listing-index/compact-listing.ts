// A scope's listing is held for as long as it is current, and at 100,000 VMs most of it is
// repeats: the same account, region, network and security-group ids, image, tag keys and values
// and provider extras on thousands of resources, each a copy of its own from the provider's
// response. Within one listing every repeated string and tag is kept once and every empty list is
// one shared list. Shared pieces are frozen: nothing changes a listed resource (the memory cache
// hands out frozen copies already).
const EMPTY: readonly never[] = Object.freeze([]);

export function compactListing<T>(items: T[]): T[] {
  const pool = new Pool();
  for (let i = 0; i < items.length; i++) items[i] = pool.value(items[i]) as T;
  return items;
}

class Pool {
  private readonly strings = new Map<string, string>();
  private readonly tags = new Map<string, Readonly<{ key: string; value: string }>>();

  value(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (Array.isArray(value)) return this.array(value);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return this.object(value as Record<string, unknown>);
    return value;
  }

  private string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  private array(values: unknown[]): readonly unknown[] {
    if (values.length === 0) return EMPTY;
    for (let i = 0; i < values.length; i++) values[i] = this.value(values[i]);
    return values;
  }

  private object(fields: Record<string, unknown>): unknown {
    const keys = Object.keys(fields);
    if (keys.length === 2 && typeof fields.key === 'string' && typeof fields.value === 'string') return this.tag(fields.key, fields.value);
    for (const key of keys) fields[key] = this.value(fields[key]);
    return fields;
  }

  private tag(key: string, value: string): Readonly<{ key: string; value: string }> {
    const id = `${key}\u0000${value}`;
    let tag = this.tags.get(id);
    if (!tag) {
      tag = Object.freeze({ key: this.string(key), value: this.string(value) });
      this.tags.set(id, tag);
    }
    return tag;
  }
}
