// The `rateLimits` section of the configuration: client-side token buckets shared by every replica
// (README, "Rate limits"). One bucket per provider, account, region and API family — and per
// operation where the cloud throttles each API on its own. Every HTTP request FleetGraph sends
// (each page, each retry) takes one token; a request that cannot get one within `maxWaitMs` fails
// PROVIDER_THROTTLED without being sent.
//
// The defaults are what each cloud documents. A per-minute quota Q becomes a bucket of Q/5 that
// refills at (4Q/5)/60 per second, so no 60-second window ever holds more than Q requests.
import { z } from 'zod';

const bucket = (capacity: number, refillPerSecond: number, perOperation: boolean) =>
  z
    .object({
      /** Tokens the bucket holds: the burst allowed after a quiet spell. */
      capacity: z.number().int().min(1).default(capacity),
      /** Tokens added per second, up to `capacity`: the sustained rate. */
      refillPerSecond: z.number().positive().default(refillPerSecond),
      /** One bucket per API operation (the cloud throttles each on its own) rather than one for the family. */
      perOperation: z.boolean().default(perOperation),
    })
    .strict()
    .prefault({});

export const rateLimitsSchema = z
  .object({
    /** Off: nothing waits for a token (the clouds' own throttling and the retry policy still apply). */
    enabled: z.boolean().default(true),
    /** Longest a request waits for a token; past it the call fails PROVIDER_THROTTLED, nothing sent. */
    maxWaitMs: z.number().int().min(0).max(600_000).default(10_000),
    aws: z
      .object({
        /**
         * EC2 Describe* (non-mutating): bucket 100, refill 20/s, per API, per account and region.
         * docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html ("Request token bucket sizes and refill rates").
         */
        ec2: bucket(100, 20, true),
        /** CloudWatch GetMetricData: 50 transactions per second per account and region. docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html */
        cloudwatch: bucket(50, 50, true),
        /** Price List Query API GetProducts: token bucket 10, refill 5/s, per account and region. docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-pelong.html ("Quotas") */
        pricing: bucket(10, 5, true),
        /**
         * Cost Explorer publishes no request rate; every request (each page) is billed $0.01.
         * Bucket 5, refill 1/s: at most $36 an hour, far above what a cached query shape needs.
         */
        costExplorer: bucket(5, 1, false),
      })
      .strict()
      .prefault({}),
    azure: z
      .object({
        /**
         * Azure Resource Manager reads per subscription per principal: bucket 250, refill 25/s (the
         * token-bucket throttling ARM moved to in 2024). learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling
         */
        arm: bucket(250, 25, false),
        /**
         * Azure Monitor metrics:getBatch publishes no figure of its own; it was introduced to lift the
         * per-resource metrics API above ARM's read limit, so ARM's reads bucket is the floor used here.
         */
        metrics: bucket(250, 25, false),
        /**
         * Cost Management: 12 QPU per 10 s, 60 per minute, 600 per hour, per tenant (a query costs at least 1 QPU).
         * Bucket 10, refill 0.15/s keeps every one of those windows. learn.microsoft.com/azure/cost-management-billing/costs/manage-automation
         */
        costManagement: bucket(10, 0.15, false),
        /** The public Retail Prices API publishes no limit; bucket 20, refill 5/s is a courtesy to it. */
        retailPrices: bucket(20, 5, false),
      })
      .strict()
      .prefault({}),
    gcp: z
      .object({
        /**
         * Compute Engine read requests (get, list, aggregatedList): 1,500 per minute per project.
         * Bucket 300, refill 20/s. cloud.google.com/compute/api-quota
         */
        compute: bucket(300, 20, false),
        /**
         * Cloud Monitoring time series queries (monitoring.googleapis.com/query_requests): 6,000 per
         * minute per project. Bucket 1,200, refill 80/s. cloud.google.com/monitoring/quotas
         */
        monitoring: bucket(1200, 80, false),
        /** Cloud Billing API (the Catalog's skus.list): 300 calls per minute per project. Bucket 60, refill 4/s. cloud.google.com/billing/quotas */
        cloudBilling: bucket(60, 4, false),
        /** BigQuery API requests: 100 per second per user per method. cloud.google.com/bigquery/quotas */
        bigquery: bucket(100, 100, true),
      })
      .strict()
      .prefault({}),
    digitalocean: z
      .object({
        /**
         * The whole API, per token (an account here): 5,000 requests per hour and 250 per minute.
         * Bucket 50, refill 1.3/s keeps both: at most 50 + 78 in any minute, 50 + 4,680 in any hour.
         * docs.digitalocean.com/reference/api/ ("Rate Limit"). The API's own ratelimit-* headers are
         * honoured besides (providers/digitalocean/client.ts).
         */
        api: bucket(50, 1.3, false),
      })
      .strict()
      .prefault({}),
    proxmox: z
      .object({
        /**
         * The whole API, per cluster. Proxmox VE sets no request limit; its pveproxy answers with
         * three workers by default, so a cluster is spared bursts: bucket 50, refill 20/s (besides
         * at most `maxConcurrency` requests in flight, providers/proxmox/client.ts).
         */
        api: bucket(50, 20, false),
      })
      .strict()
      .prefault({}),
    libvirt: z
      .object({
        /**
         * virsh runs per host (each a process and a connection; over SSH a login). libvirtd sets
         * no request limit but admits 20 clients at once by default (max_clients): bucket 20,
         * refill 10/s (besides at most `maxConcurrency` runs at once, providers/libvirt/virsh.ts).
         */
        virsh: bucket(20, 10, false),
      })
      .strict()
      .prefault({}),
    containerd: z
      .object({
        /** gRPC calls per host over its socket: containerd sets no limit; bucket 100, refill 50/s spares a busy node. */
        grpc: bucket(100, 50, false),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type RateLimitsConfig = z.infer<typeof rateLimitsSchema>;
export type BucketConfig = RateLimitsConfig['aws']['ec2'];
