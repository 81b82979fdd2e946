// A FleetGraph process for the shutdown test: the sandbox with a slow DescribeVolumes, polling on
// the given Redis (so it holds leases), and the CLI's signal handling. It prints `READY <url>` once
// serving and `SLOW` once a volume listing has reached the (slow) emulator.
import { exitGracefullyOnSignals } from '../../src/signals.js';
import { gatewayUrl, startTestApp } from './app.js';

const app = await startTestApp({
  redisUrl: process.env.REDIS_URL!,
  keyPrefix: process.env.KEY_PREFIX!,
  pollIntervalSeconds: 30,
  server: { shutdown: { unreadySeconds: 1, drainSeconds: 15 } },
});
app.sandbox!.aws!.faults.add({ kind: 'latency', latencyMs: 3000, action: 'DescribeVolumes' });
exitGracefullyOnSignals(app);
process.stdout.write(`READY ${gatewayUrl(app)}\n`);
const watch = setInterval(() => {
  if (app.sandbox!.aws!.requests.count({ action: 'DescribeVolumes' }) === 0) return;
  clearInterval(watch);
  process.stdout.write('SLOW\n');
}, 20);
