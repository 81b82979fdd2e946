// Google's JSON error shape, as Compute Engine and Cloud Monitoring send it:
//   {"error":{"code":429,"message":"…","errors":[{"message","domain","reason"}],"status":"RESOURCE_EXHAUSTED","details":[…]}}
// `code` repeats the HTTP status, `status` is the google.rpc.Code name, `errors` the legacy
// per-error reasons (rateLimitExceeded, notFound, …), `details` typed google.rpc payloads.

export type GoogleStatus =
  | 'INVALID_ARGUMENT'
  | 'FAILED_PRECONDITION'
  | 'ALREADY_EXISTS'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'UNIMPLEMENTED';

export interface GoogleErrorItem {
  message: string;
  domain: string;
  reason: string;
  location?: string;
  locationType?: string;
}

export class GoogleApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly status: GoogleStatus,
    message: string,
    readonly reason: string,
    readonly domain = 'global',
    readonly extra: { headers?: Record<string, string>; details?: unknown[]; location?: Pick<GoogleErrorItem, 'location' | 'locationType'> } = {},
  ) {
    super(message);
    this.name = 'GoogleApiError';
  }

  body(): string {
    const item: GoogleErrorItem = { message: this.message, domain: this.domain, reason: this.reason, ...this.extra.location };
    return JSON.stringify({
      error: {
        code: this.httpStatus,
        message: this.message,
        errors: [item],
        status: this.status,
        ...(this.extra.details ? { details: this.extra.details } : {}),
      },
    });
  }
}

export type GcpService = 'compute' | 'monitoring' | 'cloudbilling' | 'bigquery';

const SERVICE_HOST: Record<GcpService, string> = {
  compute: 'compute.googleapis.com',
  monitoring: 'monitoring.googleapis.com',
  cloudbilling: 'cloudbilling.googleapis.com',
  bigquery: 'bigquery.googleapis.com',
};

const QUOTA: Record<GcpService, { metric: string; limit: string }> = {
  compute: { metric: 'compute.googleapis.com/read_requests', limit: 'ReadRequestsPerMinutePerProject' },
  monitoring: { metric: 'monitoring.googleapis.com/time_series_queries', limit: 'TimeSeriesQueriesPerMinutePerProject' },
  cloudbilling: { metric: 'cloudbilling.googleapis.com/default_requests', limit: 'defaultPerMinutePerProject' },
  bigquery: { metric: 'bigquery.googleapis.com/default_requests', limit: 'defaultPerMinutePerProject' },
};

export const googleErrors = {
  throttled(service: GcpService, project: string | null, retryAfterSeconds: number | null): GoogleApiError {
    const quota = QUOTA[service];
    const consumer = `projects/${project ?? 'unknown'}`;
    return new GoogleApiError(
      429,
      'RESOURCE_EXHAUSTED',
      `Quota exceeded for quota metric '${quota.metric}' and limit '${quota.limit}' of service '${SERVICE_HOST[service]}' for consumer '${consumer}'.`,
      'rateLimitExceeded',
      'usageLimits',
      {
        headers: retryAfterSeconds === null ? {} : { 'retry-after': String(retryAfterSeconds) },
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'RATE_LIMIT_EXCEEDED',
            domain: 'googleapis.com',
            metadata: { service: SERVICE_HOST[service], quota_metric: quota.metric, quota_limit: quota.limit, consumer },
          },
        ],
      },
    );
  },
  unavailable: () =>
    new GoogleApiError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'backendError'),
  missingCredentials: () =>
    new GoogleApiError(
      401,
      'UNAUTHENTICATED',
      'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      'required',
      'global',
      { location: { location: 'Authorization', locationType: 'header' }, headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' } },
    ),
  invalidCredentials: () =>
    new GoogleApiError(
      401,
      'UNAUTHENTICATED',
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      'authError',
      'global',
      {
        location: { location: 'Authorization', locationType: 'header' },
        headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
      },
    ),
  /** Compute Engine's words for a missing permission (also what an unknown project gets: no existence leak). */
  computeForbidden: (permission: string, resource: string) =>
    new GoogleApiError(403, 'PERMISSION_DENIED', `Required '${permission}' permission for '${resource}'`, 'forbidden'),
  monitoringForbidden: (permission: string, resource: string) =>
    new GoogleApiError(403, 'PERMISSION_DENIED', `Permission ${permission} denied on resource ${resource} (or it may not exist).`, 'forbidden'),
  /** What a service without a resource-specific message (the Cloud Billing Catalog) says. */
  callerForbidden: () => new GoogleApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission', 'forbidden'),
  notFound: (resource: string) => new GoogleApiError(404, 'NOT_FOUND', `The resource '${resource}' was not found`, 'notFound'),
  urlNotFound: (path: string) => new GoogleApiError(404, 'NOT_FOUND', `The requested URL ${path} was not found on this server.`, 'notFound'),
  methodNotAllowed: (method: string) =>
    new GoogleApiError(405, 'UNIMPLEMENTED', `Method ${method} is not supported by this emulator for this path.`, 'httpMethodNotAllowed'),
  /** A write on a resource in a transitional state (STOPPING, SUSPENDING, …). */
  notReady: (resource: string) =>
    new GoogleApiError(400, 'FAILED_PRECONDITION', `The resource '${resource}' is not ready`, 'resourceNotReady'),
  /** A write the resource's state forbids (a running instance's machine type, a protected instance's delete). */
  invalidUsage: (why: string) => new GoogleApiError(400, 'FAILED_PRECONDITION', `Invalid resource usage: '${why}'.`, 'invalidResourceUsage'),
  inUseBy: (resource: string, user: string) =>
    new GoogleApiError(400, 'FAILED_PRECONDITION', `The disk resource '${resource}' is already being used by '${user}'`, 'resourceInUseByAnotherResource'),
  alreadyExists: (resource: string) => new GoogleApiError(409, 'ALREADY_EXISTS', `The resource '${resource}' already exists`, 'alreadyExists'),
  /** A regional resource quota (CPUS, DISKS_TOTAL_GB), not a rate limit: Compute Engine's 403 quotaExceeded. */
  quotaExceeded: (metric: string, limit: number, region: string) =>
    new GoogleApiError(403, 'RESOURCE_EXHAUSTED', `Quota '${metric}' exceeded.  Limit: ${limit.toFixed(1)} in region ${region}.`, 'quotaExceeded', 'usageLimits', {
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'QUOTA_EXCEEDED',
          domain: 'compute.googleapis.com',
          metadata: { quota_metric: metric, quota_limit_value: String(limit), region },
        },
      ],
    }),
  invalidField: (field: string, value: string, why: string) =>
    new GoogleApiError(400, 'INVALID_ARGUMENT', `Invalid value for field '${field}': '${value}'. ${why}`, 'invalid'),
  invalidArgument: (message: string) => new GoogleApiError(400, 'INVALID_ARGUMENT', message, 'badRequest'),
  metricNotFound: (type: string) => new GoogleApiError(404, 'NOT_FOUND', `Cannot find metric(s) that match type = "${type}".`, 'notFound'),
  internal: (message: string) => new GoogleApiError(500, 'INTERNAL', message, 'backendError'),
};
