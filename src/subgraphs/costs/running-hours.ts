// The hours a VM ran in a window. Where FleetGraph's event log reaches back, its state changes say
// when the VM ran; before the oldest retained event, the state the log starts from is assumed back
// to the launch; with no log at all, the VM's state now is assumed for the whole window.
import { Decimal } from 'decimal.js';
import type { EventHistory } from '../../events/bus.js';
import type { VmEvent } from '../../events/vm-event.js';

const HOUR_MS = 3_600_000;

export interface RunningVm {
  id: string;
  state: string;
  launchedAt: Date | null;
}

export interface RunningHours {
  hours: Decimal;
  method: string;
}

interface Segment {
  from: number;
  to: number;
  state: string;
}

export function runningHours(vm: RunningVm, window: { from: Date; to: Date }, now: Date, history: EventHistory | null): RunningHours {
  const start = Math.max(window.from.getTime(), vm.launchedAt?.getTime() ?? window.from.getTime());
  const end = Math.min(window.to.getTime(), now.getTime());
  const since = vm.launchedAt ? `its launch at ${vm.launchedAt.toISOString()}` : 'the start of the window (launch time unknown)';
  if (!history?.completeSince) {
    const running = vm.state === 'RUNNING';
    return {
      hours: running ? hoursOf([{ from: start, to: end, state: 'RUNNING' }], start, end) : new Decimal(0),
      method: running
        ? `Running now: counted as running from ${since} or the window's start, whichever is later, until the window's end or now (no event log to look back through).`
        : 'Not running now: counted as not running in the window (no event log to look back through).',
    };
  }
  const events = history.events.filter((e) => e.vmId === vm.id).sort((a, b) => a.at.getTime() - b.at.getTime());
  const reach = history.completeSince.getTime();
  const segments = timeline(vm, events, Math.min(start, reach), end);
  const before = segments[0]?.state ?? vm.state;
  return {
    hours: hoursOf(segments, start, end),
    method:
      `From FleetGraph's event log, complete since ${history.completeSince.toISOString()}: ${events.length} state change(s) of this VM` +
      (start < reach ? `; before that it is assumed ${before} from ${since} or the window's start.` : '.'),
  };
}

/** The VM's states over [from, to): the first change's previous state before it, each new state after. */
function timeline(vm: RunningVm, events: readonly VmEvent[], from: number, to: number): Segment[] {
  const first = events[0];
  // A first sighting (no previous state) means FleetGraph had not seen the VM: it did not run before.
  const initial = first ? (first.previousState ?? 'UNKNOWN') : vm.state;
  const segments: Segment[] = [];
  let at = from;
  let state = initial;
  for (const event of events) {
    segments.push({ from: at, to: event.at.getTime(), state });
    at = event.at.getTime();
    state = event.newState;
  }
  segments.push({ from: at, to, state });
  return segments;
}

function hoursOf(segments: readonly Segment[], start: number, end: number): Decimal {
  let ms = 0;
  for (const s of segments) if (s.state === 'RUNNING') ms += Math.max(0, Math.min(s.to, end) - Math.max(s.from, start));
  return new Decimal(ms).dividedBy(HOUR_MS);
}
