// Droplet statuses → model states. The API documents four (`new | active | off | archive`); the
// raw value is kept as `providerState`, and a value DigitalOcean adds later maps to UNKNOWN (raw
// kept). The `never` check makes the compiler fail here when the list in wire.ts grows.
import type { Mapped, VmState } from '../types.js';
import type { DropletStatus } from './wire.js';

export function dropletStateOf(raw: string | null | undefined): Mapped<VmState> {
  const status = (raw ?? '') as DropletStatus;
  const providerState = raw ?? '';
  switch (status) {
    // Being created: not running yet, on its way.
    case 'new':
      return { state: 'PENDING', providerState };
    case 'active':
      return { state: 'RUNNING', providerState };
    // Powered off: it keeps its disk and IPs (and is billed) and can be powered on again.
    case 'off':
      return { state: 'STOPPED', providerState };
    // Archived: it no longer runs and cannot simply be powered on; what is left is DigitalOcean's
    // archive of it. Not STOPPED (which can be started): the model's TERMINATED, raw value kept.
    case 'archive':
      return { state: 'TERMINATED', providerState };
    default: {
      const unknown: never = status;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}
