// What the libvirt adapter answers from the config alone, before its module loads
// (../lazy-cloud.ts): one scope per host, in the host's region (its id unless configured).
// FleetGraph connects with virsh --readonly: mutations are refused before any call.
import type { LibvirtHostConfig, LibvirtProviderConfig } from '../../config/schema.js';
import type { CloudOutline } from '../lazy-cloud.js';
import { siteOutline, siteScopeOf } from '../site-outline.js';
import type { Scope } from '../types.js';

export const libvirtScopeOf = (host: LibvirtHostConfig): Scope => siteScopeOf('libvirt', host);

export const libvirtOutline = (config: LibvirtProviderConfig): CloudOutline => siteOutline('libvirt', config.hosts);
