// Proxmox tags are plain labels (`env-prod;team-web`): each is a tag with that key and no value.
import type { Tag } from '../types.js';

export function tagsOf(raw: string | undefined): Tag[] {
  return (raw ?? '')
    .split(/[;, ]+/)
    .filter(Boolean)
    .map((key) => ({ key, value: '' }));
}
