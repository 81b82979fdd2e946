// The DigitalOcean API v2 as it answers (JSON), the fields FleetGraph reads. Shapes follow
// DigitalOcean's OpenAPI specification (github.com/digitalocean/openapi, specification/resources).

/** Every list: the items under the collection's own key, then paging. */
export type ListPage<Key extends string, Item> = { [K in Key]: Item[] } & PageLinks;

export interface PageLinks {
  links?: { pages?: { first?: string; prev?: string; next?: string; last?: string } };
  meta?: { total?: number };
}

/** `new`: being created; `active`: running; `off`: powered off; `archive`: archived, not running. */
export type DropletStatus = 'new' | 'active' | 'off' | 'archive';

export interface DoRegion {
  slug: string;
  name?: string;
}

export interface DoNetworkV4 {
  ip_address: string;
  netmask?: string;
  gateway?: string;
  type: 'public' | 'private' | string;
}

export interface DoNetworkV6 {
  ip_address: string;
  netmask?: number;
  gateway?: string;
  type: 'public' | string;
}

export interface DoSize {
  slug: string;
  memory: number;
  vcpus: number;
  disk: number;
  transfer?: number;
  price_monthly?: number;
  price_hourly?: number;
  regions?: string[];
  available?: boolean;
  description?: string;
}

export interface DoImage {
  id?: number | null;
  name?: string | null;
  distribution?: string | null;
  slug?: string | null;
}

export interface DoDroplet {
  id: number;
  name: string;
  /** MB */
  memory: number;
  vcpus: number;
  /** GB */
  disk: number;
  locked?: boolean;
  status: string;
  created_at?: string;
  features?: string[];
  image?: DoImage | null;
  volume_ids?: string[];
  size?: DoSize | null;
  size_slug?: string | null;
  networks?: { v4?: DoNetworkV4[]; v6?: DoNetworkV6[] };
  region?: DoRegion | null;
  tags?: string[];
  vpc_uuid?: string | null;
}

export interface DoVolume {
  id: string;
  name: string;
  region?: DoRegion | null;
  droplet_ids?: number[] | null;
  description?: string | null;
  size_gigabytes: number;
  created_at?: string;
  filesystem_type?: string | null;
  filesystem_label?: string | null;
  tags?: string[] | null;
}

export interface DoSnapshot {
  id: string;
  name: string;
  created_at?: string;
  regions?: string[];
  resource_id?: string | null;
  resource_type?: 'droplet' | 'volume' | string;
  min_disk_size?: number | null;
  size_gigabytes?: number | null;
  tags?: string[] | null;
}

export interface DoVpc {
  id: string;
  urn?: string;
  name: string;
  description?: string | null;
  region?: string | null;
  ip_range?: string | null;
  default?: boolean;
  created_at?: string;
}

export interface DoFirewallTargets {
  addresses?: string[];
  droplet_ids?: number[];
  load_balancer_uids?: string[];
  kubernetes_ids?: string[];
  tags?: string[];
}

export interface DoFirewallRule {
  protocol: 'tcp' | 'udp' | 'icmp' | string;
  /** "22", "8000-9000", "all" or "0" (all ports); absent for ICMP. */
  ports?: string;
}

export interface DoFirewall {
  id: string;
  name: string;
  status?: 'waiting' | 'succeeded' | 'failed' | string;
  inbound_rules?: (DoFirewallRule & { sources?: DoFirewallTargets })[] | null;
  outbound_rules?: (DoFirewallRule & { destinations?: DoFirewallTargets })[] | null;
  droplet_ids?: number[] | null;
  tags?: string[] | null;
  created_at?: string;
}

export interface DoReservedIp {
  ip: string;
  region?: DoRegion | null;
  droplet?: { id: number } | null;
  locked?: boolean;
  project_id?: string | null;
}

/** /v2/monitoring/metrics/…: a Prometheus range query's answer. */
export interface DoMetricsAnswer {
  status?: string;
  data?: { resultType?: string; result?: { metric?: Record<string, string>; values?: [number, string][] }[] };
}

/** Every error body: `{ id, message, request_id }`. */
export interface DoErrorBody {
  id?: string;
  message?: string;
  request_id?: string;
}

/** An invoice as listed (`GET /v2/customers/my/invoices`), or the current month's preview. */
export interface DoInvoiceSummary {
  invoice_uuid: string;
  invoice_id?: string;
  /** Decimal string, USD. */
  amount: string;
  /** YYYY-MM */
  invoice_period: string;
  /** The preview only: when it was last generated. */
  updated_at?: string;
}

export type DoInvoicesPage = ListPage<'invoices', DoInvoiceSummary> & { invoice_preview?: DoInvoiceSummary };

/** One line of an invoice (`GET /v2/customers/my/invoices/{uuid}`). */
export interface DoInvoiceItem {
  product?: string;
  resource_id?: string;
  resource_uuid?: string;
  group_description?: string;
  description?: string;
  /** Decimal string, USD. */
  amount: string;
  duration?: string;
  duration_unit?: string;
  start_time?: string;
  end_time?: string;
  project_name?: string;
}

/** `GET /v2/customers/my/balance`: decimal strings, USD. */
export interface DoBalance {
  month_to_date_balance: string;
  account_balance: string;
  month_to_date_usage: string;
  generated_at: string;
}

/** One day's cost of one billed item (`GET /v2/billing/{account_urn}/insights/{start}/{end}`): a nightly estimate. */
export interface DoBillingDataPoint {
  usage_team_urn?: string;
  /** YYYY-MM-DD */
  start_date: string;
  /** Decimal string, USD. */
  total_amount: string;
  region?: string;
  sku?: string;
  description?: string;
  group_description?: string;
}

/** Billing insights page by page: `page` and `per_page`, no links. */
export interface DoInsightsPage {
  data_points: DoBillingDataPoint[];
  total_items?: number;
  total_pages: number;
  current_page?: number;
}
