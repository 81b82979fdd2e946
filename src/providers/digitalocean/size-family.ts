// The family a droplet size belongs to, for rightsizing within it (costs no call).

/** `s-2vcpu-4gb` → `s`, `s-1vcpu-1gb-intel` → `s-intel`, `so1_5-2vcpu-16gb` → `so1_5`, `c-4` → `c`. */
export function dropletFamilyOf(slug: string): string {
  const [first, ...rest] = slug.toLowerCase().split('-');
  const variant = rest.find((part) => part === 'intel' || part === 'amd');
  return variant ? `${first}-${variant}` : first!;
}
