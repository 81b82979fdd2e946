// Domain states → model states. libvirt reports a state (virDomainState, `state.state` in
// domstats) and the reason it is in it (`state.reason`, an enum per state). All eight states are
// mapped, the reason refining a few (a pause for an I/O error is an error, not a suspension; a
// domain shut off by a managed save resumes where it was); the raw value kept is
// `<state>/<reason>` in libvirt's own names (`paused/ioerror`, `shutoff/destroyed`). The `never`
// check makes the compiler fail here when the list grows.
import type { Mapped, VmState } from '../types.js';

export const DOMAIN_STATES = ['nostate', 'running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'pmsuspended'] as const;
export type DomainState = (typeof DOMAIN_STATES)[number];

/** Each state's reasons, by number (libvirt-domain.h: virDomainRunningReason, virDomainPausedReason, …). */
const REASONS: Record<DomainState, readonly string[]> = {
  nostate: ['unknown'],
  running: ['unknown', 'booted', 'migrated', 'restored', 'from_snapshot', 'unpaused', 'migration_canceled', 'save_canceled', 'wakeup', 'crashed', 'postcopy', 'postcopy_failed'],
  blocked: ['unknown'],
  paused: ['unknown', 'user', 'migration', 'save', 'dump', 'ioerror', 'watchdog', 'from_snapshot', 'shutting_down', 'snapshot', 'crashed', 'starting_up', 'postcopy', 'postcopy_failed', 'api_error'],
  shutdown: ['unknown', 'user'],
  shutoff: ['unknown', 'shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from_snapshot', 'daemon'],
  crashed: ['unknown', 'panicked'],
  pmsuspended: ['unknown'],
};

export function domainStateOf(stateNumber: number | null, reasonNumber: number | null): Mapped<VmState> {
  const state = stateNumber === null ? undefined : DOMAIN_STATES[stateNumber];
  if (state === undefined) return { state: 'UNKNOWN', providerState: stateNumber === null ? '' : `state ${stateNumber}` };
  const reason = reasonNumber === null ? 'unknown' : REASONS[state][reasonNumber] ?? `reason ${reasonNumber}`;
  return { state: modelStateOf(state, reason), providerState: reason === 'unknown' ? state : `${state}/${reason}` };
}

function modelStateOf(state: DomainState, reason: string): VmState {
  switch (state) {
    case 'nostate':
      return 'UNKNOWN';
    case 'running':
    // Blocked: running, waiting on a resource (I/O); it is up.
    case 'blocked':
      return 'RUNNING';
    case 'paused':
      if (['ioerror', 'watchdog', 'crashed', 'api_error', 'postcopy_failed'].includes(reason)) return 'ERROR';
      if (reason === 'starting_up') return 'PENDING';
      if (reason === 'shutting_down' || reason === 'save' || reason === 'dump') return 'STOPPING';
      return 'SUSPENDED';
    case 'shutdown':
      return 'STOPPING';
    case 'shutoff':
      // A managed save keeps the domain's memory on disk: starting it resumes it.
      if (reason === 'saved') return 'SUSPENDED';
      if (reason === 'failed') return 'ERROR';
      return 'STOPPED';
    case 'crashed':
      return 'ERROR';
    case 'pmsuspended':
      return 'SUSPENDED';
    default: {
      const unknown: never = state;
      void unknown;
      return 'UNKNOWN';
    }
  }
}
