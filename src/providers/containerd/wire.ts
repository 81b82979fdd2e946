// containerd's answers as FleetGraph reads them, decoded from protobuf (proto/): field names in
// camelCase (protobufjs's reading of the .proto files; Any keeps type_url), 64-bit numbers as
// JavaScript numbers (2^53 ns of CPU time is 104 days of one CPU), enums by name, Any values
// still encoded.
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export type TaskStatus = 'UNKNOWN' | 'CREATED' | 'RUNNING' | 'STOPPED' | 'PAUSED' | 'PAUSING';

export interface AnyValue {
  type_url: string;
  value: Uint8Array;
}

export interface Timestamp {
  seconds?: number;
  nanos?: number;
}

export interface CtrNamespace {
  name: string;
  labels?: Record<string, string>;
}

export interface CtrContainer {
  id: string;
  labels?: Record<string, string>;
  image?: string;
  runtime?: { name?: string };
  spec?: AnyValue;
  snapshotter?: string;
  createdAt?: Timestamp;
  updatedAt?: Timestamp;
  sandbox?: string;
}

export interface CtrTask {
  /** The container the task runs (its id equals the container's for the init process). */
  id?: string;
  containerId?: string;
  pid?: number;
  status?: TaskStatus;
  exitStatus?: number;
  exitedAt?: Timestamp;
}

export interface CtrMetric {
  timestamp?: Timestamp;
  id: string;
  data?: AnyValue;
}

const PROTO = ['services.proto', 'cgroups.proto', 'cgroups2.proto'].map((file) => fileURLToPath(new URL(`./proto/${file}`, import.meta.url)));

export const PROTO_ROOT = protobuf.loadSync(PROTO);

export const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: false, arrays: true, objects: true, keepCase: true } as protobuf.IConversionOptions;

export function dateOf(timestamp: Timestamp | undefined): Date | null {
  // Go's zero time (year 1) is how containerd says "never".
  if (!timestamp || !timestamp.seconds || timestamp.seconds <= 0) return null;
  return new Date((timestamp.seconds ?? 0) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6));
}
