/** "+8,2" / "-3,1" / "0,0": French decimal comma, explicit sign. */
export function formatBits(bits: number): string {
  const rounded = Math.round(bits * 10) / 10;
  const text = Math.abs(rounded).toFixed(1).replace('.', ',');
  return rounded > 0 ? `+${text}` : rounded < 0 ? `-${text}` : text;
}
