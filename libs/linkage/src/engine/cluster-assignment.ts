/**
 * Record id → cluster id, in input order. Iterating costs nothing more than the two arrays; the
 * lookup index is built on the first `get` or `has` only: a Map of a million ids cost one to two
 * seconds on the caller's heap, and the CLI only ever iterates.
 */
export class ClusterAssignment implements ReadonlyMap<string, string> {
  private index?: Map<string, number>;

  constructor(
    private readonly ids: readonly string[],
    private readonly clusters: readonly string[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  get(id: string): string | undefined {
    const k = this.indexOf(id);
    return k === undefined ? undefined : this.clusters[k];
  }

  has(id: string): boolean {
    return this.indexOf(id) !== undefined;
  }

  forEach(callback: (cluster: string, id: string, map: ReadonlyMap<string, string>) => void): void {
    for (let k = 0; k < this.ids.length; k++) callback(this.clusters[k], this.ids[k], this);
  }

  *entries(): MapIterator<[string, string]> {
    for (let k = 0; k < this.ids.length; k++) yield [this.ids[k], this.clusters[k]];
  }

  keys(): MapIterator<string> {
    return this.ids.values();
  }

  values(): MapIterator<string> {
    return this.clusters.values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  private indexOf(id: string): number | undefined {
    if (!this.index) {
      const index = new Map<string, number>();
      this.ids.forEach((value, k) => index.set(value, k));
      this.index = index;
    }
    return this.index.get(id);
  }
}
