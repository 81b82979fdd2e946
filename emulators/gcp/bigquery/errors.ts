// BigQuery's errors, in Google's JSON error shape (../errors.ts) with BigQuery's own legacy
// reasons: a short-term rate limit is 403 rateLimitExceeded (BigQuery does not answer 429), a
// transient failure 503 backendError, a missing table 404 notFound, a query it cannot run 400
// invalidQuery (located at the `q` parameter).
import { GoogleApiError } from '../errors.js';

const QUERY_PARAMETER = { location: { location: 'q', locationType: 'parameter' } } as const;

export const bigQueryErrors = {
  rateLimited: () =>
    new GoogleApiError(
      403,
      'PERMISSION_DENIED',
      'Exceeded rate limits: too many api requests per user per method for this user_method. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
      'rateLimitExceeded',
    ),
  backendError: () => new GoogleApiError(503, 'UNAVAILABLE', 'Error encountered during execution. Retrying may solve the problem.', 'backendError'),
  invalidQuery: (message: string) => new GoogleApiError(400, 'INVALID_ARGUMENT', message, 'invalidQuery', 'global', QUERY_PARAMETER),
  invalid: (message: string) => new GoogleApiError(400, 'INVALID_ARGUMENT', message, 'invalid'),
  tableNotFound: (project: string, dataset: string, table: string, location: string) =>
    new GoogleApiError(404, 'NOT_FOUND', `Not found: Table ${project}:${dataset}.${table} was not found in location ${location}`, 'notFound'),
  datasetNotFound: (project: string, dataset: string, location: string) =>
    new GoogleApiError(404, 'NOT_FOUND', `Not found: Dataset ${project}:${dataset} was not found in location ${location}`, 'notFound'),
  jobNotFound: (project: string, location: string, jobId: string) =>
    new GoogleApiError(404, 'NOT_FOUND', `Not found: Job ${project}:${location}.${jobId}`, 'notFound'),
  urlNotFound: (path: string) => new GoogleApiError(404, 'NOT_FOUND', `The requested URL ${path} was not found on this server.`, 'notFound'),
  /** A permission the caller lacks in a project (`bigquery.jobs.create`, `bigquery.jobs.get`). */
  accessDenied: (project: string, permission: string) =>
    new GoogleApiError(403, 'PERMISSION_DENIED', `Access Denied: Project ${project}: User does not have ${permission} permission in project ${project}.`, 'accessDenied'),
  internal: (message: string) => new GoogleApiError(500, 'INTERNAL', message, 'internalError'),
};
