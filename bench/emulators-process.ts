// Child process for the scale benchmark: the sandbox's emulators alone, so the FleetGraph process
// under test does not share its CPU with them (as in production, where the clouds are elsewhere).
// Prints the provider configuration that points at them as one JSON line; answers "count" messages
// with the requests each emulator has answered so far; exits when the parent disconnects.
import { startSandboxEmulators } from '../src/sandbox/emulators.js';

const vmsPerScope = Number(process.argv[2] ?? 60);
const sandbox = await startSandboxEmulators({ clouds: ['aws', 'azure', 'gcp'], seed: 42, vmsPerScope, changesPerMinute: 0, push: false });
const vms = sandbox.fleet.aws.scopes().reduce((n, scope) => n + scope.instances.length, 0);
process.stdout.write(`${JSON.stringify({ providers: sandbox.providers, awsVms: vms })}\n`);
process.on('message', (message) => {
  if (message !== 'count') return;
  const counts = { aws: sandbox.aws!.requests.count(), azure: sandbox.azure!.requests.count(), gcp: sandbox.gcp!.requests.count() };
  process.send!(counts);
});
process.on('disconnect', () => void sandbox.stop().finally(() => process.exit(0)));
