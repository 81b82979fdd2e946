import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/providers/aws/metrics.js';
import type { MetricQuery } from '../../../src/providers/types.js';

const q = (over: Partial<MetricQuery>): MetricQuery => ({ resourceId: 'x', name: null, nativeName: null, period: 300, ...over });

describe('planQuery', () => {
  it('maps model metrics of a VM to AWS/EC2 (and memory to CWAgent)', () => {
    expect(planQuery(q({ name: 'CPU_UTILIZATION' }), 'vm', 'i-1')).toMatchObject({
      dimension: 'InstanceId',
      metric: { namespace: 'AWS/EC2', metricName: 'CPUUtilization', stat: 'Average', unit: 'PERCENT' },
      nativeName: 'AWS/EC2/CPUUtilization',
    });
    expect(planQuery(q({ name: 'NETWORK_OUT_BYTES' }), 'vm', 'i-1').metric).toMatchObject({ metricName: 'NetworkOut', stat: 'Sum' });
    expect(planQuery(q({ name: 'DISK_WRITE_OPS' }), 'vm', 'i-1').metric).toMatchObject({ metricName: 'DiskWriteOps', stat: 'Sum', unit: 'COUNT' });
    expect(planQuery(q({ name: 'MEMORY_UTILIZATION' }), 'vm', 'i-1').metric).toMatchObject({
      namespace: 'CWAgent',
      metricName: 'mem_used_percent',
      stat: 'Average',
    });
  });

  it('maps disk metrics of a volume to AWS/EBS with the VolumeId dimension, and has no CPU for it', () => {
    expect(planQuery(q({ name: 'DISK_READ_BYTES' }), 'volume', 'vol-1')).toMatchObject({
      dimension: 'VolumeId',
      metric: { namespace: 'AWS/EBS', metricName: 'VolumeReadBytes', stat: 'Sum' },
    });
    expect(planQuery(q({ name: 'CPU_UTILIZATION' }), 'volume', 'vol-1').metric).toBeNull();
  });

  it('takes native names as Namespace/MetricName or a bare name of the kind’s namespace', () => {
    expect(planQuery(q({ nativeName: 'CPUCreditBalance' }), 'vm', 'i-1').metric).toEqual({
      namespace: 'AWS/EC2',
      metricName: 'CPUCreditBalance',
      stat: 'Average',
      unit: 'None',
    });
    expect(planQuery(q({ nativeName: 'CWAgent/disk_used_percent' }), 'vm', 'i-1').metric).toMatchObject({
      namespace: 'CWAgent',
      metricName: 'disk_used_percent',
    });
    expect(planQuery(q({ nativeName: 'AWS/EC2/NetworkIn' }), 'vm', 'i-1').metric).toMatchObject({ stat: 'Sum', unit: 'BYTES' });
    expect(() => planQuery(q({}), 'vm', 'i-1')).toThrow(/name or a nativeName/);
  });
});
