function escapeValue(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsvLine(values: readonly (string | number)[]): string {
  return values.map((v) => escapeValue(String(v))).join(',') + '\n';
}
