const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Lower case, no accents, ligatures expanded, every non-alphanumeric run becomes one space. */
export function foldText(raw: string): string {
  let text = raw;
  if (!/^[\x00-\x7f]*$/.test(text)) {
    text = text
      .replace(/[œŒæÆß]/g, (c) => LIGATURES[c])
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  }
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokens(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}
