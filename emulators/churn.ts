// The sandbox's self-changing fleet: at a configured average rate it picks a VM and takes it
// through a lifecycle move of its cloud (a stop or a start, through the intermediate states on the
// way), always through the fleet's own APIs, so every emulator and change listener sees it.
import { awsLifecycle } from './aws/fleet/lifecycle.js';
import { azureLifecycle } from './azure/fleet/lifecycle.js';
import { gcpLifecycle } from './gcp/fleet/lifecycle.js';
import { digitalOceanLifecycle } from './digitalocean/fleet/lifecycle.js';
import { proxmoxLifecycle } from './proxmox/fleet/lifecycle.js';
import { libvirtLifecycle } from './libvirt/fleet/lifecycle.js';
import type { CloudName, Fleet } from './fleet.js';
import type { ChurnVm, CloudLifecycle } from './kit/lifecycle.js';
import { Random } from './kit/prng.js';

export interface FleetChurnOptions {
  /**
   * Moves started per minute on average, across all `clouds`; 0 = none. One move (say a stop) shows
   * as two or three state changes: its intermediate states, then where it settles.
   */
  changesPerMinute: number;
  seed: number;
  clouds: readonly CloudName[];
  /** The stream to draw from instead of one derived from `seed`. */
  random?: Random;
  /** Mean time a VM spends in each intermediate state (±50%). Default 5000 ms. */
  stepDelayMs?: number;
}

export interface FleetChurn {
  /** Cancels every pending change, intermediate steps included: nothing changes afterwards. */
  stop(): void;
}

export const DEFAULT_CHURN_STEP_DELAY_MS = 5000;

const LIFECYCLES: Readonly<Record<CloudName, (fleet: Fleet) => CloudLifecycle>> = {
  aws: (fleet) => awsLifecycle(fleet.aws),
  azure: (fleet) => azureLifecycle(fleet.azure),
  gcp: (fleet) => gcpLifecycle(fleet.gcp),
  digitalocean: (fleet) => digitalOceanLifecycle(fleet.digitalocean),
  proxmox: (fleet) => proxmoxLifecycle(fleet.proxmox),
  libvirt: (fleet) => libvirtLifecycle(fleet.libvirt),
};

export function startFleetChurn(fleet: Fleet, options: FleetChurnOptions): FleetChurn {
  const { changesPerMinute } = options;
  if (!Number.isFinite(changesPerMinute) || changesPerMinute < 0) {
    throw new Error(`changesPerMinute must be a non-negative number, got ${changesPerMinute}`);
  }
  const clouds = [...new Set(options.clouds)];
  if (changesPerMinute === 0 || clouds.length === 0) return { stop: () => undefined };
  const random = options.random ?? Random.of('fleet-churn', options.seed);
  const timers = new Timers();
  const stepDelayMs = options.stepDelayMs ?? DEFAULT_CHURN_STEP_DELAY_MS;
  const churns = clouds.map((cloud) => new CloudChurn(LIFECYCLES[cloud](fleet), random, timers, stepDelayMs));
  scheduleChanges(changesPerMinute, random, timers, () => random.pick(churns).change());
  return { stop: () => timers.clear() };
}

/**
 * Calls `change` as a Poisson process of `perMinute` on average. Times are kept absolute so that
 * timer granularity and a busy event loop do not lower the rate; after a long stall (a sleeping
 * laptop) the backlog is dropped rather than burst out.
 */
function scheduleChanges(perMinute: number, random: Random, timers: Timers, change: () => void): void {
  const meanGapMs = 60_000 / perMinute;
  const gap = () => -Math.log(1 - random.float()) * meanGapMs;
  const catchUpLimit = Math.max(1, Math.ceil(perMinute / 60));
  let due = Date.now() + gap();
  const tick = () => {
    const now = Date.now();
    for (let made = 0; due <= now && made < catchUpLimit && timers.active; made++) {
      change();
      due += gap();
    }
    if (due <= now) due = now + gap();
    timers.after(due - now, tick);
  };
  timers.after(due - Date.now(), tick);
}

/** One cloud's VMs, moved one at a time while keeping the share of running VMs where it started. */
class CloudChurn<S extends string> {
  private readonly vms: ChurnVm<S>[];
  /** VMs this churn is moving, to where they will settle. */
  private readonly moving = new Map<string, S>();
  private readonly targetUpShare: number;

  constructor(
    private readonly lifecycle: CloudLifecycle<S>,
    private readonly random: Random,
    private readonly timers: Timers,
    private readonly stepDelayMs: number,
  ) {
    this.vms = lifecycle.vms();
    const settled = this.settledVms();
    this.targetUpShare = settled.length === 0 ? 0 : settled.filter((vm) => this.isUp(vm.state())).length / settled.length;
  }

  /** Starts one move, if any VM is free to make one. */
  change(): void {
    const settled = this.settledVms();
    const up = settled.filter((vm) => this.isUp(vm.state()));
    const down = settled.filter((vm) => !this.isUp(vm.state()));
    const headingUp = [...this.moving.values()].filter((state) => this.isUp(state)).length;
    const excessUp = up.length + headingUp - this.targetUpShare * (settled.length + this.moving.size);
    const candidates = this.random.chance(stopProbability(excessUp)) ? (up.length > 0 ? up : down) : down.length > 0 ? down : up;
    if (candidates.length === 0) return;
    const vm = this.random.pick(candidates);
    this.move(vm, this.random.pick(this.lifecycle.moves[vm.state()] ?? []));
  }

  /** VMs in a state a move starts from, and not being moved already. */
  private settledVms(): ChurnVm<S>[] {
    return this.vms.filter((vm) => !this.moving.has(vm.key) && this.lifecycle.moves[vm.state()] !== undefined);
  }

  private isUp(state: S): boolean {
    return state === this.lifecycle.up;
  }

  private move(vm: ChurnVm<S>, path: readonly S[]): void {
    const [first, ...rest] = path;
    if (first === undefined) return;
    this.moving.set(vm.key, path[path.length - 1] ?? first);
    vm.setState(first);
    this.continueMove(vm, first, rest);
  }

  private continueMove(vm: ChurnVm<S>, current: S, rest: readonly S[]): void {
    const [next, ...later] = rest;
    if (next === undefined) {
      this.moving.delete(vm.key);
      return;
    }
    this.timers.after(this.stepDelayMs * (0.5 + this.random.float()), () => {
      // Someone else moved it meanwhile (an API call, a test): their change stands.
      if (vm.state() !== current) {
        this.moving.delete(vm.key);
        return;
      }
      vm.setState(next);
      this.continueMove(vm, next, later);
    });
  }
}

/**
 * Even odds at the starting share of running VMs; two VMs off it force the direction back, so the
 * share cannot drift however long the sandbox runs.
 */
function stopProbability(excessUp: number): number {
  return Math.min(1, Math.max(0, 0.5 + excessUp / 4));
}

/** Unref'd timeouts (the churn never keeps the process alive) that can all be cleared at once. */
class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private cleared = false;

  get active(): boolean {
    return !this.cleared;
  }

  after(ms: number, run: () => void): void {
    if (this.cleared) return;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      run();
    }, Math.max(0, ms));
    timer.unref();
    this.pending.add(timer);
  }

  clear(): void {
    this.cleared = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
