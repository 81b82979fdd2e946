// The request log and fault injector (emulators/kit/), with AWS's service names. Failures
// are reported as their bare kind: EC2 and CloudWatch send no Retry-After.
import { DEFAULT_LATENCY_MS, FaultInjector as SharedFaultInjector, failureKind, type FaultKind, type FaultRule as SharedFaultRule } from '../kit/faults.js';
import { RequestLog as SharedRequestLog, type RequestLogEntry as SharedRequestLogEntry } from '../kit/request-log.js';

export type AwsService = 'ec2' | 'monitoring' | 'pricing' | 'costexplorer';

/** `action` is the EC2 Action or the CloudWatch operation; '' when the request named none. */
export type RequestLogEntry = SharedRequestLogEntry<AwsService>;

export class RequestLog extends SharedRequestLog<AwsService> {}

export type FaultRule = Omit<SharedFaultRule<AwsService>, 'retryAfterSeconds'>;

export class FaultInjector extends SharedFaultInjector<AwsService> {
  constructor() {
    super(failureKind);
  }
}

export { DEFAULT_LATENCY_MS, type FaultKind };
