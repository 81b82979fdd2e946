// Private addresses inside one subnet: in order from the first free one, never the reserved ones
// at the top, gaps as the cloud's step says, and a clear error once the subnet is full.
import { describe, expect, it } from 'vitest';
import { SubnetAddressPool } from '../../../emulators/kit/address-pool.js';
import { UniqueAllocator } from '../../../emulators/kit/allocator.js';
import { Random } from '../../../emulators/kit/prng.js';

describe('SubnetAddressPool', () => {
  it('hands out addresses from the first offset to the last one the cloud does not reserve', () => {
    const pool = new SubnetAddressPool('10.0.0.0/29', { firstOffset: 4, reservedAtEnd: 1 });
    expect([pool.allocate(), pool.allocate()]).toEqual(['10.0.0.4', '10.0.0.5']);
    expect(pool.allocate()).toBe('10.0.0.6');
    expect(pool.count).toBe(3);
    expect(() => pool.allocate()).toThrow('Subnet 10.0.0.0/29 has no free addresses left');
  });

  it('leaves the gaps its step asks for', () => {
    const pool = new SubnetAddressPool('10.1.0.0/24', { firstOffset: 2, reservedAtEnd: 2, step: () => 2 });
    expect([pool.allocate(), pool.allocate(), pool.allocate()]).toEqual(['10.1.0.2', '10.1.0.4', '10.1.0.6']);
  });
});

describe('UniqueAllocator', () => {
  it('never hands out the same value twice, drawing again instead', () => {
    const allocator = new UniqueAllocator();
    const rng = Random.of('unique');
    const values = Array.from({ length: 50 }, () => allocator.unique(() => String(rng.int(1, 60))));
    expect(new Set(values).size).toBe(50);
  });

  it('draws public addresses inside the region prefixes', () => {
    const allocator = new UniqueAllocator();
    const ip = allocator.publicIp(Random.of('ip'), { publicIpPrefixes: [[52, 10, 12]] });
    expect(ip).toMatch(/^52\.(10|11|12)\.\d+\.\d+$/);
  });
});
