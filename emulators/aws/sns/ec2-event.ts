// The EventBridge event EC2 emits for an instance state change, shaped as AWS delivers it to an
// SNS topic (this JSON string is the SNS Message). `time` has whole seconds, as AWS sends it.
import { randomUUID } from 'node:crypto';
import type { InstanceStateChange } from '../../fleet.js';

export function ec2StateChangeEventJson(change: InstanceStateChange): string {
  return JSON.stringify({
    version: '0',
    id: randomUUID(),
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: change.account,
    time: change.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: change.region,
    resources: [`arn:aws:ec2:${change.region}:${change.account}:instance/${change.instanceId}`],
    detail: { 'instance-id': change.instanceId, state: change.state },
  });
}
