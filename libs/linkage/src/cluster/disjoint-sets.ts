/** Union–find whose groups also keep their members as circular lists, merged in O(1). */
export class DisjointSets {
  private readonly parent: Int32Array;
  private readonly next: Int32Array;
  readonly size: Uint32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.next = new Int32Array(count);
    this.size = new Uint32Array(count).fill(1);
    for (let i = 0; i < count; i++) {
      this.parent[i] = i;
      this.next[i] = i;
    }
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const up = this.parent[i];
      this.parent[i] = root;
      i = up;
    }
    return root;
  }

  /** Merges two roots; returns the surviving root. */
  union(a: number, b: number): number {
    if (a === b) return a;
    const [big, small] = this.size[a] >= this.size[b] ? [a, b] : [b, a];
    this.parent[small] = big;
    this.size[big] += this.size[small];
    const after = this.next[big];
    this.next[big] = this.next[small];
    this.next[small] = after;
    return big;
  }

  *members(root: number, limit = Infinity): Generator<number> {
    let current = root;
    let count = 0;
    do {
      yield current;
      current = this.next[current];
    } while (current !== root && ++count < limit);
  }
}
