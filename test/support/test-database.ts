export const TEST_DEMO_PASSWORD = 'pacte-demo';

/** Tests wipe and write data: refuse any database whose name does not say it is for tests. */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) {
    throw new Error(`Refus de lancer les tests sur la base « ${name} » : son nom doit contenir « test ».`);
  }
}
