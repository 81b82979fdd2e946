// DigitalOcean tags are plain strings. A `key:value` tag (the convention doctl and Terraform users
// follow, e.g. `env:prod`) reads as that key and value; any other tag as a key with an empty value.
import type { Tag } from '../types.js';

export function tagsOf(tags: readonly string[] | null | undefined): Tag[] {
  return (tags ?? []).map((tag) => {
    const colon = tag.indexOf(':');
    return colon > 0 ? { key: tag.slice(0, colon), value: tag.slice(colon + 1) } : { key: tag, value: '' };
  });
}
