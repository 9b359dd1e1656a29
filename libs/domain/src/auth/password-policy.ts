export const PASSWORD_MIN_LENGTH = 12;

/** Returns the French reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  }
  const lowered = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0];
  if (lowered === email.toLowerCase() || (local.length >= 4 && lowered.includes(local))) {
    return "Le mot de passe ne doit pas reprendre l'adresse électronique.";
  }
  if (new Set(password).size < 5) return 'Le mot de passe est trop répétitif.';
  return null;
}
