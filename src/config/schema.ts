// The one configuration schema. Read from fleetgraph.yaml (or FLEETGRAPH_CONFIG) and env vars,
// validated at start-up; a bad value fails with the path of the field that is wrong.
import { z } from 'zod';
import { authSchema, noWayToAuthenticate } from './auth-schema.js';
import { writesSchema } from './writes-schema.js';
import { costsSchema } from './costs-schema.js';
import { resilienceSchema } from './resilience-schema.js';
import { tracingSchema } from './tracing-schema.js';
import { rateLimitsSchema } from './rate-limits-schema.js';
import { serverSchema } from './server-schema.js';
import { digitalOceanProviderSchema } from './digitalocean-schema.js';
import { proxmoxProviderSchema } from './proxmox-schema.js';
import { libvirtProviderSchema } from './libvirt-schema.js';
import { containerdProviderSchema } from './containerd-schema.js';
import { sandboxSchema } from './sandbox-schema.js';
import { isLoopbackHost } from './loopback.js';

const awsCredentials = z.discriminatedUnion('type', [
  z.object({ type: z.literal('default') }).strict(),
  z.object({ type: z.literal('profile'), profile: z.string().min(1) }).strict(),
  z
    .object({
      type: z.literal('static'),
      accessKeyId: z.string().min(1),
      secretAccessKey: z.string().min(1),
      sessionToken: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('assumeRole'),
      roleArn: z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, 'must be an IAM role ARN'),
      externalId: z.string().min(1).optional(),
      sessionName: z.string().min(1).default('fleetgraph'),
      /** Profile whose credentials assume the role; the default chain when absent. */
      sourceProfile: z.string().min(1).optional(),
    })
    .strict(),
]);

export const awsAccountSchema = z
  .object({
    id: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'),
    name: z.string().min(1).optional(),
    regions: z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')).min(1),
    credentials: awsCredentials.default({ type: 'default' }),
    /** Overrides the AWS endpoint (the emulator, a VPC endpoint). */
    endpoint: z.url().optional(),
  })
  .strict();

export const awsProviderSchema = z
  .object({
    accounts: z.array(awsAccountSchema).min(1),
    /** Attempts per call, including the first (SDK retry policy). */
    maxAttempts: z.number().int().min(1).max(10).default(3),
  })
  .strict();

/** Locations to include; all the account's locations when absent. */
const regionList = z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a location name such as westeurope or us-central1')).min(1).optional();

const azureCredentials = z.discriminatedUnion('type', [
  /** DefaultAzureCredential: environment, workload identity, managed identity, Azure CLI… */
  z.object({ type: z.literal('default') }).strict(),
  z.object({ type: z.literal('clientSecret'), tenantId: z.string().min(1), clientId: z.string().min(1), clientSecret: z.string().min(1) }).strict(),
  z
    .object({ type: z.literal('clientCertificate'), tenantId: z.string().min(1), clientId: z.string().min(1), certificatePath: z.string().min(1) })
    .strict(),
  z.object({ type: z.literal('managedIdentity'), clientId: z.string().min(1).optional() }).strict(),
  /** A bearer token you obtained yourself (short-lived); also what the sandbox uses. */
  z.object({ type: z.literal('accessToken'), token: z.string().min(1) }).strict(),
]);

export const azureSubscriptionSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an Azure subscription id (a GUID)'),
    name: z.string().min(1).optional(),
    regions: regionList,
    credentials: azureCredentials.default({ type: 'default' }),
    /** Overrides the ARM endpoint (sovereign clouds, the emulator). */
    endpoint: z.url().optional(),
    /** Where Entra ID tokens come from (sovereign clouds: https://login.chinacloudapi.cn, https://login.microsoftonline.us). */
    authorityHost: z.url().optional(),
    /** Overrides the metrics:getBatch endpoint (normally https://<region>.metrics.monitor.azure.com). */
    metricsEndpoint: z.url().optional(),
    /** PEM of a CA to trust besides the system's (the emulator's self-signed certificate). */
    caCertificate: z.string().min(1).optional(),
  })
  .strict();

export const azureProviderSchema = z
  .object({
    subscriptions: z.array(azureSubscriptionSchema).min(1),
    /** Retries after the first attempt (the SDK honours Retry-After). */
    maxRetries: z.number().int().min(0).max(10).default(3),
  })
  .strict();

const gcpCredentials = z.discriminatedUnion('type', [
  /** Application default credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud, metadata server). */
  z.object({ type: z.literal('default') }).strict(),
  z.object({ type: z.literal('serviceAccountKey'), keyFile: z.string().min(1) }).strict(),
  /** An OAuth access token you obtained yourself (short-lived); also what the sandbox uses. */
  z.object({ type: z.literal('accessToken'), token: z.string().min(1) }).strict(),
]);

export const gcpProjectSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'must be a GCP project id such as my-project-123'),
    name: z.string().min(1).optional(),
    regions: regionList,
    credentials: gcpCredentials.default({ type: 'default' }),
    /** Overrides the API endpoint (the emulator): http(s)://host:port. */
    endpoint: z.url().optional(),
  })
  .strict();

export const gcpProviderSchema = z
  .object({
    projects: z.array(gcpProjectSchema).min(1),
    /** Attempts per call, including the first: the REST transport retries nothing by itself. */
    maxAttempts: z.number().int().min(1).max(10).default(3),
  })
  .strict();

const ttl = z.number().int().min(0);

export const cacheSchema = z
  .object({
    /** redis://host:port/db; the in-memory cache when absent. REDIS_URL sets it too. */
    redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
    keyPrefix: z.string().default('fleetgraph:'),
    /** Seconds each kind of result is kept; 0 turns caching off for that kind. */
    ttlSeconds: z
      .object({
        vm: ttl.default(30),
        volume: ttl.default(60),
        snapshot: ttl.default(300),
        network: ttl.default(300),
        subnet: ttl.default(300),
        securityGroup: ttl.default(120),
        publicIp: ttl.default(120),
        networkInterface: ttl.default(120),
        metrics: ttl.default(60),
      })
      .strict()
      .prefault({}),
    /**
     * Longest a request waits for a listing refresh it needs (the listing is past its TTL, or an
     * event changed its scope) before the previous listing answers and the refresh finishes in the
     * background.
     */
    refreshWaitMs: z.number().int().min(0).max(60_000).default(250),
    /**
     * Longest a request waits for a scope's first listing (nothing to answer with meanwhile):
     * past it the page answers without that scope, naming it in a PROVIDER_UNAVAILABLE error,
     * and the listing finishes in the background for the next request. Below the request limit
     * (server.limits.requestTimeoutSeconds), so a huge scope never fails the whole page.
     */
    coldWaitSeconds: z.number().min(0.1).max(3600).default(20),
    /**
     * Most whole-scope listings (index refreshes and polls) this process runs at once; the rest
     * wait their turn. Each holds its scope's raw responses until it is mapped: the bound on a
     * cold fill's peak memory. Raise it for many small scopes on slow networks.
     */
    concurrentListings: z.number().int().min(1).max(256).default(4),
  })
  .strict();

/** Push receivers: where each cloud delivers VM state changes (see README, "Live events"). */
export const pushSchema = z
  .object({
    /** EventBridge "EC2 Instance State-change Notification" → SNS topic → HTTPS POST /events/aws/sns. */
    aws: z
      .object({
        /** Only messages from these topics are accepted (and only their subscriptions confirmed). */
        topicArns: z.array(z.string().regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:.+$/, 'must be an SNS topic ARN')).min(1),
        /** Hosts the signing certificate and SubscribeURL may come from (regular expression). */
        trustedHostPattern: z.string().min(1).default('^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$'),
        /** PEM of a CA to trust besides the system's when fetching from those hosts (the emulator's certificate). */
        caCertificate: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Event Grid (system topic of the subscriptions) → webhook POST /events/azure/eventgrid?code=<secret>. */
    azure: z
      .object({
        /** Shared secret the webhook URL carries as ?code=…; requests without it are rejected. */
        secret: z.string().min(16, 'must be at least 16 characters'),
      })
      .strict()
      .optional(),
    /** Cloud Asset feed → Pub/Sub push subscription → POST /events/gcp/pubsub?token=<token>. */
    gcp: z
      .object({
        /** Shared secret the push endpoint URL carries as ?token=…; requests without it are rejected. */
        token: z.string().min(16, 'must be at least 16 characters'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const eventsSchema = z
  .object({
    /** Seconds between two polls of one scope (provider, account, region); 0 turns polling off. */
    pollIntervalSeconds: z.number().min(0).default(30),
    /**
     * One replica polls each scope, holding a lease in Redis for this long and renewing it; when
     * it dies its scopes move to another replica within one lease period.
     */
    leaseSeconds: z.number().int().min(2).default(15),
    /** The retained event log (replay with `since`). Redis streams when cache.redisUrl is set. */
    retention: z
      .object({
        maxEvents: z.number().int().min(1).default(100_000),
        maxAgeSeconds: z.number().int().min(1).default(86_400),
      })
      .strict()
      .prefault({}),
    /** A subscriber this many events behind is disconnected (WebSocket close code 4513) and may resume with `since`. */
    maxQueuedPerSubscriber: z.number().int().min(1).max(100_000).default(1000),
    push: pushSchema.prefault({}),
  })
  .strict();

export const configSchema = z
  .object({
    server: serverSchema.prefault({}),
    auth: authSchema.prefault({}),
    writes: writesSchema.prefault({}),
    planner: z.enum(['rust', 'js']).default('rust'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    cache: cacheSchema.prefault({}),
    events: eventsSchema.prefault({}),
    providers: z
      .object({
        aws: awsProviderSchema.optional(),
        azure: azureProviderSchema.optional(),
        gcp: gcpProviderSchema.optional(),
        digitalocean: digitalOceanProviderSchema.optional(),
        proxmox: proxmoxProviderSchema.optional(),
        libvirt: libvirtProviderSchema.optional(),
        containerd: containerdProviderSchema.optional(),
      })
      .strict()
      .prefault({}),
    costs: costsSchema.prefault({}),
    resilience: resilienceSchema.prefault({}),
    rateLimits: rateLimitsSchema.prefault({}),
    tracing: tracingSchema.prefault({}),
    /** Present when the process runs the emulators itself (the embedded default). */
    sandbox: sandboxSchema.optional(),
  })
  .strict()
  .superRefine((config, context) => {
    const account = config.costs.aws.account;
    if (account !== undefined && !config.providers.aws?.accounts.some((a) => a.id === account)) {
      context.addIssue({ code: 'custom', path: ['costs', 'aws', 'account'], message: 'must be one of providers.aws.accounts' });
    }
    const unauthenticatable = noWayToAuthenticate(config.auth, config.cache.redisUrl !== undefined);
    if (unauthenticatable) context.addIssue({ code: 'custom', path: ['auth'], message: unauthenticatable });
    if (config.writes.enabled && config.auth.mode === 'none' && !isLoopbackHost(config.server.host)) {
      context.addIssue({
        code: 'custom',
        path: ['writes', 'enabled'],
        message: `writes need auth.mode "required" on a non-loopback host (server.host is ${config.server.host}): anyone who can reach it could act on the fleet`,
      });
    }
  });

export type Config = z.infer<typeof configSchema>;
export type AwsProviderConfig = z.infer<typeof awsProviderSchema>;
export type AwsAccountConfig = z.infer<typeof awsAccountSchema>;
export type AzureProviderConfig = z.infer<typeof azureProviderSchema>;
export type AzureSubscriptionConfig = z.infer<typeof azureSubscriptionSchema>;
export type GcpProviderConfig = z.infer<typeof gcpProviderSchema>;
export type GcpProjectConfig = z.infer<typeof gcpProjectSchema>;
export type CacheConfig = z.infer<typeof cacheSchema>;
export type EventsConfig = z.infer<typeof eventsSchema>;
export type PushConfig = z.infer<typeof pushSchema>;
export { costsSchema, type CostsConfig } from './costs-schema.js';
export { writesSchema, type WritesConfig } from './writes-schema.js';
export { sandboxSchema } from './sandbox-schema.js';
export { resilienceSchema, type ResilienceConfig } from './resilience-schema.js';
export { rateLimitsSchema, type BucketConfig, type RateLimitsConfig } from './rate-limits-schema.js';
export type { DigitalOceanAccountConfig, DigitalOceanProviderConfig } from './digitalocean-schema.js';
export type { SecretSource } from './secret-source-schema.js';
export type { ProxmoxClusterConfig, ProxmoxProviderConfig } from './proxmox-schema.js';
export type { LibvirtHostConfig, LibvirtProviderConfig } from './libvirt-schema.js';
export type { ContainerdHostConfig, ContainerdProviderConfig } from './containerd-schema.js';
export type CacheTtlKind = keyof CacheConfig['ttlSeconds'];
export { isLoopbackHost } from './loopback.js';
