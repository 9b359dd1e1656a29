/** SIREN of La Poste, whose establishments are numbered outside the Luhn rule. */
const LA_POSTE_SIREN = '356000000';

export function normaliseSiret(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A SIRET is 14 digits: the SIREN (9, Luhn-checked) and the establishment number (5); the whole is Luhn-checked. */
export function isValidSiret(raw: string): boolean {
  const siret = normaliseSiret(raw);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((s, c) => s + Number(c), 0);
    return digitSum % 5 === 0 || luhnValid(siret);
  }
  return luhnValid(siret) && luhnValid(siret.slice(0, 9));
}

export function sirenOf(raw: string): string {
  return normaliseSiret(raw).slice(0, 9);
}
