// The GCP client classes, each imported from its own module and only when first needed. The
// packages' index modules load every client of their API together with its whole generated
// protobuf code (@google-cloud/compute's alone takes about 3 s); a client's own module loads
// only the JSON descriptors it needs.
export async function computeClientClasses() {
  const [instances, disks, snapshots, networks, subnetworks, firewalls, addresses, globalAddresses, machineTypes, regionDisks, zoneOperations, regionOperations, globalOperations] =
    await Promise.all([
      import('@google-cloud/compute/build/src/v1/instances_client.js'),
      import('@google-cloud/compute/build/src/v1/disks_client.js'),
      import('@google-cloud/compute/build/src/v1/snapshots_client.js'),
      import('@google-cloud/compute/build/src/v1/networks_client.js'),
      import('@google-cloud/compute/build/src/v1/subnetworks_client.js'),
      import('@google-cloud/compute/build/src/v1/firewalls_client.js'),
      import('@google-cloud/compute/build/src/v1/addresses_client.js'),
      import('@google-cloud/compute/build/src/v1/global_addresses_client.js'),
      machineTypesClientClass(),
      import('@google-cloud/compute/build/src/v1/region_disks_client.js'),
      import('@google-cloud/compute/build/src/v1/zone_operations_client.js'),
      import('@google-cloud/compute/build/src/v1/region_operations_client.js'),
      import('@google-cloud/compute/build/src/v1/global_operations_client.js'),
    ]);
  return {
    InstancesClient: instances.InstancesClient,
    DisksClient: disks.DisksClient,
    SnapshotsClient: snapshots.SnapshotsClient,
    NetworksClient: networks.NetworksClient,
    SubnetworksClient: subnetworks.SubnetworksClient,
    FirewallsClient: firewalls.FirewallsClient,
    AddressesClient: addresses.AddressesClient,
    GlobalAddressesClient: globalAddresses.GlobalAddressesClient,
    MachineTypesClient: machineTypes,
    RegionDisksClient: regionDisks.RegionDisksClient,
    ZoneOperationsClient: zoneOperations.ZoneOperationsClient,
    RegionOperationsClient: regionOperations.RegionOperationsClient,
    GlobalOperationsClient: globalOperations.GlobalOperationsClient,
  };
}

export async function machineTypesClientClass() {
  return (await import('@google-cloud/compute/build/src/v1/machine_types_client.js')).MachineTypesClient;
}

export async function metricServiceClientClass() {
  return (await import('@google-cloud/monitoring/build/src/v3/metric_service_client.js')).MetricServiceClient;
}

export async function cloudCatalogClientClass() {
  return (await import('@google-cloud/billing/build/src/v1/cloud_catalog_client.js')).CloudCatalogClient;
}
