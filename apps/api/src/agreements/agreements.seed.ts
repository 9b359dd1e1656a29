import type { EntityManager } from 'typeorm';
import { orgId } from '../seed/partners.seed';
import { seedId } from '../seed/seed-id';

/* Demo data from the original documents (../shared/seeds): real references, dates, amounts and parties. */

interface SeedParty {
  org: string;
  role: string;
  representedBy?: string;
  capacity?: string;
  contributionCents?: number;
}

interface SeedAgreement {
  key: string;
  reference: string;
  title: string;
  kind: string;
  object: string;
  parties: SeedParty[];
  signatureDate?: string;
  effectiveFrom: 'signature' | 'date' | 'executory';
  endDate?: string;
  duration?: [number, string];
  renewal: 'none' | 'express' | 'tacit';
  renewalPeriod?: [number, string];
  notice?: [number, string];
  breachNotice?: [number, string];
  totalAmountCents?: number;
  paymentSchedule?: string;
  confidentiality?: string;
  dataRetention?: string;
  securityMeasures?: string;
  dpoContacts?: string;
  supersedesNote?: string;
  prefectureDepositDate?: string;
  notes?: string;
  state: string;
  transitions: Array<{ to: string; date: string | null; reason: string; deliberation?: string }>;
  obligations?: Array<{ party?: string; description: string; dueDate?: string; recurrence?: string }>;
  meetings?: Array<{ title: string; recurrence: string; participants: string; notes?: string }>;
}

const SEED_AGREEMENTS: SeedAgreement[] = [
  {
    key: 'grand-dijon-2009',
    reference: 'CONV-2009-001',
    title: 'Convention Grand Dijon – CCAS de Dijon du 8 juillet 2009 (échange de données à l’IRIS)',
    kind: 'data_exchange',
    object:
      'Échange réciproque de données sociales et économiques au niveau IRIS, collectées et traitées par le cabinet Compas-TIS, pour l’Observatoire du développement social local du Grand Dijon et l’Analyse des Besoins Sociaux du CCAS.',
    parties: [
      {
        org: 'metropole',
        role: 'signatory',
        representedBy: 'M. François REBSAMEN',
        capacity: 'Président de la Communauté de l’agglomération dijonnaise',
        contributionCents: 1_325_000,
      },
      {
        org: 'ccas',
        role: 'signatory',
        representedBy: 'Mme Françoise TENENBAUM',
        capacity: 'Vice-présidente du CCAS',
        contributionCents: 1_325_000,
      },
      { org: 'metropole', role: 'data_provider' },
      { org: 'ccas', role: 'data_provider' },
      { org: 'compas', role: 'processor' },
    ],
    signatureDate: '2009-07-17',
    effectiveFrom: 'executory',
    prefectureDepositDate: '2009-07-22',
    endDate: '2009-12-31',
    renewal: 'none',
    notice: [2, 'months'],
    breachNotice: [1, 'months'],
    totalAmountCents: 2_650_000,
    paymentSchedule: 'Participation conjointe pour 2009 : 13 250 € à la charge de chaque partie (art. 7).',
    confidentiality:
      'Accès aux données sources strictement réservé aux personnes astreintes par leur contrat de travail au secret professionnel ; transmission à un tiers interdite sous quelque forme que ce soit (art. 4).',
    securityMeasures:
      'Échange au niveau territorial IRIS, dans le respect du secret statistique et de la loi Informatique et Libertés (art. 3).',
    supersedesNote:
      'Convention de partenariat initiale du 8 décembre 2008 entre le CCAS et le Grand Dijon (remplacée pour l’année 2009).',
    notes:
      'Annexe — données échangées. Ville de Dijon vers Grand Dijon : DADS, DGI, INSEE, ASSEDIC, chômage, CPAM, Mission locale, ministère de l’Équipement, CAF, données économiques. Grand Dijon vers Ville de Dijon : bailleurs sociaux (enquêtes OPS, SLS), Pôle emploi, URSSAF.',
    state: 'in_force',
    transitions: [
      { to: 'signed', date: '2009-07-17', reason: 'Signature à Dijon le 17 juillet 2009' },
      {
        to: 'in_force',
        date: '2009-07-22',
        reason: 'Dépôt en préfecture le 22 juillet 2009 : convention exécutoire',
      },
    ],
    obligations: [
      {
        description: 'Bilan de la collaboration en vue d’une poursuite du partenariat en 2010 (art. 7)',
        dueDate: '2009-12-31',
      },
    ],
  },
  {
    key: 'charte-observatoire-2014',
    reference: 'CHARTE-2014-039',
    title: 'Charte d’utilisation des données statistiques de l’Observatoire de la cohésion sociale',
    kind: 'charter',
    object:
      'Engagements des communes et CCAS de l’agglomération envers le Grand Dijon et les fournisseurs de données pour la bonne marche de l’observatoire partagé (données centralisées par Compas-TIS dans le progiciel Babord).',
    parties: [
      {
        org: 'ccas',
        role: 'signatory',
        representedBy: 'Le Président ou son représentant légal',
        capacity: 'Autorisé par la délibération n° 39-2014',
      },
      { org: 'metropole', role: 'signatory', capacity: 'Communauté de l’agglomération dijonnaise' },
      { org: 'compas', role: 'processor' },
    ],
    effectiveFrom: 'signature',
    renewal: 'none',
    confidentiality: 'Secret statistique et de toutes informations contenues dans les études ou synthèses.',
    state: 'approved',
    transitions: [
      {
        to: 'approved',
        date: '2014-06-12',
        reason: 'Approuvée par le conseil d’administration (délibération n° 39-2014)',
        deliberation: 'deliberation:39-2014',
      },
    ],
    obligations: [
      'Utiliser les données sources avec l’accord préalable des fournisseurs de données',
      'Respecter le secret statistique et celui de toutes les informations contenues dans les études ou synthèses',
      'Exploiter les informations transmises pour le seul usage de la collectivité',
      'Diffuser les études et travaux entre les seuls partenaires signataires de l’observatoire',
      'Contribuer à la démarche dans le cadre de la Politique de la Ville',
      'Désigner des référents au sein des services',
      'Participer aux ateliers ou groupes d’analyse partagée',
      'Participer aux sessions de formation organisées par l’observatoire',
    ].map((description) => ({ party: 'ccas', description })),
  },
  {
    key: 'ccas-adoma-2023',
    reference: 'CONV-2023-004',
    title: 'Convention de partenariat CCAS de Dijon – ADOMA',
    kind: 'partnership',
    object:
      'Clarifier les modalités de partenariat (circulaire DGCS/DIHAL/DHUP/2013/219, AGLS) : renforcer l’accès aux droits des publics d’ADOMA, définir des circuits de communication entre professionnels, initier de nouvelles coopérations, au bénéfice des personnes logées et hébergées par ADOMA à Dijon.',
    parties: [
      {
        org: 'ccas',
        role: 'signatory',
        representedBy: 'M. Antoine HOAREAU',
        capacity: 'Vice-Président, par délégation du Président (délibération du CA du 6 avril 2023)',
      },
      {
        org: 'adoma',
        role: 'signatory',
        representedBy: 'Mme Katy BOUKHARI',
        capacity: 'Directrice Territoriale Bourgogne-Franche-Comté',
      },
    ],
    signatureDate: '2023-05-24',
    effectiveFrom: 'signature',
    duration: [1, 'years'],
    renewal: 'tacit',
    renewalPeriod: [1, 'years'],
    breachNotice: [15, 'days'],
    confidentiality:
      'Obligation de discrétion et de confidentialité des parties et de leur personnel ; informations couvertes par le secret professionnel (art. 226-13 du code pénal), utilisées aux seules fins de la convention (art. 7.1).',
    dataRetention:
      'Destruction des données et de leurs copies dès qu’elles ne sont plus nécessaires, au plus tard dans un délai de deux mois en l’absence de contentieux (art. 7.2).',
    securityMeasures:
      'Mesures techniques et organisationnelles garantissant la confidentialité et l’intégrité des échanges (art. 7.3).',
    dpoContacts:
      'ADOMA : M. Christophe DROT, christophe.drot.ext@adoma.cdc-habitat.fr. CCAS (points d’accès aux droits) : services-sociaux@ccas-dijon.fr, qui fait le lien avec le délégué au RGPD de la collectivité.',
    notes:
      'Référents (art. 4) : le responsable des interventions sociales pour le CCAS ; Dolorès ABRAHAM (Responsable Insertion sociale, logement accompagné) et Laure THERY (Directrice des Hébergements) pour ADOMA. Pas de préavis de non-reconduction prévu ; résiliation de plein droit 15 jours après mise en demeure restée sans effet (art. 6.4).',
    state: 'signed',
    transitions: [{ to: 'signed', date: '2023-05-24', reason: 'Signée à Dijon le 24 mai 2023' }],
    obligations: [
      {
        party: 'ccas',
        description:
          'Recevoir les personnes orientées par ADOMA via les fiches de liaison (services-sociaux@ccas-dijon.fr)',
      },
      {
        party: 'ccas',
        description:
          'Réaliser des interventions au sein des résidences sociales ADOMA pour les publics les plus éloignés',
      },
      {
        party: 'adoma',
        description: 'Mettre à disposition du CCAS un bureau garantissant la confidentialité des entretiens',
      },
      {
        party: 'adoma',
        description: 'Présenter annuellement aux équipes les différents patrimoines',
        recurrence: 'annual',
      },
      {
        description: 'Évaluation partagée de la première année de fonctionnement (art. 6.3)',
        dueDate: '2024-05-23',
      },
    ],
    meetings: [
      {
        title: 'Point bimestriel',
        recurrence: 'bimonthly',
        participants:
          'Responsables de Résidence ADOMA, Responsables Insertion Sociale, coordinatrice Parcours Logement Dijon Métropole, travailleurs sociaux / Responsables des PAD',
        notes: 'Calendrier annuel à établir conjointement (art. 5).',
      },
      {
        title: 'Temps de coordination semestriel',
        recurrence: 'semiannual',
        participants:
          'Responsable Développement Social, Responsable Insertion Sociale ADOMA, Directrice Hébergement ADOMA, DAC 21, Responsables des 4 PAD',
      },
      {
        title: 'Comité de pilotage annuel',
        recurrence: 'annual',
        participants: 'Équipe encadrement CCAS, Direction Logement, équipe encadrement ADOMA',
      },
    ],
  },
  {
    key: 'action-tank-2023',
    reference: 'SUB-2023-SYNCHRO',
    title:
      'Convention annuelle de financement de la démarche « Synchrø » — Dijon Métropole / Action Tank Entreprise et Pauvreté (2023)',
    kind: 'funding',
    object:
      'Participation financière de Dijon Métropole à la mise en œuvre de la démarche Synchrø de pilotage de l’observation sociale territoriale (seconde phase : lancement opérationnel).',
    parties: [
      {
        org: 'metropole',
        role: 'funder',
        representedBy: 'M. François REBSAMEN',
        capacity: 'Président de Dijon Métropole',
        contributionCents: 3_000_000,
      },
      { org: 'action-tank', role: 'beneficiary', representedBy: 'M. Jacques BERGER', capacity: 'Directeur' },
    ],
    effectiveFrom: 'signature',
    endDate: '2023-10-30',
    renewal: 'none',
    breachNotice: [2, 'months'],
    totalAmountCents: 3_000_000,
    paymentSchedule:
      'Versement en une seule fois, à hauteur de 100 %, dès que la convention est devenue exécutoire (art. 5).',
    confidentiality:
      'L’association et toutes les personnes ayant participé à la prestation sont tenues au secret professionnel (art. 9).',
    notes:
      'Date de signature non portée sur l’exemplaire disponible ; délibération du conseil métropolitain de mars 2023 (date non renseignée).',
    state: 'signed',
    transitions: [
      { to: 'signed', date: null, reason: 'Convention signée (date non portée sur l’exemplaire disponible)' },
    ],
    obligations: [
      {
        party: 'action-tank',
        description: 'Modèle de fichier indiquant les données mensuelles à transmettre par les opérateurs',
        dueDate: '2023-04-30',
      },
      {
        party: 'action-tank',
        description: 'Deux premières listes mensuelles compilées et principaux indicateurs de suivi',
        dueDate: '2023-05-31',
      },
      {
        party: 'action-tank',
        description: 'Indicateurs clés et analyses produits mensuellement',
        dueDate: '2023-10-30',
        recurrence: 'monthly',
      },
      {
        party: 'action-tank',
        description: 'Compte rendu financier (arrêté du 11 octobre 2006) — art. 7',
        dueDate: '2023-12-31',
      },
      {
        party: 'action-tank',
        description: 'États financiers ou comptes annuels et rapport du commissaire aux comptes — art. 7',
        dueDate: '2023-12-31',
      },
    ],
  },
  {
    key: 'adefo-synchro-2024',
    reference: 'CONV-2024-SYNCHRO',
    title:
      'Convention de mise à disposition sécurisée de données personnelles — démarche Synchrø (SIAO, ADEFO)',
    kind: 'data_provision',
    object:
      'Modalités de transmission et d’utilisation des données partagées par les partenaires au SIAO (service de l’ADEFO) dans le cadre de la démarche d’observation dynamique Synchrø liée au Logement d’abord, notamment le traitement et la protection des données personnelles.',
    parties: [
      { org: 'ccas', role: 'signatory', representedBy: 'Le Président ou son représentant légal' },
      { org: 'ccas', role: 'data_provider', capacity: 'Résidence Abrioux' },
      { org: 'adefo', role: 'signatory' },
      { org: 'siao21', role: 'recipient', capacity: 'Plateforme Synchrø du SIAO' },
    ],
    effectiveFrom: 'signature',
    renewal: 'none',
    notes:
      'Approuvée avec l’ajout de l’article 13 « Traitement des données » au contrat de résidence Abrioux ; transmission subordonnée au consentement des résidents.',
    state: 'approved',
    transitions: [
      {
        to: 'approved',
        date: '2024-07-03',
        reason: 'Approuvée par le conseil d’administration du 3 juillet 2024',
        deliberation: 'deliberation:ca-2024-07-03',
      },
    ],
  },
];

interface SeedDeliberation {
  key: string;
  number: string;
  sessionDate: string;
  convocationDate: string;
  president: string;
  membersInOffice: number;
  present: string[];
  represented: Array<{ member: string; by: string }>;
  excused: string[];
  subject: string;
  decision: string;
  publicationDate?: string;
  prefectureDepositDate?: string;
  agreements: string[];
  notes?: string;
}

const SEED_DELIBERATIONS: SeedDeliberation[] = [
  {
    key: 'deliberation:39-2014',
    number: '39-2014',
    sessionDate: '2014-06-12',
    convocationDate: '2014-06-06',
    president: 'Mme Françoise TENENBAUM',
    membersInOffice: 17,
    present: [
      'Mme AKPINAR-ISTIQAM',
      'Mme AVENA',
      'M. BERTHIER',
      'M. BON',
      'M. BOURGUIGNAT',
      'Mme GAUTHIÉ',
      'Mme GINDRE',
      'M. JASPART',
      'M. JORROT',
      'Mme MARTIN-GENDRE',
      'Mme OBRIOT',
      'Mme POLONCEAU',
      'Mme TENENBAUM',
    ],
    represented: [
      { member: 'M. MILLOT', by: 'Mme TENENBAUM' },
      { member: 'Mme TROUWBOST', by: 'M. BERTHIER' },
    ],
    excused: ['Mme HERVIEU', 'Mme LECOMTE LE GRAND'],
    subject: 'Observatoire de la cohésion sociale – charte d’utilisation des données statistiques',
    decision:
      'Les membres du conseil d’administration approuvent le projet de charte à signer entre le CCAS de la Ville de Dijon et la Communauté de l’agglomération dijonnaise, annexé à la délibération, et autorisent le Président ou son représentant légal à signer cette charte.',
    publicationDate: '2014-06-10',
    prefectureDepositDate: '2014-06-19',
    agreements: ['charte-observatoire-2014'],
    notes:
      'Extrait signé pour le Président par Nathalie POPADYAK, Directrice générale. Mention « Publié le 10 juin 2014 » telle qu’elle figure sur l’extrait.',
  },
  {
    key: 'deliberation:ca-2024-07-03',
    number: 'CA-2024-07-03',
    sessionDate: '2024-07-03',
    convocationDate: '2024-06-28',
    president: 'M. Antoine HOAREAU',
    membersInOffice: 17,
    present: [
      'M. HOAREAU',
      'Mme TENENBAUM',
      'M. BERTHIER',
      'Mme CHOLLET',
      'Mme GINDRE',
      'Mme VIAN',
      'M. FOUILLOT',
      'Mme JACQUENET',
      'M. AVENA',
    ],
    represented: [
      { member: 'M. REBSAMEN', by: 'M. HOAREAU' },
      { member: 'Mme JACQUEMARD', by: 'Mme CHOLLET' },
      { member: 'M. FOUSSET', by: 'M. FOUILLOT' },
      { member: 'M. JASPART', by: 'M. AVENA' },
    ],
    excused: ['Mme AKPINAR-ISTIQUAM', 'M. MEZUI', 'Mme HERVIEU', 'Mme LECOMTE'],
    subject:
      'Convention de mise à disposition de manière sécurisée de données personnelles dans le cadre de la démarche d’observation « Synchrø » liée au Logement d’abord – Association ADEFO',
    decision:
      'Les membres du conseil d’administration approuvent la convention de mise à disposition sécurisée de données personnelles au bénéfice de la plateforme Synchrø du SIAO, autorisent le Président ou son représentant légal à la signer, et approuvent la modification du contrat de résidence Abrioux par l’ajout d’un article 13 « Traitement des données ».',
    agreements: ['adefo-synchro-2024'],
    notes:
      'Numéro de délibération non porté sur l’extrait : référencée par la date de séance. Dates de publication et de dépôt en préfecture non renseignées.',
  },
];

const agreementId = (key: string) => seedId(`agreement:${key}`);

async function insert(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: unknown[] = await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params);
  return rows.length;
}

/** Demo data of the agreements feature, idempotent (stable ids, insert if missing). Returns the rows added. */
export async function seedAgreementsDemo(manager: EntityManager): Promise<number> {
  let added = 0;
  for (const a of SEED_AGREEMENTS) {
    const parties = a.parties.map((p) => ({
      organisationId: orgId(p.org),
      role: p.role,
      representedBy: p.representedBy ?? null,
      capacity: p.capacity ?? null,
      contributionCents: p.contributionCents ?? null,
    }));
    added += await insert(
      manager,
      `INSERT INTO agreements (id, reference, title, kind, object, parties, partner_ids, signature_date, effective_from, end_date, duration_value, duration_unit,
         renewal, renewal_period_value, renewal_period_unit, notice_period_value, notice_period_unit, breach_notice_value, breach_notice_unit,
         total_amount_cents, payment_schedule, confidentiality, data_retention, security_measures, dpo_contacts, supersedes_note,
         prefecture_deposit_date, notes, lifecycle_state)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)`,
      [
        agreementId(a.key),
        a.reference,
        a.title,
        a.kind,
        a.object,
        JSON.stringify(parties),
        [...new Set(parties.map((p) => p.organisationId))],
        a.signatureDate ?? null,
        a.effectiveFrom,
        a.endDate ?? null,
        a.duration?.[0] ?? null,
        a.duration?.[1] ?? null,
        a.renewal,
        a.renewalPeriod?.[0] ?? null,
        a.renewalPeriod?.[1] ?? null,
        a.notice?.[0] ?? null,
        a.notice?.[1] ?? null,
        a.breachNotice?.[0] ?? null,
        a.breachNotice?.[1] ?? null,
        a.totalAmountCents ?? null,
        a.paymentSchedule ?? null,
        a.confidentiality ?? null,
        a.dataRetention ?? null,
        a.securityMeasures ?? null,
        a.dpoContacts ?? null,
        a.supersedesNote ?? null,
        a.prefectureDepositDate ?? null,
        a.notes ?? null,
        a.state,
      ],
    );
  }
  for (const d of SEED_DELIBERATIONS) {
    added += await insert(
      manager,
      `INSERT INTO deliberations (id, body, number, session_date, convocation_date, president, members_in_office, members_present, members_represented,
         members_excused, subject, decision, vote_kind, publication_date, prefecture_deposit_date, agreement_ids, notes)
       VALUES ($1,'ccas_board',$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'unanimity',$12,$13,$14,$15)`,
      [
        seedId(d.key),
        d.number,
        d.sessionDate,
        d.convocationDate,
        d.president,
        d.membersInOffice,
        JSON.stringify(d.present),
        JSON.stringify(d.represented),
        JSON.stringify(d.excused),
        d.subject,
        d.decision,
        d.publicationDate ?? null,
        d.prefectureDepositDate ?? null,
        d.agreements.map(agreementId),
        d.notes ?? null,
      ],
    );
  }
  for (const a of SEED_AGREEMENTS) {
    let from = 'draft';
    for (const [i, t] of a.transitions.entries()) {
      added += await insert(
        manager,
        `INSERT INTO agreement_transitions (id, agreement_id, from_state, to_state, effective_date, reason, deliberation_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [
          seedId(`agreement:${a.key}:transition:${i}`),
          agreementId(a.key),
          from,
          t.to,
          t.date,
          t.reason,
          t.deliberation ? seedId(t.deliberation) : null,
        ],
      );
      from = t.to;
    }
    for (const [i, o] of (a.obligations ?? []).entries()) {
      added += await insert(
        manager,
        `INSERT INTO agreement_obligations (id, agreement_id, party_organisation_id, description, due_date, recurrence) VALUES ($1,$2,$3,$4,$5,$6)`,
        [
          seedId(`agreement:${a.key}:obligation:${i}`),
          agreementId(a.key),
          o.party ? orgId(o.party) : null,
          o.description,
          o.dueDate ?? null,
          o.recurrence ?? 'once',
        ],
      );
    }
    for (const [i, m] of (a.meetings ?? []).entries()) {
      added += await insert(
        manager,
        `INSERT INTO agreement_meetings (id, agreement_id, title, recurrence, participants, notes) VALUES ($1,$2,$3,$4,$5,$6)`,
        [
          seedId(`agreement:${a.key}:meeting:${i}`),
          agreementId(a.key),
          m.title,
          m.recurrence,
          m.participants,
          m.notes ?? null,
        ],
      );
    }
  }
  return added;
}
