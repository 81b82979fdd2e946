// One HTTP server for EC2 (query protocol) and CloudWatch (JSON 1.0): identify the caller,
// apply injected faults, dispatch, answer in the service's own error format, log every request.
// SNS (pushes of state changes) runs beside it on its own HTTPS host (sns.ts).
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import {
  CLOUDWATCH_CONTENT_TYPE,
  CloudWatchError,
  cloudWatchErrorBody,
  cloudWatchErrorHeaders,
  cloudWatchErrors,
} from './cloudwatch/errors.js';
import { cloudWatchOperation, handleCloudWatch } from './cloudwatch/handler.js';
import { Ec2Error, ec2Errors } from './ec2/errors.js';
import { handleEc2 } from './ec2/handler.js';
import { QueryParams } from './ec2/params.js';
import { ec2ErrorResponse } from './ec2/xml.js';
import { parseSigV4Credential } from './identity.js';
import { FaultInjector, RequestLog, type AwsService } from './log.js';
import { startSnsEmulator, type AwsSns, type SnsEmulatorOptions } from './sns/emulator.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, header, readBody, startEmulatorServer, type EmulatorReply } from '../kit/server.js';

export interface AwsEmulatorOptions extends EmulatorOptions<Fleet> {
  /** The SNS side (push of EC2 state changes): signature version, delivery policy. */
  sns?: SnsEmulatorOptions;
}

/** `url` is the SDK clients' `endpoint`; setMaxPageSize caps EC2 Describe* pages below MaxResults. */
export interface AwsEmulator extends EmulatorControls<RequestLog, FaultInjector> {
  /** Caps the datapoints of every GetMetricData page below the caller's MaxDatapoints; null removes the cap. */
  setMaxDatapointsPerPage(n: number | null): void;
  /** SNS topics that push the fleet's EC2 state changes to subscribed endpoints (own HTTPS host). */
  sns: AwsSns;
}

const XML_TYPE = 'text/xml;charset=UTF-8';

export async function startAwsEmulator(options: AwsEmulatorOptions): Promise<AwsEmulator> {
  const { fleet } = options;
  const host = options.host ?? '127.0.0.1';
  const requests = new RequestLog();
  const faults = new FaultInjector();
  const pageCap = new PageCap();
  const datapointsCap = new PageCap();

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const rawBody = await readBody(req);
    const credential = parseSigV4Credential(header(req, 'authorization'), url);
    const account = credential ? (fleet.aws.accountForAccessKey(credential.accessKeyId)?.accountId ?? null) : null;
    const region = credential?.region ?? null;

    const target = header(req, 'x-amz-target');
    const service: AwsService =
      target !== undefined ? 'monitoring' : credential?.service === 'monitoring' ? 'monitoring' : 'ec2';
    const params = service === 'ec2' ? new QueryParams(rawBody, url.search.slice(1)) : undefined;
    const action = target !== undefined ? cloudWatchOperation(target) || target : (params?.get('Action') ?? '');

    const reply = await (async (): Promise<EmulatorReply> => {
      try {
        const fault = await applyFaults(faults, { service, action, account, region });
        if (fault === 'throttle') throw service === 'ec2' ? ec2Errors.throttled() : cloudWatchErrors.throttled();
        if (fault === 'unavailable') throw service === 'ec2' ? ec2Errors.unavailable() : cloudWatchErrors.unavailable();

        if (!credential) {
          throw service === 'ec2' ? ec2Errors.missingAuthenticationToken() : cloudWatchErrors.missingAuthenticationToken();
        }
        if (account === null || region === null) {
          throw service === 'ec2' ? ec2Errors.authFailure() : cloudWatchErrors.invalidClientTokenId();
        }

        if (service === 'monitoring') {
          const body = handleCloudWatch(target ?? '', rawBody, { fleet, account, region, maxDatapointsPerPage: datapointsCap.value }, fleet.now());
          return { status: 200, body, headers: { 'content-type': CLOUDWATCH_CONTENT_TYPE, 'x-amzn-requestid': requestId } };
        }
        if (!action) throw ec2Errors.missingAction();
        const body = handleEc2(
          action,
          { fleet, account, region, scope: fleet.aws.scope(account, region), params: params!, maxPageSize: pageCap.value },
          requestId,
        );
        return { status: 200, body, headers: { 'x-amzn-requestid': requestId } };
      } catch (error) {
        return errorReply(service, error, requestId);
      }
    })();
    requests.record({ service, action, account, region, status: reply.status });
    return reply;
  }

  const sns = await startSnsEmulator(fleet, host, options.sns);
  const server = await startEmulatorServer({
    host,
    port: options.port ?? 0,
    headers: { 'content-type': XML_TYPE },
    answer,
    failed: (error) => {
      requests.record({ service: 'ec2', action: '', account: null, region: null, status: 500 });
      return { status: 500, body: `emulator failure: ${errorMessage(error)}`, headers: { 'content-type': 'text/plain' } };
    },
  }).catch(async (error: unknown) => {
    await sns.close();
    throw error;
  });

  return {
    ...controlsOf(server, requests, faults, pageCap),
    setMaxDatapointsPerPage: datapointsCap.set,
    sns,
    close: () => Promise.all([server.close(), sns.close()]).then(() => undefined),
  };
}

function errorReply(service: AwsService, error: unknown, requestId: string): EmulatorReply {
  if (service === 'ec2') {
    const e = error instanceof Ec2Error ? error : internal(error, (m) => new Ec2Error('InternalError', m, 500));
    return { status: e.status, body: ec2ErrorResponse(e.code, e.message, requestId), headers: { 'x-amzn-requestid': requestId } };
  }
  const e = error instanceof CloudWatchError ? error : internal(error, cloudWatchErrors.internal);
  return {
    status: e.status,
    body: cloudWatchErrorBody(e),
    headers: { 'content-type': CLOUDWATCH_CONTENT_TYPE, 'x-amzn-requestid': requestId, ...cloudWatchErrorHeaders(e) },
  };
}

function internal<E>(error: unknown, make: (message: string) => E): E {
  return make(`Internal emulator error: ${errorMessage(error)}`);
}
