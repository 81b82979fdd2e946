// The VM event the bus carries, and its wire form. An event's `id` is its cursor: "<ms>-<seq>",
// the shape of a Redis stream id, assigned by the bus on publish and strictly increasing in
// publish order, so a client that reconnects with the last id it saw resumes exactly after it.
import type { ProviderName, VmState } from '../providers/types.js';
import { VM_STATES } from '../providers/types.js';

export type VmEventSource = 'POLL' | 'PUSH' | 'ACTION';
export const VM_EVENT_SOURCES: readonly VmEventSource[] = ['POLL', 'PUSH', 'ACTION'];

export interface VmStateChanged {
  /** Cursor, "<ms>-<seq>"; compare with compareEventIds, never as plain strings. */
  id: string;
  at: Date;
  /** Global id of the VM (see providers/ids.ts). */
  vmId: string;
  provider: ProviderName;
  account: string;
  region: string;
  /** Null when FleetGraph had not seen the VM before (a new VM, or a push before any poll). */
  previousState: VmState | null;
  newState: VmState;
  previousProviderState: string | null;
  newProviderState: string;
  source: VmEventSource;
}

export type VmEvent = VmStateChanged;
/** What a publisher hands the bus: everything but the id, which the bus assigns. */
export type NewVmEvent = Omit<VmEvent, 'id'>;

const ID = /^(\d+)-(\d+)$/;

export function isEventId(value: string): boolean {
  return ID.test(value);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. Both must be "<ms>-<seq>". */
export function compareEventIds(a: string, b: string): number {
  const ma = ID.exec(a);
  const mb = ID.exec(b);
  if (!ma || !mb) throw new TypeError(`not an event id: ${JSON.stringify(ma ? b : a)}`);
  return compareDigits(ma[1]!, mb[1]!) || compareDigits(ma[2]!, mb[2]!);
}

/** Compares non-negative decimal strings of any length (Redis sequence numbers go up to 2^64). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The milliseconds part of an event id. */
export function eventIdMs(id: string): number {
  const match = ID.exec(id);
  if (!match) throw new TypeError(`not an event id: ${JSON.stringify(id)}`);
  return Number(match[1]);
}

/** The wire form (JSON, `at` as ISO 8601). The id is not part of it: it is the stream entry's id. */
export function encodeVmEvent(event: NewVmEvent): string {
  return JSON.stringify({
    at: event.at.toISOString(),
    vmId: event.vmId,
    provider: event.provider,
    account: event.account,
    region: event.region,
    previousState: event.previousState,
    newState: event.newState,
    previousProviderState: event.previousProviderState,
    newProviderState: event.newProviderState,
    source: event.source,
  });
}

/** Parses the wire form back; throws on anything that is not a well-formed event. */
export function decodeVmEvent(id: string, text: string): VmEvent {
  if (!isEventId(id)) throw new TypeError(`not an event id: ${JSON.stringify(id)}`);
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null) throw new TypeError('event is not an object');
  const o = raw as Record<string, unknown>;
  const str = (field: string): string => {
    const value = o[field];
    if (typeof value !== 'string') throw new TypeError(`event field ${field} is not a string`);
    return value;
  };
  const state = (field: string): VmState => {
    const value = str(field);
    if (!(VM_STATES as readonly string[]).includes(value)) throw new TypeError(`event field ${field} is not a VM state`);
    return value as VmState;
  };
  const orNull = <T>(field: string, read: (field: string) => T): T | null => (o[field] === null || o[field] === undefined ? null : read(field));
  const at = new Date(str('at'));
  if (Number.isNaN(at.getTime())) throw new TypeError('event field at is not a date');
  const source = str('source');
  if (!(VM_EVENT_SOURCES as readonly string[]).includes(source)) throw new TypeError('event field source is invalid');
  return {
    id,
    at,
    vmId: str('vmId'),
    provider: str('provider') as ProviderName,
    account: str('account'),
    region: str('region'),
    previousState: orNull('previousState', state),
    newState: state('newState'),
    previousProviderState: orNull('previousProviderState', str),
    newProviderState: str('newProviderState'),
    source: source as VmEventSource,
  };
}
