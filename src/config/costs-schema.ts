// The `costs` section of the configuration: spend, prices and savings (README, "Costs").
import { z } from 'zod';

const ttl = z.number().int().min(0);
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as USD');
const decimalString = z.string().regex(/^\d+(\.\d+)?$/, 'must be a positive decimal written as a string, such as "0.92"');

/** Spend, prices and savings (the costs subgraph). See README, "Costs". */
export const costsSchema = z
  .object({
    /** Seconds answers are kept, shared across replicas through Redis. */
    ttlSeconds: z
      .object({
        /** Price catalogs change a few times a month. */
        catalog: ttl.default(86_400),
        /** Billing data (Cost Explorer, Cost Management, the BigQuery export) refreshes a few times a day. */
        spend: ttl.default(4 * 3_600),
      })
      .strict()
      .prefault({}),
    /**
     * Converts amounts to one reporting currency when asked to (`currency` argument): units of
     * `reportingCurrency` per one unit of each listed currency. Amounts in a currency without a
     * rate stay in their own currency.
     */
    exchangeRates: z
      .object({
        reportingCurrency: currencyCode,
        rates: z.record(currencyCode, decimalString),
      })
      .strict()
      .optional(),
    /** What `savings` and `VirtualMachine.recommendations` look for. */
    savings: z
      .object({
        /** Days of metrics a VM is judged on. */
        lookbackDays: z.number().int().min(1).max(60).default(14),
        /** A VM whose 95th-percentile CPU stays under this is idle. */
        idleCpuPercent: z.number().min(0).max(100).default(5),
        /** Spare capacity a smaller type must keep above the observed 95th percentile. */
        headroomPercent: z.number().min(0).max(400).default(20),
        /** An unattached volume older than this is a finding. */
        unattachedVolumeDays: z.number().int().min(0).default(7),
        /** A snapshot older than this is a finding. */
        snapshotAgeDays: z.number().int().min(0).default(90),
      })
      .strict()
      .prefault({}),
    aws: z
      .object({
        enabled: z.boolean().default(true),
        /** The account whose credentials call Cost Explorer and the Price List API (the payer or a member); the first configured account when absent. */
        account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
      })
      .strict()
      .prefault({}),
    azure: z
      .object({
        enabled: z.boolean().default(true),
        /** The public Retail Prices API (no credentials). */
        retailPricesUrl: z.url().default('https://prices.azure.com/api/retail/prices'),
        /** Currency the Retail Prices API is asked to answer in. */
        currency: currencyCode.default('USD'),
      })
      .strict()
      .prefault({}),
    digitalocean: z
      .object({
        /** Droplet prices (GET /v2/sizes) and each team's invoices (its token needs the billing:read scope). */
        enabled: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /**
     * What a machine on your own hardware costs, per provider without a bill (Proxmox VE, libvirt,
     * containerd): a VM's or container's hourly price is vCPUs × `vcpuHour` + memory GiB ×
     * `memoryGiBHour`, a volume's monthly price GiB × `storageGiBMonth`. Costs from a rate card are
     * always ESTIMATEs and say where their price came from.
     */
    rateCards: z
      .partialRecord(
        z.enum(['proxmox', 'libvirt', 'containerd']),
        z
          .object({
            currency: currencyCode,
            vcpuHour: decimalString,
            memoryGiBHour: decimalString,
            storageGiBMonth: decimalString.optional(),
          })
          .strict(),
      )
      .default({}),
    gcp: z
      .object({
        enabled: z.boolean().default(true),
        /**
         * The Cloud Billing export table, `project.dataset.table` (gcp_billing_export_v1_<account>
         * or, for per-resource costs, gcp_billing_export_resource_v1_<account>). Without it GCP
         * actual spend is PROVIDER_NOT_CONFIGURED; prices and estimates still work.
         */
        billingExportTable: z
          .string()
          .regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+$/, 'must be project.dataset.table')
          .optional(),
        /** Currency the Cloud Billing Catalog is asked to answer in. */
        currency: currencyCode.default('USD'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type CostsConfig = z.infer<typeof costsSchema>;
