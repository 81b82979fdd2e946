import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-config-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('configuration', () => {
  it('defaults to the sandbox settings with nothing configured', () => {
    const { config, source } = loadConfig({}, mkdtempSync(join(tmpdir(), 'fleetgraph-empty-')));
    expect(source).toBe('defaults and environment');
    expect(config.server).toEqual({
      host: '127.0.0.1',
      port: 4000,
      cors: { origins: [], credentials: false },
      limits: { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxDirectives: 20, maxCost: 1_000_000, maxResponseBytes: 32 * 1024 * 1024, requestTimeoutSeconds: 60 },
      shutdown: { unreadySeconds: 0, drainSeconds: 25 },
    });
    expect(config.providers).toEqual({});
    expect(config.cache.redisUrl).toBeUndefined();
    expect(config.cache.concurrentListings).toBe(4);
    expect(config.planner).toBe('rust');
  });

  it('reads YAML and lets env vars win', () => {
    const path = tempFile(
      'fleetgraph.yaml',
      [
        'server: { port: 5000 }',
        'providers:',
        '  aws:',
        '    accounts:',
        '      - id: "123456789012"',
        '        regions: [us-east-1]',
        '        credentials: { type: assumeRole, roleArn: "arn:aws:iam::123456789012:role/Reader", externalId: x }',
      ].join('\n'),
    );
    const { config } = loadConfig({ FLEETGRAPH_CONFIG: path, PORT: '6000', REDIS_URL: 'redis://127.0.0.1:6379/2', FLEETGRAPH_PLANNER: 'js' });
    expect(config.server.port).toBe(6000);
    expect(config.cache.redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(config.planner).toBe('js');
    expect(config.providers.aws?.accounts[0]?.credentials).toEqual({
      type: 'assumeRole',
      roleArn: 'arn:aws:iam::123456789012:role/Reader',
      externalId: 'x',
      sessionName: 'fleetgraph',
    });
  });

  it('names every wrong field, and never echoes a secret', () => {
    const bad = {
      server: { port: 99999 },
      cache: { redisUrl: 'http://nope', ttlSeconds: { vm: -1 }, concurrentListings: 0 },
      providers: {
        aws: { accounts: [{ id: '12', regions: ['nowhere'], credentials: { type: 'static', accessKeyId: 'AKIAX', secretAccessKey: SECRET, extra: 1 } }] },
      },
    };
    let error: unknown;
    try {
      parseConfig(bad, 'test');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const path of [
      'server.port',
      'cache.redisUrl',
      'cache.ttlSeconds.vm',
      'cache.concurrentListings',
      'providers.aws.accounts.0.id',
      'providers.aws.accounts.0.regions.0',
      'providers.aws.accounts.0.credentials',
    ]) {
      expect(message).toContain(path);
    }
    expect(message).not.toContain(SECRET);
  });

  it('defaults the live-event settings and names a wrong one, never echoing a push secret', () => {
    const { config } = loadConfig({}, mkdtempSync(join(tmpdir(), 'fleetgraph-empty-')));
    expect(config.events).toEqual({
      pollIntervalSeconds: 30,
      leaseSeconds: 15,
      retention: { maxEvents: 100_000, maxAgeSeconds: 86_400 },
      maxQueuedPerSubscriber: 1000,
      push: {},
    });
    const shortSecret = 'too-short-secret';
    let error: unknown;
    try {
      parseConfig(
        {
          events: {
            leaseSeconds: 1,
            retention: { maxEvents: 0 },
            push: { aws: { topicArns: ['arn:aws:sqs:us-east-1:123456789012:q'] }, azure: { secret: shortSecret.slice(0, 10) }, gcp: {} },
          },
          sandbox: { changesPerMinute: -1 },
        },
        'test',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const path of [
      'events.leaseSeconds',
      'events.retention.maxEvents',
      'events.push.aws.topicArns.0',
      'events.push.azure.secret',
      'events.push.gcp.token',
      'sandbox.changesPerMinute',
    ]) {
      expect(message).toContain(path);
    }
    expect(message).not.toContain(shortSecret.slice(0, 10));
  });

  it('defaults the costs settings and names a wrong one', () => {
    const { config } = loadConfig({}, mkdtempSync(join(tmpdir(), 'fleetgraph-empty-')));
    expect(config.costs.ttlSeconds).toEqual({ catalog: 86_400, spend: 14_400 });
    expect(config.costs.savings).toMatchObject({ lookbackDays: 14, idleCpuPercent: 5, headroomPercent: 20 });
    expect(config.costs.azure.retailPricesUrl).toBe('https://prices.azure.com/api/retail/prices');
    let error: unknown;
    try {
      parseConfig({
        providers: { aws: { accounts: [{ id: '123456789012', regions: ['us-east-1'] }] } },
        costs: {
          aws: { account: '999999999999' },
          gcp: { billingExportTable: 'not a table' },
          exchangeRates: { reportingCurrency: 'eur', rates: { USD: '0,92' } },
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const path of ['costs.gcp.billingExportTable', 'costs.exchangeRates.reportingCurrency', 'costs.exchangeRates.rates.USD']) expect(message).toContain(path);
    const second = (() => {
      try {
        parseConfig({ providers: { aws: { accounts: [{ id: '123456789012', regions: ['us-east-1'] }] } }, costs: { aws: { account: '999999999999' } } });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(second).toContain('costs.aws.account');
  });

  it('leaves tracing off by default, takes the standard OTEL_* variables, and names a wrong endpoint or rate', () => {
    const empty = mkdtempSync(join(tmpdir(), 'fleetgraph-empty-'));
    expect(loadConfig({}, empty).config.tracing).toEqual({ serviceName: 'fleetgraph', samplingRate: 1 });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/', OTEL_SERVICE_NAME: 'fleetgraph-eu' }, empty).config.tracing).toEqual({
      endpoint: 'http://127.0.0.1:4318/v1/traces',
      serviceName: 'fleetgraph-eu',
      samplingRate: 1,
    });
    // The traces-specific variable is used as it is, and wins over the general one.
    const specific = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector.example/otlp/traces' };
    expect(loadConfig(specific, empty).config.tracing.endpoint).toBe('https://collector.example/otlp/traces');
    expect(() => parseConfig({ tracing: { endpoint: 'grpc://collector:4317', samplingRate: 2 } }, 'test')).toThrow(/tracing\.endpoint[\s\S]*tracing\.samplingRate|tracing\.samplingRate[\s\S]*tracing\.endpoint/);
  });

  it('rejects a file that is not YAML, naming the file', () => {
    const path = tempFile('broken.yaml', 'server: [unclosed');
    expect(() => loadConfig({ FLEETGRAPH_CONFIG: path })).toThrow(/broken\.yaml[\s\S]*not valid YAML/);
  });

  it('stops `fleetgraph start` with the field named', () => {
    const path = tempFile('fleetgraph.yaml', 'providers: { aws: { accounts: [ { id: "abc", regions: [us-east-1] } ] } }\n');
    const run = spawnSync(process.execPath, ['bin/fleetgraph.js', 'start'], {
      env: { ...process.env, FLEETGRAPH_CONFIG: path, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('providers.aws.accounts.0.id: must be a 12-digit AWS account id');
  });
});
