// GraphQL enum values whose internal value differs from their name (the model's spelling).
export const providerEnum = { AWS: 'aws', AZURE: 'azure', GCP: 'gcp', DIGITALOCEAN: 'digitalocean', PROXMOX: 'proxmox', LIBVIRT: 'libvirt', CONTAINERD: 'containerd' } as const;
export const workloadKindEnum = { VIRTUAL_MACHINE: 'vm', CONTAINER: 'container' } as const;
export const roleEnum = { VIEWER: 'viewer', OPERATOR: 'operator', ADMIN: 'admin' } as const;
export const operationKindEnum = {
  START_VM: 'startVm',
  STOP_VM: 'stopVm',
  REBOOT_VM: 'rebootVm',
  RESIZE_VM: 'resizeVm',
  DELETE_VM: 'deleteVm',
  CREATE_VM: 'createVm',
  ATTACH_VOLUME: 'attachVolume',
  DETACH_VOLUME: 'detachVolume',
  RESIZE_VOLUME: 'resizeVolume',
  CREATE_SNAPSHOT: 'createSnapshot',
  DELETE_SNAPSHOT: 'deleteSnapshot',
} as const;
