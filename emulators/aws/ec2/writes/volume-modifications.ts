// ModifyVolume's records, as DescribeVolumesModifications reports them: modifying → optimizing
// (the new size is usable from here on) → completed, or failed with EC2's status message.

export type ModificationState = 'modifying' | 'optimizing' | 'completed' | 'failed';

export interface VolumeModification {
  volumeId: string;
  modificationState: ModificationState;
  statusMessage: string | null;
  targetSize: number;
  originalSize: number;
  targetVolumeType: string;
  originalVolumeType: string;
  targetIops: number | null;
  originalIops: number | null;
  progress: number;
  startTime: Date;
  endTime: Date | null;
}

export class VolumeModifications {
  private readonly latest = new Map<string, VolumeModification>();

  /** The latest modification of a volume, if it has had one. */
  of(volumeId: string): VolumeModification | undefined {
    return this.latest.get(volumeId);
  }

  all(): VolumeModification[] {
    return [...this.latest.values()];
  }

  record(modification: VolumeModification): void {
    this.latest.set(modification.volumeId, modification);
  }

  /** Whether the volume is being modified now (EC2 refuses a second modification until the first is optimizing). */
  inProgress(volumeId: string): boolean {
    return this.latest.get(volumeId)?.modificationState === 'modifying';
  }
}
