// The `rateLimits` section: the clouds' documented limits by default, every bucket configurable,
// and a bad value named by its path.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';

describe('rateLimits', () => {
  it('defaults to what each cloud documents', () => {
    const { rateLimits } = parseConfig({});
    expect(rateLimits.enabled).toBe(true);
    expect(rateLimits.maxWaitMs).toBe(10_000);
    expect(rateLimits.aws).toEqual({
      ec2: { capacity: 100, refillPerSecond: 20, perOperation: true },
      cloudwatch: { capacity: 50, refillPerSecond: 50, perOperation: true },
      pricing: { capacity: 10, refillPerSecond: 5, perOperation: true },
      costExplorer: { capacity: 5, refillPerSecond: 1, perOperation: false },
    });
    expect(rateLimits.azure.arm).toEqual({ capacity: 250, refillPerSecond: 25, perOperation: false });
    // Per-minute quotas: no 60 s window may hold more than the quota (capacity + 60 × refill).
    const perMinute = (b: { capacity: number; refillPerSecond: number }) => b.capacity + 60 * b.refillPerSecond;
    expect(perMinute(rateLimits.gcp.compute)).toBe(1500);
    expect(perMinute(rateLimits.gcp.monitoring)).toBe(6000);
    expect(perMinute(rateLimits.gcp.cloudBilling)).toBe(300);
    // Cost Management's QPU windows: 12 per 10 s, 60 per minute, 600 per hour.
    const qpu = rateLimits.azure.costManagement;
    expect(qpu.capacity + 10 * qpu.refillPerSecond).toBeLessThanOrEqual(12);
    expect(qpu.capacity + 3600 * qpu.refillPerSecond).toBeLessThanOrEqual(600);
  });

  it('takes any bucket size, keeping the defaults of what is not given', () => {
    const { rateLimits } = parseConfig({ rateLimits: { maxWaitMs: 500, gcp: { compute: { capacity: 10 } } } });
    expect(rateLimits.maxWaitMs).toBe(500);
    expect(rateLimits.gcp.compute).toEqual({ capacity: 10, refillPerSecond: 20, perOperation: false });
  });

  it('names the field that is wrong', () => {
    expect(() => parseConfig({ rateLimits: { aws: { ec2: { capacity: 0 } } } })).toThrow(ConfigError);
    expect(() => parseConfig({ rateLimits: { aws: { ec2: { capacity: 0 } } } })).toThrow(/rateLimits\.aws\.ec2\.capacity/);
    expect(() => parseConfig({ rateLimits: { azure: { arm: { refillPerSecond: 0 } } } })).toThrow(/rateLimits\.azure\.arm\.refillPerSecond/);
    expect(() => parseConfig({ rateLimits: { gcp: { storage: {} } } })).toThrow(/rateLimits\.gcp/);
  });
});
