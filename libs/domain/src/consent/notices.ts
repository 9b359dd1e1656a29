/** A version of a text that changes over time (information notice, contract template). */
export interface VersionedText {
  id: string;
  versionLabel: string;
  /** First Paris day ('YYYY-MM-DD') on which the version applies. */
  effectiveFrom: string;
}

/** The version in force on a day: the latest one already effective, or null before the first. */
export function versionInForceOn<V extends VersionedText>(versions: readonly V[], day: string): V | null {
  let found: V | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= day && (found === null || version.effectiveFrom > found.effectiveFrom))
      found = version;
  }
  return found;
}
