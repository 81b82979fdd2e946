// The Azure Retail Prices API (https://prices.azure.com/api/retail/prices): public, no token. It
// has no SDK, so requests go through @azure/core-rest-pipeline, the pipeline under every Azure
// client here: the same shared retry policy (the configured maxRetries; Retry-After honoured),
// the same TLS trust of a configured CA (the emulator's certificate), and per attempt a
// rate-limit token then an attempt-counting policy, so every attempt counts in
// fleetgraph_upstream_requests_total{service="retail-prices"}. No bearer-token policy: the API
// takes none. A listing follows NextPageLink until it is null; a failed answer becomes a
// RestError carrying the API's error code, for classifyAzureError.
import tls from 'node:tls';
import {
  RestError,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { countUpstreamRequest } from '../../telemetry/metrics.js';
import { applyRequestPolicies, retryPolicyOf, type ClientPoolOptions } from './clients.js';

export const RETAIL_PRICES_OPERATION = 'retailPrices.list';
export const RETAIL_PRICES_SERVICE = 'retail-prices';

/** The fields of a Retail Prices item the adapter reads. */
export interface RetailPriceItem {
  currencyCode?: string;
  retailPrice: number;
  armRegionName?: string;
  effectiveStartDate?: string;
  meterId: string;
  meterName: string;
  productName: string;
  skuName?: string;
  serviceName?: string;
  unitOfMeasure: string;
  type: string;
  isPrimaryMeterRegion?: boolean;
  armSkuName?: string;
}

/** Every item of one listing, and the currency the API answered in. */
export interface RetailListing {
  currency: string;
  items: RetailPriceItem[];
}

interface RetailPage {
  BillingCurrency?: string;
  Items?: RetailPriceItem[];
  NextPageLink?: string | null;
}

export interface RetailClientOptions extends ClientPoolOptions {
  /** The API's URL (costs.azure.retailPricesUrl). */
  url: string;
  /** ISO 4217 code the prices are asked for in. */
  currency: string;
  maxRetries: number;
  /** PEM of a CA to trust besides the system's. */
  caCertificate?: string;
  /** Whose bucket the requests draw from (the API is public: the subscription the adapter reports). */
  account: string;
}

/** A runaway NextPageLink chain stops here (a region's VM meters are under ten pages of 1000). */
const MAX_PAGES = 500;

export class RetailPricesClient {
  private readonly pipeline: Pipeline;
  private readonly httpClient: HttpClient = createDefaultHttpClient();

  constructor(private readonly options: RetailClientOptions) {
    this.pipeline = createPipelineFromOptions({
      userAgentOptions: { userAgentPrefix: 'fleetgraph' },
      // `ca` replaces Node's root store for these requests, so the system roots go in beside it.
      ...(options.caCertificate ? { tlsOptions: { ca: [...tls.rootCertificates, options.caCertificate] } } : {}),
    });
    this.pipeline.addPolicy(countingPolicy, { afterPhase: 'Retry' });
    applyRequestPolicies(this.pipeline, {
      retry: retryPolicyOf(options.maxRetries, options),
      limiter: options.rateLimits,
      family: 'retailPrices',
      scope: { provider: 'azure', account: options.account, region: '*' },
      operationOf: () => RETAIL_PRICES_OPERATION,
      placement: { afterPhase: 'Retry', beforePolicies: [countingPolicy.name] },
      timeoutMs: options.requestTimeoutMs,
    });
  }

  /** Every page of the items `filter` selects (an OData $filter). */
  async list(filter: string): Promise<RetailListing> {
    const items: RetailPriceItem[] = [];
    let currency = this.options.currency.toUpperCase();
    let next: string | null = this.firstPageUrl(filter);
    for (let pages = 0; next !== null; pages++) {
      if (pages === MAX_PAGES) throw new RestError(`Retail Prices listing did not end after ${MAX_PAGES} pages`, { code: 'TooManyPages' });
      const page = await this.getPage(next);
      items.push(...(page.Items ?? []));
      currency = page.BillingCurrency ?? currency;
      next = page.NextPageLink ?? null;
    }
    return { currency, items };
  }

  private firstPageUrl(filter: string): string {
    const url = new URL(this.options.url);
    url.searchParams.set('currencyCode', `'${this.options.currency.toUpperCase()}'`);
    url.searchParams.set('$filter', filter);
    return url.toString();
  }

  private async getPage(url: string): Promise<RetailPage> {
    const request = createPipelineRequest({ url, method: 'GET' });
    request.headers.set('accept', 'application/json');
    const response = await this.pipeline.sendRequest(this.httpClient, request);
    if (response.status >= 400) throw failureOf(response);
    const page = parseJson(response) as RetailPage | null;
    if (page === null || typeof page !== 'object' || (page.Items !== undefined && !Array.isArray(page.Items))) {
      throw new RestError('The Retail Prices API answered something that is not a page of prices', { code: RestError.PARSE_ERROR, statusCode: response.status });
    }
    return page;
  }
}

const countingPolicy: PipelinePolicy = {
  name: 'fleetgraphRetailPricesCounting',
  async sendRequest(request, next) {
    try {
      const response = await next(request);
      countUpstreamRequest('azure', RETAIL_PRICES_SERVICE, RETAIL_PRICES_OPERATION, response.status < 400 ? 'ok' : 'error');
      return response;
    } catch (error) {
      countUpstreamRequest('azure', RETAIL_PRICES_SERVICE, RETAIL_PRICES_OPERATION, 'error');
      throw error;
    }
  },
};

function parseJson(response: PipelineResponse): unknown {
  try {
    return JSON.parse(response.bodyAsText ?? '');
  } catch {
    throw new RestError('The Retail Prices API answered with invalid JSON', { code: RestError.PARSE_ERROR, statusCode: response.status });
  }
}

/** The API's `{"Error":{"Code","Message"}}` (or a bare `{"Error": "…"}`) as a RestError. */
function failureOf(response: PipelineResponse): RestError {
  let code: string | undefined;
  let message: string | undefined;
  try {
    const body = JSON.parse(response.bodyAsText ?? '') as { Error?: unknown; error?: unknown } | null;
    const error = body?.Error ?? body?.error;
    if (typeof error === 'string') message = error;
    else if (error && typeof error === 'object') {
      const e = error as { Code?: unknown; code?: unknown; Message?: unknown; message?: unknown };
      code = stringOrUndefined(e.Code ?? e.code);
      message = stringOrUndefined(e.Message ?? e.message);
    }
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  return new RestError(message ?? `Retail Prices API answered HTTP ${response.status}`, { ...(code ? { code } : {}), statusCode: response.status, response });
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
