// What every fetch for one project works with.
import type { Logger } from 'pino';
import type { GcpProjectConfig } from '../../config/schema.js';
import type { Scope } from '../types.js';
import type { ProjectClients } from './clients.js';
import type { InstanceDirectory } from './instance-ids.js';
import type { MachineTypeCatalog } from './machine-types.js';
import type { GcpService } from './transport.js';

export interface ProjectContext {
  scope: Scope;
  /** The project id. */
  project: string;
  config: GcpProjectConfig;
  /** The project's SDK clients (loaded on first use). */
  clients(): Promise<ProjectClients>;
  machineTypes: MachineTypeCatalog;
  instanceIds: InstanceDirectory;
  log: Logger;
  /**
   * Runs one logical API call (all its pages): its HTTP attempts are counted under
   * (service, operation), and its failure becomes a ProviderError naming `operation`.
   */
  call<T>(service: GcpService, operation: string, run: () => Promise<T>): Promise<T>;
}
