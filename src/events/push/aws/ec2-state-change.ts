// EventBridge "EC2 Instance State-change Notification" → VmObservation. This is the Message of an
// SNS notification when an EventBridge rule targets the topic; any other event on that topic
// (another source or detail-type) is not ours and yields null. Text that is not a JSON object is
// never an EventBridge event, so it is malformed.
import { z } from 'zod';
import type { VmObservation } from '../../observation.js';
import { globalId } from '../../../providers/ids.js';
import { vmStateOf } from '../../../providers/aws/states.js';
import { checkPayload, parseJson } from '../payload.js';

export const EC2_STATE_CHANGE_SOURCE = 'aws.ec2';
export const EC2_STATE_CHANGE_DETAIL_TYPE = 'EC2 Instance State-change Notification';

/** An event of the right source and type that lacks a field we need, or is not JSON at all. */
export class MalformedAwsEventError extends Error {
  constructor(reason: string) {
    super(`malformed EC2 state-change event: ${reason}`);
    this.name = 'MalformedAwsEventError';
  }
}

const eventEnvelope = z.object({ source: z.unknown().optional(), 'detail-type': z.unknown().optional() });

const ec2StateChangeEvent = z.object({
  account: z.string().regex(/^\d{12}$/, 'must be a 12-digit account id'),
  region: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  detail: z.object({
    'instance-id': z.string().min(1),
    state: z.string().min(1),
  }),
});

/**
 * The observation an EC2 state-change event reports; null for any other event. EventBridge
 * times are whole seconds, so the change happened somewhere in that second: the observation is
 * dated at its end (but never after it was received), or a poll earlier in the same second that
 * still saw the old state would count as newer and the push would be dropped as stale.
 */
export function observationOfEc2Event(eventJson: string, receivedAt: Date = new Date()): VmObservation | null {
  const event = parseJson(eventJson, malformed);
  const envelope = eventEnvelope.safeParse(event);
  if (!envelope.success) throw new MalformedAwsEventError('not a JSON object');
  if (envelope.data.source !== EC2_STATE_CHANGE_SOURCE || envelope.data['detail-type'] !== EC2_STATE_CHANGE_DETAIL_TYPE) return null;

  const { account, region, time, detail } = checkPayload(ec2StateChangeEvent, event, malformed, '(event)');
  const { state, providerState } = vmStateOf(detail.state);
  return {
    vmId: globalId({ provider: 'aws', account, region }, 'vm', detail['instance-id']),
    state,
    providerState,
    observedAt: endOfSecond(new Date(time), receivedAt),
    source: 'PUSH',
  };
}

function endOfSecond(time: Date, receivedAt: Date): Date {
  if (time.getUTCMilliseconds() !== 0) return time;
  return new Date(Math.max(time.getTime(), Math.min(time.getTime() + 999, receivedAt.getTime())));
}

const malformed = (reason: string) => new MalformedAwsEventError(reason);
