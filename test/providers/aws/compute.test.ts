// An instance's size: CpuOptions before the type's default, and what a failed type lookup leaves.
import { describe, expect, it } from 'vitest';
import { fieldsFromTypeLookup, mapInstance, vcpusOf } from '../../../src/providers/aws/compute.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { gapOf, gapOfField } from '../../../src/providers/gaps.js';
import type { Scope } from '../../../src/providers/types.js';

const scope: Scope = { provider: 'aws', account: '111111111111', region: 'us-east-1' };
const c6i = { vcpus: 8, memoryMiB: 16384 };

describe('vcpusOf', () => {
  it('is cores × threads per core when the instance reports CpuOptions, whatever the type’s default', () => {
    expect(vcpusOf({ CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } }, c6i)).toBe(4);
    expect(vcpusOf({ CpuOptions: { CoreCount: 4, ThreadsPerCore: 1 } }, c6i)).toBe(4);
    expect(vcpusOf({ CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } }, null)).toBe(4);
  });

  it('is the type’s default without CpuOptions (or with half of it)', () => {
    expect(vcpusOf({}, c6i)).toBe(8);
    expect(vcpusOf({ CpuOptions: { CoreCount: 4 } }, c6i)).toBe(8);
    expect(vcpusOf({}, null)).toBeNull();
  });
});

describe('mapInstance with a failed instance-type lookup', () => {
  const failure = new ProviderError('AUTH', scope, 'DescribeInstanceTypes', 'UnauthorizedOperation', 'You are not authorized to perform this operation.');
  const gap = gapOf(failure, ['vcpus', 'memoryMiB']);

  it('leaves memory unknown, and vCPUs too unless CpuOptions gives them', () => {
    const withCpu = mapInstance(scope, { InstanceId: 'i-1', InstanceType: 'c6i.2xlarge', CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 } }, null, gap);
    expect(withCpu.vcpus).toBe(4);
    expect(withCpu.memoryMiB).toBeNull();
    expect(withCpu.gaps).toEqual([{ ...gap, fields: ['memoryMiB'] }]);
    expect(gapOfField(withCpu, 'vcpus')).toBeUndefined();

    const withoutCpu = mapInstance(scope, { InstanceId: 'i-2', InstanceType: 'c6i.2xlarge' }, null, gap);
    expect(withoutCpu.gaps).toEqual([{ ...gap, fields: ['vcpus', 'memoryMiB'] }]);
    expect(fieldsFromTypeLookup({})).toEqual(['vcpus', 'memoryMiB']);
  });

  it('leaves an instance with no type (nothing to look up) and a looked-up one whole', () => {
    expect(mapInstance(scope, { InstanceId: 'i-3' }, null, gap).gaps).toBeUndefined();
    const sized = mapInstance(scope, { InstanceId: 'i-4', InstanceType: 'c6i.2xlarge' }, c6i, null);
    expect(sized).toMatchObject({ vcpus: 8, memoryMiB: 16384 });
    expect(sized.gaps).toBeUndefined();
  });
});
