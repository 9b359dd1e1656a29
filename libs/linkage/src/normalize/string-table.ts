/** Interns strings so that columns hold small integers and equal values compare by id. */
export class StringTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
