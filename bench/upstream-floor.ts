// Upstream calls a cold full-account query makes, per account and region, against the floor the
// API limits allow: ⌈n/1000⌉ DescribeInstances pages, ⌈V/500⌉ DescribeVolumes pages (V: the
// volumes in the scope), ⌈G/1000⌉ DescribeSecurityGroups pages, ⌈2n/500⌉ GetMetricData calls.
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';

const QUERY = `query Floor($from: DateTime!, $to: DateTime!) {
  vms(first: 1000, filter: { accounts: ["111111111111"] }) { nodes { id region volumeIds securityGroupIds
    volumes { id } securityGroups { id }
    metrics(names: [CPU_UTILIZATION, NETWORK_IN_BYTES], from: $from, to: $to) { name } } }
}`;

export async function upstreamVersusFloor(): Promise<Record<string, string | number>[]> {
  const app = await startApp(parseConfig({ server: { port: 0 }, logLevel: 'silent', sandbox: { clouds: ['aws'], seed: 42, vmsPerScope: 300 } }));
  try {
    const to = new Date();
    const from = new Date(to.getTime() - 3600_000);
    const response = await fetch(app.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { from, to } }),
    });
    const { data } = (await response.json()) as { data: { vms: { nodes: { region: string }[] } } };
    const requests = app.sandbox!.aws!.requests;
    const fleet = app.sandbox!.fleet.aws;
    return ['us-east-1', 'eu-west-1'].flatMap((region) => {
      const scope = fleet.scope('111111111111', region)!;
      const n = data.vms.nodes.filter((vm) => vm.region === region).length;
      const floors: [string, string, number][] = [
        ['ec2', 'DescribeInstances', Math.ceil(n / 1000)],
        ['ec2', 'DescribeVolumes', Math.ceil(scope.volumes.length / 500)],
        ['ec2', 'DescribeSecurityGroups', Math.ceil(scope.securityGroups.length / 1000)],
        ['monitoring', 'GetMetricData', Math.ceil((2 * n) / 500)],
      ];
      return floors.map(([service, action, floor]) => {
        const calls = requests.count({ service: service as 'ec2', action, account: '111111111111', region });
        return { region, call: action, calls, floor, 'calls / floor': (calls / floor).toFixed(2) };
      });
    });
  } finally {
    await app.stop();
  }
}
