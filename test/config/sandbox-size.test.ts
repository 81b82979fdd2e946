// How large the sandbox may be: up to 10,000 VMs per account and region (a 100,000-VM estate over
// the 12 scopes), and a clear error past it.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

describe('sandbox.vmsPerScope', () => {
  it('accepts up to 10,000', () => {
    expect(parseConfig({ sandbox: { vmsPerScope: 10_000 } }).sandbox?.vmsPerScope).toBe(10_000);
  });

  it('refuses more, naming the setting', () => {
    expect(() => parseConfig({ sandbox: { vmsPerScope: 10_001 } })).toThrow(/sandbox\.vmsPerScope/);
  });
});
