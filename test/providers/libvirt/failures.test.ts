// libvirt failures through the adapter: a host it cannot connect to, a host that drops the
// connection mid-listing, virsh that is not installed or hangs — each a ProviderError naming the
// host and the virsh run, beside every other host's answer.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startLibvirtTestDriver } from '../../../emulators/libvirt/index.js';
import { createLibvirtAdapter } from '../../../src/providers/libvirt/adapter.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { rejectionOf, startedForFile } from '../../support/harness.js';
import { adapterFor, configFor, hostScope } from './support.js';

const fleet = createFleet({ seed: 4, vmsPerScope: 4 });
const driver = startedForFile(() => startLibvirtTestDriver({ fleet }));

/** A virsh that fails every run whose commands include `failing`, as a dropped connection does, and runs the real one otherwise. */
function virshFailingOn(failing: string, body = `echo 'error: Cannot recv data: Connection reset by peer' >&2; exit 1`): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-virsh-'));
  const script = path.join(dir, 'virsh');
  writeFileSync(script, `#!/bin/sh\nfor last; do :; done\ncase "$last" in *${failing}*) ${body};; esac\nexec '${driver().virsh}' "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

describe('libvirt failures', () => {
  it('a host it cannot connect to is UNAVAILABLE naming the host and the run; the other host answers', async () => {
    const config = configFor(driver());
    config.hosts.push({ id: 'kvm-gone', uri: 'test:///nonexistent/kvm-gone.xml' });
    const adapter = createLibvirtAdapter(config);
    const error = await rejectionOf<ProviderError>(adapter.list('vm', hostScope('kvm-gone')));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'domstats' });
    expect(error.message).toContain('kvm-gone');
    expect(error.message).toContain('failed to connect to the hypervisor');
    expect((await adapter.list('vm', hostScope('kvm-1'))).length).toBe(4);
  });

  it('a host that drops the connection mid-listing (after domstats) fails that listing, naming dumpxml', async () => {
    const adapter = adapterFor(driver(), { virsh: virshFailingOn('dumpxml') });
    const error = await rejectionOf<ProviderError>(adapter.list('vm', hostScope('kvm-1')));
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'dumpxml' });
    expect(error.message).toContain('Connection reset by peer');
  });

  it('virsh not installed is PROVIDER_NOT_CONFIGURED saying what to install; a hung virsh is stopped at the deadline', async () => {
    const missing = await rejectionOf<ProviderError>(adapterFor(driver(), { virsh: '/nonexistent/bin/virsh' }).list('vm', hostScope('kvm-1')));
    expect(missing.category).toBe('NOT_CONFIGURED');
    expect(missing.message).toContain('install libvirt-clients');
    const hung = await rejectionOf<ProviderError>(adapterFor(driver(), { virsh: virshFailingOn('domstats', 'exec sleep 30'), timeoutSeconds: 1 }).list('vm', hostScope('kvm-1')));
    expect(hung).toMatchObject({ category: 'UNAVAILABLE', providerCode: 'Timeout' });
  });

  it('refuses a URI holding a password, and a scope that is not a configured host before any run', async () => {
    expect(() => configFor(driver(), { hosts: [{ id: 'x', uri: 'qemu+ssh://root:secret@host/system' }] } as never)).toThrow(/password/);
    driver().resetRuns();
    const error = await rejectionOf<ProviderError>(adapterFor(driver()).list('vm', hostScope('elsewhere')));
    expect(error.category).toBe('INVALID_INPUT');
    expect(driver().runs()).toHaveLength(0);
  });
});
