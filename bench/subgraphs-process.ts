// Child process for the benchmark: the sandbox's emulators and subgraphs, without a gateway,
// so the gateways under test do not share a CPU with them. Prints the subgraph URLs as JSON.
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';

const app = await startApp(parseConfig({ server: { port: 0 }, logLevel: 'silent', sandbox: { seed: 42, vmsPerScope: 60 } }), { gateway: false });
process.stdout.write(`${JSON.stringify(Object.fromEntries(app.subgraphs.map((s) => [s.name, s.url])))}\n`);
process.on('disconnect', () => void app.stop().finally(() => process.exit(0)));
