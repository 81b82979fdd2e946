// A reference to an entity another subgraph resolves: only its key. The gateway fetches the
// other fields from the owning subgraph.
export function entityReference<T>(id: string): T {
  return { id } as T;
}
