import { boundedMemo } from './bounded-memo';
import { spellingKey } from './phonetic';

// Spellings of the same name met in French administrative files for people of North- and
// West-African, Eastern-European and Afghan origin. The first spelling of each group is canonical.
const VARIANT_GROUPS: string[][] = [
  [
    'mohamed',
    'mohammed',
    'muhammad',
    'mohammad',
    'mohamad',
    'mouhamed',
    'muhamed',
    'mohamet',
    'mouhammad',
    'muhammed',
    'mohd',
  ],
  ['ahmed', 'ahmad', 'ahmet', 'ahmat', 'hamed'],
  ['youssef', 'youcef', 'yusuf', 'yousef', 'youssouf', 'yousuf', 'yousaf', 'youssof'],
  ['abdelkader', 'abdelkadir', 'abdulkadir', 'abdulkader', 'abdelkhader'],
  ['said', 'saeed', 'sayed', 'sayid', 'sayeed', 'saied', 'syed'],
  ['omar', 'oumar', 'umar', 'omer'],
  ['ousmane', 'usman', 'osman', 'othmane', 'outhmane', 'usmane', 'osmane'],
  ['ibrahim', 'ibrahima', 'brahim', 'ibrahime', 'ebrahim'],
  ['abdoulaye', 'abdullah', 'abdallah', 'abdoullah', 'abdulla', 'abdellah', 'abdoullahi', 'abdullahi'],
  ['moussa', 'musa', 'mousa', 'mussa'],
  ['hussein', 'hussain', 'hossein', 'houssein', 'husain', 'hussen', 'housseine', 'hosein'],
  ['mustapha', 'mustafa', 'moustapha', 'mostafa', 'moustafa'],
  ['abdul', 'abdoul', 'abdel', 'abd'],
  ['rahman', 'rahmane', 'rachman'],
  ['hamid', 'hamide', 'hamidou'],
  ['karim', 'kareem', 'karime'],
  ['rachid', 'rashid', 'rasheed', 'rachide'],
  ['nour', 'noor', 'nur'],
  ['fatima', 'fatma', 'fatimah', 'fatema', 'fatiha'],
  ['aicha', 'aisha', 'aysha', 'aichatou', 'aissata', 'ayesha', 'aischa'],
  ['khadija', 'khadidja', 'khadijah', 'kadija', 'khedidja', 'kadidja', 'kadiatou'],
  ['mariam', 'maryam', 'meriem', 'myriam', 'mariyam', 'meryem', 'maryame'],
  ['zainab', 'zeinab', 'zaynab', 'zineb', 'zeynab'],
  ['amadou', 'ahmadou', 'hamadou'],
  ['mamadou', 'mamadu', 'mammadou'],
  ['aminata', 'aminatou', 'aminatta'],
  ['fatoumata', 'fatumata', 'fatoumatta', 'fatimata'],
  ['souleymane', 'suleiman', 'souleiman', 'sulayman', 'suleyman', 'soulaymane'],
  ['boubacar', 'aboubacar', 'abubakar', 'boubakar', 'aboubakar'],
  ['sekou', 'sekouba', 'ceku'],
  ['sergei', 'sergey', 'serguei', 'sergiy', 'serhiy', 'serghei', 'sergiu'],
  ['dmitri', 'dmitry', 'dimitri', 'dmytro', 'dmitrii', 'dimitry'],
  ['yuri', 'iouri', 'youri', 'yury', 'iurii', 'yurii', 'jurij'],
  ['nikolai', 'nikolay', 'nicolai', 'mykola', 'nikolaj'],
  ['oleksandr', 'aleksandr', 'alexandr', 'oleksander', 'aleksander', 'olexandr'],
  ['andrei', 'andrey', 'andrii', 'andriy', 'andrej'],
  ['vladimir', 'volodymyr', 'wladimir'],
  ['tatiana', 'tatyana', 'tetiana', 'tatjana', 'tetyana'],
  ['natalia', 'natalya', 'nataliya', 'natalja', 'natalie'],
  ['yulia', 'yuliya', 'ioulia', 'iulia', 'julija'],
  ['olga', 'olha'],
  ['oksana', 'oxana'],
  ['svetlana', 'svitlana'],
  ['elena', 'olena', 'yelena', 'jelena'],
  ['shevchenko', 'chevtchenko', 'schewtschenko', 'szewczenko'],
  ['kuznetsov', 'kouznetsov', 'kuznecov', 'kusnezow'],
  ['ivanov', 'ivanow', 'iwanow'],
  ['popov', 'popow'],
  ['kovalenko', 'kowalenko'],
  ['tkachenko', 'tkatchenko'],
  ['diallo', 'dialo', 'djallo', 'jallow'],
  ['traore', 'traori', 'taore'],
  ['coulibaly', 'kulibaly', 'koulibaly', 'coulibali', 'kulibali'],
  ['kone', 'konee', 'koneh'],
  ['keita', 'keyta', 'keitah'],
  ['toure', 'tourey', 'ture'],
  ['cisse', 'sisse', 'cissey'],
  ['ndiaye', 'ndiay', 'njie'],
  ['noori', 'nouri', 'nuri', 'noury'],
  ['ahmadi', 'ahmady', 'ahmedi'],
  ['mohammadi', 'mohamadi', 'muhammadi', 'mohammedi', 'mohamedi'],
  ['hashimi', 'hashemi', 'hachemi', 'hachimi'],
  ['rahimi', 'rahimy', 'rahemi'],
  ['karimi', 'karimy', 'kerimi'],
  ['haidari', 'haydari', 'heidari', 'haideri'],
  ['ben', 'bin', 'ibn'],
  ['el', 'al'],
];

const CANONICAL = new Map<string, string>();
/** The same, keyed by spelling as heard (y/i, ph/f, double letters…): Brahym finds Brahim. */
const CANONICAL_BY_SPELLING = new Map<string, string>();
for (const group of VARIANT_GROUPS) {
  for (const spelling of group) {
    CANONICAL.set(spelling, group[0]);
    const key = spellingKey(spelling);
    if (!CANONICAL_BY_SPELLING.has(key)) CANONICAL_BY_SPELLING.set(key, group[0]);
  }
}

/**
 * Canonical spelling of one folded name token (the token itself when it has no known variant). A
 * spelling that is not listed but sounds like a listed one (Brahym, Mouhammed, Youssouff) gets that
 * one's canonical form, so that its phonetic key, and the blocks built on it, agree with the group's.
 */
export const canonicalToken = boundedMemo(
  (token) => CANONICAL.get(token) ?? CANONICAL_BY_SPELLING.get(spellingKey(token)) ?? token,
);
