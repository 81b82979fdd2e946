// Fleet-wide unique ids and external addresses for GCP, drawn deterministically.
import { UniqueAllocator } from '../../../kit/allocator.js';
import type { Random } from '../../../kit/prng.js';

export class GcpAllocator extends UniqueAllocator {
  /** A 19-digit unsigned id, as Compute Engine gives every resource. */
  id(rng: Random): string {
    return this.unique(() => `${rng.int(1, 9)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`);
  }
}
