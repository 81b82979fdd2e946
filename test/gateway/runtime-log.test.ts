// The gateway runtime's own log lines go through FleetGraph's logger (src/gateway/runtime-log.ts):
// a failed subgraph call is logged with the subgraph's name and code but without the subgraph
// request's body (it holds the caller's signed token and the whole query); the client gets the
// rest of its answer and SUBGRAPH_UNAVAILABLE naming the subgraph (src/gateway/mask-error.ts).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { readSupergraph } from '../../src/gateway/compose.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import type { SubgraphName } from '../../src/subgraphs/catalog.js';
import { startTestApp } from '../support/app.js';
import { closedPortUrl } from '../support/harness.js';

interface LogLine {
  level: number;
  component: string;
  message?: string;
  extensions?: { code?: string; serviceName?: string; request?: Record<string, unknown> };
}

const ERROR = 50;


describe("the gateway runtime's log", () => {
  let app: RunningApp;
  let gateway: RunningGateway;
  const raw: string[] = [];
  const lines = () => raw.map((line) => JSON.parse(line) as LogLine);

  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 3, gateway: false });
    const urls = Object.fromEntries(app.subgraphs.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      planner: 'rust',
      supergraphSdl: await readSupergraph(),
      subgraphUrls: { ...urls, network: `${await closedPortUrl()}/graphql` },
      maxQueuedPerSubscriber: 100,
      runtimeLog: pino({ level: 'debug' }, { write: (line: string) => void raw.push(line) }).child({ component: 'gateway-runtime' }),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
  });

  const post = (query: string) => fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('names the subgraph it could not reach, without the request it sent', async () => {
    const answer = await (await post('{ vms(first: 2) { nodes { id securityGroups { id } } } }')).json();
    expect(answer.data.vms.nodes).toHaveLength(2);
    for (const vm of answer.data.vms.nodes) expect(vm).toEqual({ id: expect.stringMatching(/^aws:/), securityGroups: null });
    expect(answer.errors[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'network' });
    expect(answer.errors[0].message).toContain('The network subgraph is unavailable');
    const failures = lines().filter((line) => line.level === ERROR && line.extensions?.serviceName === 'network');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]!.component).toBe('gateway-runtime');
    expect(failures[0]!.extensions!.code).toBe('SUBREQUEST_HTTP_ERROR');
    expect(failures[0]!.extensions!.request).toEqual({ method: 'POST' });
    expect(raw.join('\n')).not.toMatch(/_entities|representations/);
  });
});
