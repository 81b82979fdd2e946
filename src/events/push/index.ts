// The push receivers a process serves: one per cloud configured under events.push, all writing
// to the same sink. Event Grid's record of completed handshakes is shared through Redis when
// there is one (a handshake answered by one replica admits deliveries to every replica).
import type { Redis } from 'ioredis';
import { closeClient, failFastClient } from '../../redis/client.js';
import type { PushConfig } from '../../config/schema.js';
import { logger } from '../../telemetry/logger.js';
import type { ObservationSink } from '../observation.js';
import { createEventGridReceiver, type VmDirectory } from './azure/event-grid.js';
import { createPubSubReceiver } from './gcp/pubsub.js';
import type { PushReceiver } from './receiver.js';
import { createSnsReceiver } from './aws/sns.js';
import { memoryValidationStore, redisValidationStore, type ValidationStore } from './azure/validations.js';

export interface PushReceiversOptions {
  push: PushConfig;
  sink: ObservationSink;
  /** Shared state (Event Grid handshakes) lives here when set. */
  redisUrl?: string;
  keyPrefix: string;
  /** Places pushed VMs whose event carries no location (Azure deletes). */
  directory?: VmDirectory;
}

export interface PushReceivers {
  receivers: PushReceiver[];
  close(): Promise<void>;
}

export function createPushReceivers(options: PushReceiversOptions): PushReceivers {
  const { push, sink } = options;
  const log = logger('push');
  const receivers: PushReceiver[] = [];
  let redis: Redis | undefined;
  if (push.aws) receivers.push(createSnsReceiver({ sink, config: push.aws, logger: log }));
  if (push.azure) {
    let validations: ValidationStore = memoryValidationStore();
    if (options.redisUrl) {
      redis = failFastClient(options.redisUrl); // a failed lookup answers 503 and Event Grid retries
      validations = redisValidationStore(redis, options.keyPrefix);
    }
    receivers.push(createEventGridReceiver({ sink, config: push.azure, validations, logger: log, ...(options.directory ? { directory: options.directory } : {}) }));
  }
  if (push.gcp) receivers.push(createPubSubReceiver({ sink, config: push.gcp, logger: log }));
  return {
    receivers,
    close: async () => {
      if (redis) await closeClient(redis);
    },
  };
}
