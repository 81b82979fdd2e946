// Global addresses: a load balancer's frontend and a VPC peering range.
import { DAY } from '../../../kit/time.js';
import { GCP_REGIONS, computeUrl } from '../catalogue.js';
import { DEFAULT_LABEL_FINGERPRINT, createdBefore, type ProjectBuilder, type ProjectNetworks } from './context.js';

export function addGlobalAddresses(b: ProjectBuilder, networks: ProjectNetworks): void {
  const { rng, allocator, projectId: p } = b;
  const lbName = 'web-lb-ip';
  const peeringName = 'google-managed-services-range';
  b.data.globalAddresses.push(
    {
      kind: 'compute#address',
      id: allocator.id(rng),
      creationTimestamp: createdBefore(rng, 50 * DAY, 300 * DAY),
      name: lbName,
      description: 'global HTTPS load balancer frontend',
      address: allocator.publicIp(rng, GCP_REGIONS[0]!),
      status: 'IN_USE',
      addressType: 'EXTERNAL',
      networkTier: 'PREMIUM',
      ipVersion: 'IPV4',
      users: [computeUrl.global(p, 'forwardingRules', 'web-lb-https')],
      labels: {},
      labelFingerprint: DEFAULT_LABEL_FINGERPRINT,
      selfLink: computeUrl.global(p, 'addresses', lbName),
    },
    {
      kind: 'compute#address',
      id: allocator.id(rng),
      creationTimestamp: createdBefore(rng, 50 * DAY, 300 * DAY),
      name: peeringName,
      description: 'private services access',
      address: '10.250.0.0',
      prefixLength: 16,
      status: 'RESERVED',
      addressType: 'INTERNAL',
      purpose: 'VPC_PEERING',
      network: networks.vpc.network.selfLink,
      labels: {},
      labelFingerprint: DEFAULT_LABEL_FINGERPRINT,
      selfLink: computeUrl.global(p, 'addresses', peeringName),
    },
  );
}
