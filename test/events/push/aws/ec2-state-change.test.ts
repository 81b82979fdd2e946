// The EventBridge EC2 state-change event → observation parser, on the event exactly as AWS
// documents it and on everything around it: other events, broken ones.
import { describe, expect, it } from 'vitest';
import { MalformedAwsEventError, observationOfEc2Event } from '../../../../src/events/push/aws/ec2-state-change.js';

// The sample in the EventBridge documentation ("EC2 Instance State-change Notification").
const SAMPLE = {
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2021-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
  version: '0',
};

function event(overrides: Record<string, unknown> = {}, detail: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...SAMPLE, ...overrides, detail: { ...SAMPLE.detail, ...detail } });
}

describe('observationOfEc2Event', () => {
  it('turns the documented sample into a PUSH observation of the VM at the event time', () => {
    expect(observationOfEc2Event(JSON.stringify(SAMPLE))).toEqual({
      vmId: 'aws:123456789012:us-east-1:vm:i-abcd1111',
      state: 'PENDING',
      providerState: 'pending',
      // The time has whole seconds: the change happened by the end of that second.
      observedAt: new Date('2021-11-11T21:29:54.999Z'),
      source: 'PUSH',
    });
  });

  it('dates a push received within the second of its event at its receipt, never later', () => {
    const receivedAt = new Date('2021-11-11T21:29:54.400Z');
    expect(observationOfEc2Event(JSON.stringify(SAMPLE), receivedAt)?.observedAt).toEqual(receivedAt);
    const precise = event({ time: '2021-11-11T21:29:54.123Z' });
    expect(observationOfEc2Event(precise, receivedAt)?.observedAt).toEqual(new Date('2021-11-11T21:29:54.123Z'));
  });

  it.each([
    ['pending', 'PENDING'],
    ['running', 'RUNNING'],
    ['stopping', 'STOPPING'],
    ['stopped', 'STOPPED'],
    ['shutting-down', 'TERMINATING'],
    ['terminated', 'TERMINATED'],
    ['hibernating-someday', 'UNKNOWN'],
  ])('maps state %s to %s and keeps the raw name', (raw, state) => {
    expect(observationOfEc2Event(event({}, { state: raw }))).toMatchObject({ state, providerState: raw });
  });

  it('takes account and region from the event, so the id names the right scope', () => {
    const observation = observationOfEc2Event(event({ account: '222222222222', region: 'eu-west-1' }, { 'instance-id': 'i-0123' }));
    expect(observation?.vmId).toBe('aws:222222222222:eu-west-1:vm:i-0123');
  });

  it('ignores events of another type or source', () => {
    expect(observationOfEc2Event(event({ 'detail-type': 'EC2 Spot Instance Interruption Warning' }))).toBeNull();
    expect(observationOfEc2Event(event({ source: 'aws.autoscaling' }))).toBeNull();
    expect(observationOfEc2Event(JSON.stringify({ hello: 'world' }))).toBeNull();
  });

  it.each([
    ['not JSON', '{"detail-type":', /not valid JSON/],
    ['a JSON array', '[1,2]', /not a JSON object/],
    ['a JSON string', '"aws.ec2"', /not a JSON object/],
    ['no state', event({}, { state: undefined }), /detail\.state/],
    ['no instance id', event({}, { 'instance-id': '' }), /detail\.instance-id/],
    ['a bad account', event({ account: 'acct-SECRET-9' }), /account: must be a 12-digit account id/],
    ['a bad time', event({ time: 'yesterday-SECRET' }), /time/],
    ['no detail', JSON.stringify({ ...SAMPLE, detail: undefined }), /detail/],
  ])('throws a clear error for an EC2 state change with %s', (_, text, message) => {
    const thrown = errorOf(() => observationOfEc2Event(text));
    expect(thrown).toBeInstanceOf(MalformedAwsEventError);
    expect(thrown.message).toMatch(message);
    // The message names fields, never the sender's values.
    expect(thrown.message).not.toContain('SECRET');
  });
});

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
