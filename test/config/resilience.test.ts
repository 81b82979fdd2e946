// The `resilience` section: safe defaults with nothing configured, partial overrides keep the
// other defaults, and a wrong value is refused naming its field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';

describe('resilience configuration', () => {
  it('defaults to breakers after 5 failures, probing after 30 s, and stale data up to 15 minutes old', () => {
    const { config } = loadConfig({}, mkdtempSync(join(tmpdir(), 'fleetgraph-empty-')));
    expect(config.resilience).toEqual({ breaker: { failures: 5, halfOpenAfterSeconds: 30 }, stale: { maxAgeSeconds: 900 } });
  });

  it('reads the section from the config file, keeping the defaults it does not set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-resilience-'));
    writeFileSync(join(dir, 'fleetgraph.yaml'), 'resilience:\n  breaker: { failures: 3 }\n  stale: { maxAgeSeconds: 0 }\n');
    const { config } = loadConfig({}, dir);
    expect(config.resilience).toEqual({ breaker: { failures: 3, halfOpenAfterSeconds: 30 }, stale: { maxAgeSeconds: 0 } });
  });

  it('turns breakers off with 0 failures and accepts a fractional probe delay', () => {
    const config = parseConfig({ resilience: { breaker: { failures: 0, halfOpenAfterSeconds: 0.5 } } }, 'test');
    expect(config.resilience.breaker).toEqual({ failures: 0, halfOpenAfterSeconds: 0.5 });
  });

  it('names every wrong field', () => {
    const bad = { resilience: { breaker: { failures: -1, halfOpenAfterSeconds: 0, extra: true }, stale: { maxAgeSeconds: 1.5 } } };
    let error: unknown;
    try {
      parseConfig(bad, 'test');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const path of ['resilience.breaker.failures', 'resilience.breaker.halfOpenAfterSeconds', 'resilience.breaker', 'resilience.stale.maxAgeSeconds']) {
      expect(message).toContain(path);
    }
    expect(message).toContain('extra');
  });
});
