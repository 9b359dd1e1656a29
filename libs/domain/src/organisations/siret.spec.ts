import { isValidSiret, sirenOf } from '../index';

describe('SIRET check', () => {
  it("accepts Action Tank's SIRET from the funding agreement, with or without spaces", () => {
    expect(isValidSiret('52964915400026')).toBe(true);
    expect(isValidSiret('529 649 154 00026')).toBe(true);
  });
  it('rejects a SIRET with one digit changed', () => {
    expect(isValidSiret('52964915400027')).toBe(false);
  });
  it('rejects anything that is not 14 digits', () => {
    expect(isValidSiret('5296491540002')).toBe(false);
    expect(isValidSiret('5296491540002A')).toBe(false);
  });
  it('rejects a SIRET whose SIREN fails Luhn even if the whole number passes', () => {
    // 000000018 fails the SIREN check; pad the establishment digits so the whole passes Luhn.
    const candidates = Array.from({ length: 100000 }, (_, i) => `000000019${String(i).padStart(5, '0')}`);
    const wholeOnly = candidates.find((s) => isValidSiretLuhnOnly(s));
    expect(wholeOnly).toBeDefined();
    expect(isValidSiret(wholeOnly as string)).toBe(false);
  });
  it("accepts La Poste's establishments, numbered by digit sum", () => {
    expect(isValidSiret('35600000000048')).toBe(true); // head office, Luhn-valid
    expect(isValidSiret('35600000012340')).toBe(true); // digit sum 25
    expect(isValidSiret('35600000012342')).toBe(false);
  });
  it('derives the SIREN', () => {
    expect(sirenOf('529 649 154 00026')).toBe('529649154');
  });
});

function isValidSiretLuhnOnly(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
