// Guest state → model state. A guest has a process status (`running`, `stopped`; `unknown` while
// its node is unreachable), and a running VM has QEMU's own run state besides (`qmpstatus`, from
// the node's VM list with full=1): paused, suspended to RAM, waiting for a migration, stopped on
// an I/O error, … A lock says what a task is doing to it (`suspended`: hibernated to disk), and
// an HA resource in `error` cannot be started until someone clears it. The raw value kept is
// qmpstatus where known, else the status; lock and HA state are kept in extras. The `never`
// checks make the compiler fail here when a list grows.
import type { Mapped, VmState } from '../types.js';

/** QEMU's RunState values (qapi/run-state.json), as `qmpstatus` reports them. */
export type QmpStatus =
  | 'running'
  | 'paused'
  | 'suspended'
  | 'prelaunch'
  | 'inmigrate'
  | 'postmigrate'
  | 'finish-migrate'
  | 'restore-vm'
  | 'save-vm'
  | 'shutdown'
  | 'io-error'
  | 'internal-error'
  | 'guest-panicked'
  | 'watchdog'
  | 'debug'
  | 'colo';

export type GuestStatus = 'running' | 'stopped' | 'unknown';

/** What `qmpstatus` holds: QEMU's run state while QEMU runs, else Proxmox copies the status. */
export type QmpStatusValue = QmpStatus | 'stopped';

export interface GuestStateInput {
  status: string;
  qmpstatus?: string | null;
  lock?: string | null;
  hastate?: string | null;
}

export function guestStateOf(input: GuestStateInput): Mapped<VmState> {
  const providerState = input.qmpstatus && input.status === 'running' ? input.qmpstatus : input.status;
  return { state: stateOf(input), providerState };
}

function stateOf({ status, qmpstatus, lock, hastate }: GuestStateInput): VmState {
  if (hastate === 'error') return 'ERROR';
  const raw = status as GuestStatus;
  switch (raw) {
    case 'unknown':
      return 'UNKNOWN';
    case 'stopped':
      // Hibernated: its RAM is on disk, and starting it resumes it.
      if (lock === 'suspended') return 'SUSPENDED';
      if (lock === 'create' || lock === 'clone') return 'PENDING';
      return 'STOPPED';
    case 'running':
      return lock === 'suspending' ? 'STOPPING' : qmpstatus ? runStateOf(qmpstatus) : 'RUNNING';
    default: {
      const unknown: never = raw;
      void unknown;
      return 'UNKNOWN';
    }
  }
}

function runStateOf(qmpstatus: string): VmState {
  const runState = qmpstatus as QmpStatusValue;
  switch (runState) {
    // QEMU is gone although the status said running (a guest that stopped between two reads).
    case 'stopped':
      return 'STOPPED';
    case 'running':
    case 'colo':
    // A migration's source side finishing: the guest is still there and running until it moves.
    case 'postmigrate':
    case 'finish-migrate':
      return 'RUNNING';
    case 'paused':
    case 'suspended':
    case 'debug':
      return 'SUSPENDED';
    case 'prelaunch':
    case 'inmigrate':
    case 'restore-vm':
      return 'PENDING';
    case 'save-vm':
    case 'shutdown':
      return 'STOPPING';
    case 'io-error':
    case 'internal-error':
    case 'guest-panicked':
    case 'watchdog':
      return 'ERROR';
    default: {
      const unknown: never = runState;
      void unknown;
      return 'UNKNOWN';
    }
  }
}
