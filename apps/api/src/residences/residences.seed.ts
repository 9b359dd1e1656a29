import { parisDay } from '@pacte/domain';
import type { EntityManager } from 'typeorm';
import { orgId } from '../seed/partners.seed';
import { seedId } from '../seed/seed-id';

export const ABRIOUX_ID = seedId('residence:abrioux');
const AGENT_ID = seedId('user:residence@pacte.demo');

/** Article 13 of the residency contract, verbatim from the CCAS board deliberation of 3 July 2024. */
export const ARTICLE_13 = `Article 13 – TRAITEMENT DES DONNÉES :

Les données personnelles collectées par la résidence Abrioux, sont confidentielles et pourront toutefois être partagées avec d'autres organismes dans le strict cadre du traitement lié à votre demande.

Vos données à caractère personnel pourront faire l'objet d'un traitement statistique.

Vous disposez d'un droit d'accès, de rectification, d'opposition, de limitation, d'effacement et de portabilité (transfert) de vos données à caractère personnel. Vous pouvez, sauf obligation légale contraire, faire valoir en adressant un courriel à: aabrioux@ccas-dijon.fr ou un courrier à Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex.

En signant le contrat de résidence, vous autorisez les services de la Résidence Abrioux à procéder à l'utilisation et au stockage sécurisé de vos données personnelles, vous permettant ainsi de bénéficier d'un logement et d'accompagnement par ses services.`;

const TEMPLATE_BODY = `CONTRAT DE RÉSIDENCE — RÉSIDENCE ABRIOUX
Version de juillet 2024 : article 13 ajouté par la délibération du Conseil d'administration du CCAS de Dijon du 3 juillet 2024.

Articles 1 à 12 : conditions d'accès, de séjour et d'occupation du logement (texte du contrat en vigueur, non reproduit dans les données de démonstration).

${ARTICLE_13}
`;

const NOTICES: Record<string, string> = {
  'siao-synchro': `Partager vos informations avec le SIAO (démarche Synchrø)

Le SIAO 21 aide les personnes sans logement à trouver un hébergement ou un logement. C'est un service de l'association ADEFO.
Avec la démarche Synchrø, le SIAO réunit chaque mois les listes de plusieurs organismes de Dijon. Il compte les personnes qui ont besoin d'un logement, sans compter deux fois la même personne.
Si vous êtes d'accord, la Résidence Abrioux envoie au SIAO votre nom, votre prénom, votre date de naissance et la composition de votre foyer.
Vous pouvez dire oui ou non. Votre réponse ne change rien à votre logement ni à votre accompagnement.
Vous pouvez retirer votre accord à tout moment : par courriel à aabrioux@ccas-dijon.fr, par courrier à Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex, ou à l'accueil de la résidence.
(Délibération du Conseil d'administration du CCAS de Dijon du 3 juillet 2024.)`,
  statistics: `Faire des statistiques avec vos informations

Le CCAS de Dijon fait des statistiques pour mieux connaître les besoins des habitants.
Les statistiques sont des chiffres globaux. Votre nom n'y apparaît jamais.
Vous pouvez dire oui ou non. Votre réponse ne change rien à votre logement ni à votre accompagnement.
Vous pouvez retirer votre accord à tout moment : par courriel à aabrioux@ccas-dijon.fr, par courrier à Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex, ou à l'accueil de la résidence.`,
};

const PURPOSES = [
  {
    code: 'siao-synchro',
    label: 'Partage avec le SIAO dans le cadre de la démarche Synchrø',
    description:
      'Envoi au SIAO 21 (service de l’association ADEFO) des informations utiles à la liste mensuelle des ménages sans logement.',
    recipientId: orgId('siao21'),
  },
  {
    code: 'statistics',
    label: 'Traitement statistique',
    description: 'Chiffres globaux, sans nom, pour connaître les besoins des résidents.',
    recipientId: orgId('ccas'),
  },
];

type Event = [
  purpose: 'siao-synchro' | 'statistics',
  decision: 'given' | 'refused' | 'withdrawn',
  decidedAt: string,
  how: string,
  correctsIndex?: number,
];

interface DemoResident {
  key: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'X';
  unit: string;
  entryDate: string;
  exitDate?: string;
  adults?: number;
  children?: number;
  events: Event[];
}

/** A recent instant (n days ago, 10:00 in Dijon), so that the dashboard's "this month" has figures. */
function daysAgo(n: number): string {
  return `${parisDay(new Date(Date.now() - n * 86_400_000))}T10:00:00`;
}

/** Clearly fictitious people (their surnames say so), with a realistic mix of decisions. */
const RESIDENTS: DemoResident[] = [
  {
    key: 'exemple',
    lastName: 'EXEMPLE',
    firstName: 'Alice',
    birthDate: '1979-03-14',
    sex: 'F',
    unit: 'A-101',
    entryDate: '2024-09-02',
    events: [
      ['siao-synchro', 'given', '2024-09-02T11:00:00', 'paper_signature'],
      ['statistics', 'given', '2024-09-02T11:05:00', 'paper_signature'],
    ],
  },
  {
    key: 'fictif',
    lastName: 'FICTIF',
    firstName: 'Bernard',
    birthDate: '1965-11-30',
    sex: 'M',
    unit: 'A-102',
    entryDate: '2023-05-15',
    events: [
      ['siao-synchro', 'given', '2024-07-15T14:30:00', 'paper_signature'],
      ['statistics', 'given', '2024-07-15T14:35:00', 'paper_signature'],
      ['siao-synchro', 'withdrawn', '2025-03-10T09:00:00', 'letter'],
    ],
  },
  {
    key: 'demo',
    lastName: 'DÉMO',
    firstName: 'Chantal',
    birthDate: '1988-07-21',
    sex: 'F',
    unit: 'A-103',
    entryDate: '2024-10-01',
    adults: 1,
    children: 2,
    events: [
      ['siao-synchro', 'refused', '2024-10-01T10:00:00', 'oral_attested'],
      ['statistics', 'given', '2024-10-01T10:10:00', 'oral_attested'],
    ],
  },
  {
    key: 'modele',
    lastName: 'MODÈLE',
    firstName: 'Didier',
    birthDate: '1972-01-05',
    sex: 'M',
    unit: 'B-201',
    entryDate: '2025-01-20',
    // The statistics "given" was a typing mistake: corrected by a refusal that names it.
    events: [
      ['siao-synchro', 'given', '2025-01-20T15:00:00', 'electronic_signature'],
      ['statistics', 'given', '2025-01-20T15:02:00', 'electronic_signature'],
      ['statistics', 'refused', '2025-01-20T15:02:00', 'electronic_signature', 1],
    ],
  },
  {
    key: 'specimen',
    lastName: 'SPÉCIMEN',
    firstName: 'Estelle',
    birthDate: '1995-12-12',
    sex: 'F',
    unit: 'B-202',
    entryDate: '2025-06-03',
    events: [],
  },
  {
    key: 'essai',
    lastName: 'ESSAI',
    firstName: 'Farid',
    birthDate: '1958-04-18',
    sex: 'M',
    unit: 'B-203',
    entryDate: '2023-11-06',
    exitDate: '2025-08-31',
    events: [
      ['siao-synchro', 'given', '2024-07-20T10:00:00', 'paper_signature'],
      ['statistics', 'given', '2024-07-20T10:05:00', 'paper_signature'],
    ],
  },
  {
    key: 'factice',
    lastName: 'FACTICE',
    firstName: 'Gisèle',
    birthDate: '1983-09-09',
    sex: 'F',
    unit: 'B-204',
    entryDate: '2025-09-15',
    events: [
      ['siao-synchro', 'given', '2025-09-15T16:00:00', 'electronic_signature'],
      ['siao-synchro', 'withdrawn', daysAgo(5), 'email'],
    ],
  },
  {
    key: 'prototype',
    lastName: 'PROTOTYPE',
    firstName: 'Hugo',
    birthDate: '2001-02-27',
    sex: 'M',
    unit: 'C-301',
    entryDate: '2026-02-01',
    events: [
      ['siao-synchro', 'refused', '2026-02-01T11:00:00', 'oral_attested'],
      ['siao-synchro', 'given', '2026-03-10T09:30:00', 'paper_signature'],
      ['statistics', 'given', '2026-03-10T09:35:00', 'paper_signature'],
    ],
  },
  {
    key: 'maquette',
    lastName: 'MAQUETTE',
    firstName: 'Inès',
    birthDate: '1990-06-30',
    sex: 'F',
    unit: 'C-302',
    entryDate: '2024-12-01',
    adults: 2,
    children: 1,
    events: [
      ['siao-synchro', 'given', '2024-12-02T10:00:00', 'paper_signature'],
      ['siao-synchro', 'withdrawn', '2025-02-01T14:00:00', 'in_person'],
      ['siao-synchro', 'given', '2025-06-01T10:00:00', 'paper_signature'],
      ['statistics', 'refused', '2024-12-02T10:05:00', 'paper_signature'],
    ],
  },
  {
    key: 'simule',
    lastName: 'SIMULÉ',
    firstName: 'Jean',
    birthDate: '1969-10-10',
    sex: 'M',
    unit: 'C-303',
    entryDate: '2026-10-01',
    events: [['siao-synchro', 'given', daysAgo(8), 'paper_signature']],
  },
  {
    key: 'imaginaire',
    lastName: 'IMAGINAIRE',
    firstName: 'Karima',
    birthDate: '1977-05-05',
    sex: 'F',
    unit: 'C-304',
    entryDate: '2026-11-02',
    events: [],
  },
  {
    key: 'illustration',
    lastName: 'ILLUSTRATION',
    firstName: 'Louis',
    birthDate: '1999-08-08',
    sex: 'M',
    unit: 'D-401',
    entryDate: '2025-04-01',
    events: [
      ['siao-synchro', 'refused', daysAgo(3), 'oral_attested'],
      ['statistics', 'given', daysAgo(3), 'oral_attested'],
    ],
  },
];

async function insert(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: unknown[] = await manager.query(`${sql} RETURNING 1`, params);
  return rows.length;
}

/** Demo data of the residences feature, idempotent (stable ids, insert if missing). Returns the rows added. */
export async function seedResidencesDemo(manager: EntityManager): Promise<number> {
  let added = 0;
  added += await insert(
    manager,
    `INSERT INTO residences (id, name, operator_id, kind, city, postcode, rights_email, rights_postal_address, retention_months_after_exit, notes)
     VALUES ($1,$2,$3,'social_residence','Dijon','21000',$4,$5,24,$6) ON CONFLICT (id) DO NOTHING`,
    [
      ABRIOUX_ID,
      'Résidence Abrioux',
      orgId('ccas'),
      'aabrioux@ccas-dijon.fr',
      'Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex',
      'Résidence sociale gérée par le CCAS de Dijon ; participe aux commissions SIAO et à la démarche Synchrø (délibération du 3 juillet 2024). Résidents et décisions de démonstration : personnes fictives.',
    ],
  );
  const [agent]: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1`, [AGENT_ID]);
  if (agent)
    added += await insert(
      manager,
      `INSERT INTO residence_staff (user_id, residence_id) VALUES ($1,$2) ON CONFLICT (user_id) DO NOTHING`,
      [AGENT_ID, ABRIOUX_ID],
    );

  const templateId = seedId('contract-template:abrioux:2024-07');
  added += await insert(
    manager,
    `INSERT INTO contract_templates (id, residence_id, title, version_label, effective_from, body, body_sha256) VALUES ($1,$2,$3,'2024-07','2024-07-03',$4,'')
     ON CONFLICT (id) DO NOTHING`,
    [templateId, ABRIOUX_ID, 'Contrat de résidence — Résidence Abrioux', TEMPLATE_BODY],
  );

  for (const p of PURPOSES) {
    added += await insert(
      manager,
      `INSERT INTO purposes (id, code, label, description, recipient_id, legal_basis) VALUES ($1,$2,$3,$4,$5,'consent') ON CONFLICT (id) DO NOTHING`,
      [seedId(`purpose:${p.code}`), p.code, p.label, p.description, p.recipientId],
    );
    added += await insert(
      manager,
      `INSERT INTO purpose_notices (id, purpose_id, version_label, effective_from, body, body_sha256) VALUES ($1,$2,'2024-07','2024-07-03',$3,'') ON CONFLICT (id) DO NOTHING`,
      [seedId(`notice:${p.code}:2024-07`), seedId(`purpose:${p.code}`), NOTICES[p.code]],
    );
  }

  for (const r of RESIDENTS) {
    const residentId = seedId(`resident:abrioux:${r.key}`);
    const created = await insert(
      manager,
      `INSERT INTO residents (id, residence_id, last_name, first_names, birth_date, sex, unit, entry_date, exit_date, adults, children)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
      [
        residentId,
        ABRIOUX_ID,
        r.lastName,
        r.firstName,
        r.birthDate,
        r.sex,
        r.unit,
        r.entryDate,
        r.exitDate ?? null,
        r.adults ?? 1,
        r.children ?? 0,
      ],
    );
    added += created;
    // Events are seeded once, with their resident: the ledger is append-only and a second start must add nothing.
    if (!created) continue;
    if (r.entryDate >= '2024-07-03') {
      added += await insert(
        manager,
        `INSERT INTO residency_contracts (id, resident_id, template_id, signed_on, starts_on, ends_on, informed_of_data_processing) VALUES ($1,$2,$3,$4,$4,$5,true)
         ON CONFLICT (id) DO NOTHING`,
        [seedId(`contract:abrioux:${r.key}`), residentId, templateId, r.entryDate, r.exitDate ?? null],
      );
    }
    for (const [index, [purpose, decision, decidedAt, how, correctsIndex]] of r.events.entries()) {
      const isChannel = ['email', 'letter', 'in_person'].includes(how);
      added += await insert(
        manager,
        `INSERT INTO consents (id, resident_id, purpose_id, recipient_id, decision, decided_at, notice_id, method, channel, collected_by, corrects_id, note)
         VALUES ($1,$2,$3,(SELECT recipient_id FROM purposes WHERE id = $3),$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
        [
          seedId(`consent:abrioux:${r.key}:${index}`),
          residentId,
          seedId(`purpose:${purpose}`),
          decision,
          decidedAt,
          seedId(`notice:${purpose}:2024-07`),
          isChannel ? null : how,
          isChannel ? how : null,
          AGENT_ID,
          correctsIndex === undefined ? null : seedId(`consent:abrioux:${r.key}:${correctsIndex}`),
          correctsIndex === undefined ? null : 'Erreur de saisie : le résident avait refusé.',
        ],
      );
    }
  }
  return added;
}
