// What every fetch for one project works with.
import type { GcpProjectConfig } from '../../config/schema.js';
import type { ScopeCalls } from '../adapter.js';
import type { ProjectClients } from './clients.js';
import type { InstanceDirectory } from './instance-ids.js';
import type { MachineTypeCatalog } from './machine-types.js';
import type { GcpService } from './rest-fetch.js';

export interface ProjectContext extends Omit<ScopeCalls, 'call'> {
  /** The project id. */
  project: string;
  config: GcpProjectConfig;
  /** The project's SDK clients (loaded on first use). */
  clients(): Promise<ProjectClients>;
  machineTypes: MachineTypeCatalog;
  instanceIds: InstanceDirectory;
  /**
   * Runs one logical API call (all its pages): its HTTP attempts are counted under
   * (service, operation), and its failure becomes a ProviderError naming `operation`.
   */
  call<T>(service: GcpService, operation: string, run: () => Promise<T>): Promise<T>;
}
