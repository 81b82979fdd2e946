// Custom machine type names carry their size: every form Compute Engine documents is read from
// the name alone, and predefined names are not mistaken for custom ones.
import { describe, expect, it } from 'vitest';
import { parseCustomMachineType } from '../../../src/providers/gcp/custom-machine-types.js';

describe('parseCustomMachineType', () => {
  it('reads vCPUs and MiB of N1 (unprefixed), prefixed and extended-memory custom types', () => {
    expect(parseCustomMachineType('custom-4-16384')).toEqual({ family: 'n1', vcpus: 4, memoryMiB: 16384, billedVcpus: null });
    expect(parseCustomMachineType('n2-custom-6-24576')).toEqual({ family: 'n2', vcpus: 6, memoryMiB: 24576, billedVcpus: null });
    expect(parseCustomMachineType('n2d-custom-4-8192')).toEqual({ family: 'n2d', vcpus: 4, memoryMiB: 8192, billedVcpus: null });
    expect(parseCustomMachineType('e2-custom-2-6144')).toEqual({ family: 'e2', vcpus: 2, memoryMiB: 6144, billedVcpus: null });
    expect(parseCustomMachineType('n2-custom-8-638720-ext')).toEqual({ family: 'n2', vcpus: 8, memoryMiB: 638720, billedVcpus: null });
  });

  it('reads the E2 shared-core custom types: 2 vCPUs to the guest, a fraction of one billed', () => {
    expect(parseCustomMachineType('e2-custom-micro-2048')).toEqual({ family: 'e2', vcpus: 2, memoryMiB: 2048, billedVcpus: '0.25' });
    expect(parseCustomMachineType('e2-custom-small-3072')).toEqual({ family: 'e2', vcpus: 2, memoryMiB: 3072, billedVcpus: '0.5' });
    expect(parseCustomMachineType('e2-custom-medium-6144')).toEqual({ family: 'e2', vcpus: 2, memoryMiB: 6144, billedVcpus: '1' });
  });

  it('is null for predefined types and for what is not a machine type', () => {
    for (const name of ['e2-micro', 'e2-medium', 'n2-standard-8', 't2a-standard-2', 'e2-custom-large-4096', 'e2-custom-small', 'custom-4', '']) {
      expect(parseCustomMachineType(name), name).toBeNull();
    }
  });
});
