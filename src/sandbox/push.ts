// The sandbox's push wiring: receiver settings that trust the emulators (fresh secrets each
// start), and the subscriptions that make the emulators push every fleet change to them — the
// same SNS, Event Grid and Pub/Sub deliveries a production deployment receives.
import { randomBytes } from 'node:crypto';
import type { PushConfig } from '../config/schema.js';
import type { SandboxEmulators } from './emulators.js';

export function sandboxPushConfig(sandbox: SandboxEmulators): PushConfig {
  const secret = (): string => randomBytes(24).toString('base64url');
  return {
    ...(sandbox.aws
      ? { aws: { topicArns: sandbox.aws.sns.topicArns, trustedHostPattern: sandbox.aws.sns.trustedHostPattern, caCertificate: sandbox.aws.sns.caCertificate } }
      : {}),
    ...(sandbox.azure ? { azure: { secret: secret() } } : {}),
    ...(sandbox.gcp ? { gcp: { token: secret() } } : {}),
  };
}

/** Subscribes each emulator to the receivers served at `baseUrl` (http://host:port, no path). */
export async function subscribeSandboxPushes(sandbox: SandboxEmulators, push: PushConfig, baseUrl: string): Promise<void> {
  const at = (path: string, query: Record<string, string> = {}): string => {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  };
  await Promise.all([
    sandbox.aws && push.aws ? sandbox.aws.sns.subscribe(at('/events/aws/sns')) : undefined,
    sandbox.azure && push.azure ? sandbox.azure.eventGrid.subscribe(at('/events/azure/eventgrid', { code: push.azure.secret })) : undefined,
    sandbox.gcp && push.gcp ? sandbox.gcp.pubsub.subscribe(at('/events/gcp/pubsub', { token: push.gcp.token })) : undefined,
  ]);
}

/** Stops every emulator push. */
export function unsubscribeSandboxPushes(sandbox: SandboxEmulators): void {
  sandbox.aws?.sns.unsubscribe();
  sandbox.azure?.eventGrid.unsubscribe();
  sandbox.gcp?.pubsub.unsubscribe();
}
