/** `['a', 'b']` + `{ a: 'A', b: 'B' }` → react-admin choices `[{ id: 'a', name: 'A' }, …]`. */
export function toChoices<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((id) => ({ id, name: labels[id] ?? id }));
}
