// The event bus the process uses: Redis streams when a Redis URL is configured, else in memory.
import type { Logger } from 'pino';
import type { EventBus } from './bus.js';
import { MemoryEventBus } from './memory-bus.js';
import { RedisEventBus } from './redis-bus.js';

export interface EventBusConfig {
  /** redis://… — the in-memory bus when absent. */
  redisUrl?: string;
  /** The stream's key in Redis. */
  key: string;
  maxLength: number;
  maxAgeSeconds: number;
  logger?: Logger;
  connectTimeoutMs?: number;
  maxReconnectDelayMs?: number;
  blockMs?: number;
}

export function createEventBus(config: EventBusConfig): EventBus {
  const { redisUrl, ...rest } = config;
  if (redisUrl) return new RedisEventBus({ ...rest, url: redisUrl });
  return new MemoryEventBus({ maxLength: config.maxLength, maxAgeSeconds: config.maxAgeSeconds });
}

export type { EventBus, SubscribeOptions } from './bus.js';
export { MemoryEventBus } from './memory-bus.js';
export { RedisEventBus, type RedisEventBusOptions } from './redis-bus.js';
export { EventSubscription, SubscriberOverflowError } from './subscription.js';
export * from './vm-event.js';
