// A real containerd for the sandbox and the tests (no hand-written protocol): daemon.ts.
export { containerdUnavailable, startContainerd, type ContainerdDaemon } from './daemon.js';
export { NAMESPACES, workloadsOf, type Workload, type WorkloadState } from './workloads.js';
