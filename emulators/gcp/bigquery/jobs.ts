// Query jobs and their results, kept so getQueryResults can page through them: a job belongs to
// the project that ran it and lives in its table's location; a page token is opaque and names its
// job. A repeated jobs.query with the same requestId is the same job (BigQuery's idempotency key).
import { randomBytes } from 'node:crypto';
import { bigQueryErrors } from './errors.js';
import type { ResultSet } from './evaluate.js';

/** Jobs kept before the oldest is forgotten (BigQuery keeps results a day; the emulator is smaller). */
const MAX_JOBS = 500;

export interface QueryJob {
  project: string;
  location: string;
  jobId: string;
  result: ResultSet;
}

export class QueryJobs {
  private readonly jobs = new Map<string, QueryJob>();
  private readonly byRequestId = new Map<string, string>();

  /** The job a requestId already ran, if any. */
  forRequest(project: string, requestId: string | undefined): QueryJob | undefined {
    const jobId = requestId ? this.byRequestId.get(`${project}/${requestId}`) : undefined;
    return jobId ? this.jobs.get(`${project}/${jobId}`) : undefined;
  }

  add(project: string, location: string, result: ResultSet, requestId: string | undefined): QueryJob {
    const job: QueryJob = { project, location, jobId: `job_${randomBytes(18).toString('base64url')}`, result };
    this.jobs.set(`${project}/${job.jobId}`, job);
    if (requestId) this.byRequestId.set(`${project}/${requestId}`, job.jobId);
    this.forgetOldest();
    return job;
  }

  /** The job, or BigQuery's 404 (also for a location other than the job's). */
  get(project: string, jobId: string, location: string | null): QueryJob {
    const job = this.jobs.get(`${project}/${jobId}`);
    if (!job || (location !== null && location.toUpperCase() !== job.location.toUpperCase())) {
      throw bigQueryErrors.jobNotFound(project, location ?? job?.location ?? 'US', jobId);
    }
    return job;
  }

  private forgetOldest(): void {
    while (this.jobs.size > MAX_JOBS) {
      const oldest = this.jobs.keys().next().value as string;
      this.jobs.delete(oldest);
    }
    while (this.byRequestId.size > MAX_JOBS) this.byRequestId.delete(this.byRequestId.keys().next().value as string);
  }
}

export interface Page {
  rows: (string | null)[][];
  pageToken: string | undefined;
}

/** The page starting at the token's offset (0 without one), at most `size` rows. */
export function pageOf(job: QueryJob, pageToken: string | null, size: number): Page {
  const offset = pageToken === null ? 0 : offsetOf(job, pageToken);
  const rows = job.result.rows.slice(offset, offset + size);
  const next = offset + rows.length;
  return { rows, pageToken: next < job.result.rows.length ? tokenOf(job, next) : undefined };
}

function tokenOf(job: QueryJob, offset: number): string {
  return Buffer.from(`${job.jobId}:${offset}`).toString('base64url');
}

function offsetOf(job: QueryJob, token: string): number {
  const [jobId, offset] = Buffer.from(token, 'base64url').toString('utf8').split(':');
  const n = Number(offset);
  if (jobId !== job.jobId || !Number.isInteger(n) || n <= 0 || n >= job.result.rows.length) {
    throw bigQueryErrors.invalid(`Invalid page token: ${token}`);
  }
  return n;
}
