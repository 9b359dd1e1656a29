import type { FieldContribution } from '../model/scorer';
import { LOCATION_SAME_PLACE } from '../compare/levels';
import { formatBits } from './format';

export interface PairExplanation {
  a: string;
  b: string;
  /** Total match weight in bits (log2 of the likelihood ratio). */
  weight: number;
  threshold: number;
  /** Whether the two records ended in the same cluster. */
  linked: boolean;
  fields: FieldContribution[];
  /** One sentence per field, then the total: readable by a social worker. */
  lines: string[];
  text: string;
}

const RARE = 1;
const COMMON = -1;

function frequencyWord(contribution: FieldContribution): string {
  // A shared commune or postcode is weighed by how many records the file has there.
  const place = contribution.field === 'location' && contribution.level === LOCATION_SAME_PLACE;
  if (contribution.frequencyAdjustment >= RARE)
    return place ? ', où le fichier compte peu de fiches' : ', rare';
  if (contribution.frequencyAdjustment <= COMMON)
    return place ? ', où le fichier compte beaucoup de fiches' : ', fréquent';
  return '';
}

export function describeContribution(contribution: FieldContribution): string {
  if (contribution.level === 0) return `${contribution.label} : ${contribution.levelLabel}, sans effet`;
  const bits = contribution.levelWeight + contribution.frequencyAdjustment;
  return `${contribution.label} : ${contribution.levelLabel}${frequencyWord(contribution)} (${formatBits(bits)})`;
}

export function explainContributions(
  a: string,
  b: string,
  fields: FieldContribution[],
  threshold: number,
  linked: boolean,
): PairExplanation {
  const weight = fields.reduce((sum, f) => sum + f.levelWeight + f.frequencyAdjustment, 0);
  const above = weight >= threshold;
  // The clustering may part a pair above the threshold (another cluster is likelier for one of
  // them, or another pair contradicts the merge) or join one below it through other records.
  const verdict = above
    ? linked
      ? 'au-dessus du seuil'
      : 'au-dessus du seuil, mais séparées au regroupement (un autre cluster est plus probable, ou une autre paire s’y oppose)'
    : linked
      ? 'en dessous du seuil, mais reliées par d’autres enregistrements'
      : 'en dessous du seuil';
  const outcome = linked ? 'même personne' : 'personnes distinctes';
  const lines = [
    ...fields.map(describeContribution),
    `Total : ${formatBits(weight)} (seuil ${formatBits(threshold)}), ${verdict} → ${outcome}`,
  ];
  return { a, b, weight, threshold, linked, fields, lines, text: lines.join(' ; ') };
}
