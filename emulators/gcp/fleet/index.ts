// The GCP part of the simulated fleet (Compute Engine's REST shape). Every name exported here
// carries Gcp/Gce in it, so the fleet's index can re-export it beside the other clouds'.
export { GcpFleet, type GcpFleetOptions, type InstanceStatusListener as GcpInstanceStatusListener } from './fleet.js';
export {
  COMPUTE_URL_BASE as GCP_COMPUTE_URL_BASE,
  GCE_CUSTOM_MACHINE_TYPES,
  GCE_IMAGES,
  GCE_MACHINE_TYPES,
  GCP_ALL_REGIONS,
  GCP_METRICS,
  GCP_PROJECTS,
  GCP_REGIONS,
  computeUrl as gcpComputeUrl,
  customMachineTypeSize as gceCustomMachineTypeSize,
  gcpMetricDefinition,
  gcpRegionInfo,
  gcpTimestamp,
  isKnownRegion as isKnownGcpRegion,
  isKnownZone as isKnownGcpZone,
  machineTypeIn as gceMachineTypeIn,
  machineTypesIn as gceMachineTypesIn,
  regionOfZone as gcpRegionOfZone,
  type GceImageInfo,
  type GcpMetricDefinition,
  type GcpMetricKind,
  type GcpRegionInfo,
  type GcpValueType,
} from './catalogue.js';
export type { GcpMonitoredSeries } from './metrics.js';
export * from './types.js';
