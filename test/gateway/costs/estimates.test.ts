// Estimates that look back through FleetGraph's event log: a VM stopped during the window is
// counted as running only until the change the poller recorded, and the method says where the
// hours came from. (With no per-resource billing data: Cost Explorer's resource-level data off.)
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { VmCostsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const DAY = 86_400_000;
const text = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('estimates from the event log', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 4, pollIntervalSeconds: 0.3 });
    await untilEveryScopePolled(app);
    app.sandbox!.aws!.costExplorer.resourceLevelOptIn.clear();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('counts a VM stopped in the window as running until the recorded change, and a running one until now', async () => {
    const instances = app.sandbox!.fleet.aws.scopes().flatMap((s) => s.instances).filter((i) => i.state === 'running');
    const [stopped, running] = instances;
    app.sandbox!.fleet.aws.setInstanceState(stopped!.instanceId, 'stopping');
    const bus = app.events!.bus;
    const deadline = Date.now() + 10_000;
    let change = (await bus.history(0)).events.find((e) => e.vmId.endsWith(`:vm:${stopped!.instanceId}`));
    while (!change && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      change = (await bus.history(0)).events.find((e) => e.vmId.endsWith(`:vm:${stopped!.instanceId}`));
    }
    if (!change) throw new Error('the poller recorded no change');

    const today = Math.floor(Date.now() / DAY) * DAY;
    const result = await execute(gatewayUrl(app), VmCostsDocument, {
      first: 10,
      filter: { ids: [change.vmId, change.vmId.replace(stopped!.instanceId, running!.instanceId)] },
      from: text(today),
      to: text(today + DAY),
    });
    const byId = new Map(result.data!.vms.nodes.map((vm) => [vm.nativeId, vm.cost!]));
    const stoppedCost = byId.get(stopped!.instanceId)!;
    expect(stoppedCost.basis).toBe('ESTIMATE');
    expect(stoppedCost.estimate!.method).toContain('event log');
    const start = Math.max(today, stopped!.launchTime.getTime());
    const expected = new Decimal(change.at.getTime() - start).dividedBy(3_600_000);
    expect(new Decimal(stoppedCost.estimate!.hours).minus(expected).abs().lessThan('0.001')).toBe(true);
    expect(new Decimal(stoppedCost.amount.amount).equals(new Decimal(stoppedCost.estimate!.unitPrice.amount).times(stoppedCost.estimate!.hours))).toBe(true);

    const runningCost = byId.get(running!.instanceId)!;
    const upToNow = new Decimal(Date.now() - Math.max(today, running!.launchTime.getTime())).dividedBy(3_600_000);
    expect(new Decimal(runningCost.estimate!.hours).minus(upToNow).abs().lessThan('0.01')).toBe(true);
  });
});
