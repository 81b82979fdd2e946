// The directory of GCP numeric instance ids stays the size of the estate: a listing of the whole
// project replaces the project's pairs (deleted VMs are forgotten), a filtered one adds to them.
import { describe, expect, it } from 'vitest';
import { InstanceDirectory } from '../../../src/providers/gcp/instance-ids.js';

describe('InstanceDirectory', () => {
  it('adds the pairs of a filtered listing to what the project has', () => {
    const directory = new InstanceDirectory();
    directory.record('prod', [{ zone: 'us-central1-a', name: 'web-1', id: '101' }]);
    directory.record('prod', [{ zone: 'us-central1-b', name: 'web-2', id: '102' }]);
    expect(directory.lookup('prod', 'us-central1-a', 'web-1')).toBe('101');
    expect(directory.lookup('prod', 'us-central1-b', 'web-2')).toBe('102');
    expect(directory.lookup('dev', 'us-central1-a', 'web-1')).toBeUndefined();
  });

  it('forgets VMs a listing of the whole project no longer has, and keeps other projects', () => {
    const directory = new InstanceDirectory();
    directory.record('prod', [
      { zone: 'us-central1-a', name: 'web-1', id: '101' },
      { zone: 'us-central1-a', name: 'deleted-since', id: '103' },
    ]);
    directory.record('dev', [{ zone: 'europe-west1-b', name: 'db-1', id: '201' }]);
    directory.replace('prod', [
      { zone: 'us-central1-a', name: 'web-1', id: '101' },
      { zone: 'us-central1-a', name: 'web-3', id: '104' },
    ]);
    expect(directory.lookup('prod', 'us-central1-a', 'deleted-since')).toBeUndefined();
    expect(directory.lookup('prod', 'us-central1-a', 'web-3')).toBe('104');
    expect(directory.size('prod')).toBe(2);
    expect(directory.lookup('dev', 'europe-west1-b', 'db-1')).toBe('201');
  });

  it('takes the new id of a name reused after a delete', () => {
    const directory = new InstanceDirectory();
    directory.record('prod', [{ zone: 'us-central1-a', name: 'web-1', id: '101' }]);
    directory.record('prod', [{ zone: 'us-central1-a', name: 'web-1', id: '999' }]);
    expect(directory.lookup('prod', 'us-central1-a', 'web-1')).toBe('999');
  });
});
