import { pick, type Random } from './corruption';

/** Where a person lives or was recorded: a street address or a shelter, its postcode and commune. */
export interface Place {
  address: string;
  postcode: string;
  city: string;
}

/**
 * A département of metropolitan France: code, prefecture and population in thousands (INSEE,
 * legal populations of 2021, rounded). Paris, Lyon and Marseille are split into arrondissements.
 */
const DEPARTMENTS = `01 Bourg-en-Bresse 657|02 Laon 531|03 Moulins 335|04 Digne-les-Bains 165|05 Gap 141|06 Nice 1098|
07 Privas 329|08 Charleville-Mézières 270|09 Foix 154|10 Troyes 310|11 Carcassonne 375|12 Rodez 280|13 Marseille 2056|
14 Caen 697|15 Aurillac 144|16 Angoulême 352|17 La Rochelle 655|18 Bourges 300|19 Tulle 240|2A Ajaccio 160|2B Bastia 182|
21 Dijon 535|22 Saint-Brieuc 602|23 Guéret 115|24 Périgueux 413|25 Besançon 545|26 Valence 520|27 Évreux 600|28 Chartres 430|
29 Quimper 916|30 Nîmes 752|31 Toulouse 1435|32 Auch 192|33 Bordeaux 1650|34 Montpellier 1200|35 Rennes 1095|
36 Châteauroux 218|37 Tours 612|38 Grenoble 1275|39 Lons-le-Saunier 259|40 Mont-de-Marsan 420|41 Blois 330|
42 Saint-Étienne 766|43 Le Puy-en-Velay 227|44 Nantes 1450|45 Orléans 683|46 Cahors 174|47 Agen 331|48 Mende 76|
49 Angers 820|50 Saint-Lô 495|51 Châlons-en-Champagne 566|52 Chaumont 172|53 Laval 307|54 Nancy 733|55 Bar-le-Duc 184|
56 Vannes 760|57 Metz 1046|58 Nevers 204|59 Lille 2608|60 Beauvais 829|61 Alençon 280|62 Arras 1462|63 Clermont-Ferrand 662|
64 Pau 687|65 Tarbes 229|66 Perpignan 480|67 Strasbourg 1140|68 Colmar 767|69 Lyon 1880|70 Vesoul 235|71 Mâcon 551|
72 Le Mans 566|73 Chambéry 437|74 Annecy 830|75 Paris 2133|76 Rouen 1255|77 Melun 1425|78 Versailles 1450|79 Niort 375|
80 Amiens 568|81 Albi 390|82 Montauban 262|83 Toulon 1090|84 Avignon 562|85 La Roche-sur-Yon 690|86 Poitiers 440|
87 Limoges 372|88 Épinal 362|89 Auxerre 333|90 Belfort 140|91 Évry-Courcouronnes 1306|92 Nanterre 1625|93 Bobigny 1655|
94 Créteil 1407|95 Cergy 1250`;

const ARRONDISSEMENTS: Record<string, number> = { '75': 20, '69': 9, '13': 16 };

/**
 * Île-de-France holds about four in ten of the homeless people counted by INSEE's 2012 survey for
 * 19 % of the population: its départements weigh three times their population (41 % of persons).
 */
const ILE_DE_FRANCE = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);

const STREETS =
  'rue de la Liberté|avenue Jean Jaurès|boulevard de Strasbourg|rue Berbisey|rue d’Auxonne|avenue du Drapeau|rue Monge|chemin des Vignes|rue des Godrans|allée de la Paix|rue Charles Dumont|place de la République'.split(
    '|',
  );

/** Dijon's communes; Lyon and Paris for the people recorded at an address outside the département. */
const COTE_D_OR: [string, string][] = [
  ['21000', 'Dijon'],
  ['21000', 'Dijon'],
  ['21000', 'Dijon'],
  ['21300', 'Chenôve'],
  ['21240', 'Talant'],
  ['21160', 'Marsannay-la-Côte'],
  ['21800', 'Quetigny'],
  ['21121', 'Fontaine-lès-Dijon'],
  ['21200', 'Beaune'],
  ['21500', 'Montbard'],
  ['69003', 'Lyon'],
  ['75018', 'Paris'],
];
const DIJON_SHELTERS = [
  'CHRS Le Renouveau, 5 rue de l’Espérance',
  'Centre d’hébergement Sadi-Carnot, 2 rue Sadi Carnot',
  'Accueil de jour, 10 rue Quentin',
  'Foyer Abbé Pierre, 8 rue Marcel Sembat',
];

/** Share of people recorded at a shelter, a day centre or a domiciliation address. */
const AT_SHELTER = 0.35;

export interface Department {
  code: string;
  /** Postcode and commune of each place one may live in, repeated by weight. */
  communes: [string, string][];
  shelters: string[];
  /** Share of the country's homeless people who are in this département. */
  weight: number;
}

function department(code: string, prefecture: string, population: number, index: number): Department {
  const arrondissements = ARRONDISSEMENTS[code];
  const postcode = code === '2A' ? '20000' : code === '2B' ? '20200' : `${code}000`;
  const communes: [string, string][] = arrondissements
    ? Array.from({ length: arrondissements }, (_, k) => [
        `${code}0${String(k + 1).padStart(2, '0')}`,
        prefecture,
      ])
    : [[postcode, prefecture]];
  const street = (k: number) => STREETS[(index * 5 + k * 7) % STREETS.length];
  const shelters = [
    `CHRS de ${prefecture}, ${3 + (index % 9)} ${street(0)}`,
    `Centre d’hébergement d’urgence, ${11 + (index % 13)} ${street(1)}`,
    `Accueil de jour, ${2 + (index % 17)} ${street(2)}`,
  ];
  return { code, communes, shelters, weight: population * (ILE_DE_FRANCE.has(code) ? 3 : 1) };
}

/** The département of the SIAO that compiles a month's files: all its persons, when the file is one. */
export const HOME_DEPARTMENT: Department = {
  code: '21',
  communes: COTE_D_OR,
  shelters: DIJON_SHELTERS,
  weight: 1,
};

/** The 96 départements, weights summing to 1, for files compiled across the country. */
export const FRANCE: readonly Department[] = (() => {
  const list = DEPARTMENTS.split('|').map((entry, index) => {
    const [code, ...rest] = entry.trim().split(' ');
    const population = Number(rest.pop());
    return department(code, rest.join(' '), population, index);
  });
  const total = list.reduce((sum, d) => sum + d.weight, 0);
  return list.map((d) => ({ ...d, weight: d.weight / total }));
})();

const CUMULATIVE = (() => {
  let total = 0;
  return FRANCE.map((d) => (total += d.weight));
})();

/** A département drawn with the weight of its homeless population. */
export function departmentFor(random: Random): Department {
  const u = random();
  const index = CUMULATIVE.findIndex((c) => c >= u);
  return FRANCE[index < 0 ? FRANCE.length - 1 : index];
}

/** A shelter (a third of the time) or a street address in one of the département's communes. */
export function placeIn(random: Random, where: Department): Place {
  const [postcode, city] = pick(random, where.communes);
  if (random() < AT_SHELTER) {
    // Shelters are in the first commune: the prefecture (Dijon for the Côte-d'Or).
    const [shelterPostcode, shelterCity] = where.communes[0];
    return { address: pick(random, where.shelters), postcode: shelterPostcode, city: shelterCity };
  }
  return { address: `${1 + Math.floor(random() * 120)} ${pick(random, STREETS)}`, postcode, city };
}
