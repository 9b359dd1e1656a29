/**
 * Memoises a pure function of a string in a map emptied whenever it reaches `limit` entries: name
 * tokens repeat across raw spellings (DIALLO, Diallo, « Diallo épouse Ba »), and a process that links
 * file after file must not keep every name it has seen.
 */
export function boundedMemo(compute: (key: string) => string, limit = 1 << 17): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
