import type { DataSharingRole, LegalForm } from '@pacte/domain';
import { seedId } from './seed-id';

export interface SeedOrganisation {
  key: string;
  name: string;
  shortName?: string;
  legalForm: LegalForm;
  siret?: string;
  addressLine?: string;
  postcode?: string;
  city?: string;
  website?: string;
  parentKey?: string;
  dataSharingRoles: DataSharingRole[];
  dpoName?: string;
  dpoEmail?: string;
  rightsContact?: string;
  notes?: string;
}

export interface SeedContact {
  key: string;
  organisationKey: string;
  lastName: string;
  firstName?: string;
  jobTitle?: string;
  email?: string;
  professionalSecrecy?: boolean;
  notes?: string;
}

/** The partners named in the original documents (../shared/seeds), with what they say of each. */
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  {
    key: 'ccas',
    name: "Centre Communal d'Action Sociale de Dijon",
    shortName: 'CCAS de Dijon',
    legalForm: 'public_body',
    addressLine: "11 rue de l'Hôpital - CS 73310",
    postcode: '21033',
    city: 'Dijon Cedex',
    dataSharingRoles: ['controller', 'data_provider', 'recipient'],
    rightsContact:
      'services-sociaux@ccas-dijon.fr (transmis au délégué au RGPD de la collectivité) ; Résidence Abrioux : aabrioux@ccas-dijon.fr ou courrier à Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex',
    notes:
      'Gère la Résidence Abrioux (résidence sociale). Adresse postale en 2009 : BP 1510 – 21033 Dijon Cedex.',
  },
  {
    key: 'metropole',
    name: 'Dijon Métropole',
    shortName: 'Dijon Métropole',
    legalForm: 'local_authority',
    addressLine: '40, avenue du Drapeau – BP 17510',
    postcode: '21075',
    city: 'Dijon Cedex',
    website: 'https://www.metropole-dijon.fr/',
    dataSharingRoles: ['controller', 'data_provider', 'recipient'],
    notes:
      "Anciennement « Grand Dijon » / Communauté de l'agglomération dijonnaise. Représentée par son Président, M. François REBSAMEN.",
  },
  {
    key: 'adoma',
    name: 'ADOMA',
    shortName: 'ADOMA',
    legalForm: 'semi_public_company',
    addressLine: '33 avenue Pierre Mendès France',
    postcode: '75013',
    city: 'Paris',
    dataSharingRoles: ['controller', 'data_provider', 'recipient'],
    dpoName: 'M. Christophe DROT',
    dpoEmail: 'christophe.drot.ext@adoma.cdc-habitat.fr',
    rightsContact: 'christophe.drot.ext@adoma.cdc-habitat.fr',
    notes:
      'Premier opérateur national de logement accompagné (groupe CDC Habitat). Direction territoriale Bourgogne-Franche-Comté.',
  },
  {
    key: 'adefo',
    name: "Association Dijonnaise d'Entraide des Familles Ouvrières",
    shortName: 'ADEFO',
    legalForm: 'association',
    city: 'Dijon',
    dataSharingRoles: ['controller', 'recipient'],
    notes: 'Porte le SIAO de la Côte-d’Or.',
  },
  {
    key: 'siao21',
    name: 'SIAO 21 — Service Intégré d’Accueil et d’Orientation',
    shortName: 'SIAO 21',
    legalForm: 'other',
    parentKey: 'adefo',
    city: 'Dijon',
    dataSharingRoles: ['controller', 'recipient'],
    notes:
      'Service de l’ADEFO ; porte opérationnellement la démarche Synchrø (intégration mensuelle des données).',
  },
  {
    key: 'action-tank',
    name: 'Action Tank Entreprise et Pauvreté',
    shortName: 'Action Tank',
    legalForm: 'association',
    siret: '52964915400026',
    addressLine: '69 rue de Lyon',
    postcode: '75012',
    city: 'Paris',
    dataSharingRoles: ['processor'],
    notes: 'Association loi 1901 ; propose la démarche Synchrø et l’outil d’intégration des données.',
  },
  {
    key: 'compas',
    name: 'Cabinet Compas-TIS',
    shortName: 'Compas-TIS',
    legalForm: 'company',
    dataSharingRoles: ['processor'],
    notes: "Collecte et traitement des données de l'Observatoire (progiciel Babord), au niveau IRIS.",
  },
  {
    key: 'ddets21',
    name: "Direction Départementale de l'Emploi, du Travail et des Solidarités de la Côte-d'Or",
    shortName: 'DDETS 21',
    legalForm: 'state_service',
    city: 'Dijon',
    dataSharingRoles: ['recipient'],
  },
  {
    key: 'dihal',
    name: "Délégation Interministérielle à l'Hébergement et à l'Accès au Logement",
    shortName: 'DIHAL',
    legalForm: 'state_service',
    city: 'Paris',
    dataSharingRoles: [],
  },
  {
    key: 'prefecture21',
    name: "Préfecture de la Côte-d'Or",
    shortName: 'Préfecture 21',
    legalForm: 'state_service',
    city: 'Dijon',
    dataSharingRoles: [],
    notes: 'Contrôle de légalité : dépôt des actes (délibérations, conventions).',
  },
  {
    key: 'dac21',
    name: "Dispositif d'Appui à la Coordination 21",
    shortName: 'DAC 21',
    legalForm: 'other',
    dataSharingRoles: [],
    notes: 'Participe aux temps de coordination semestriels CCAS–ADOMA.',
  },
];

export const SEED_CONTACTS: SeedContact[] = [
  {
    key: 'hoareau',
    organisationKey: 'ccas',
    lastName: 'HOAREAU',
    firstName: 'Antoine',
    jobTitle: 'Vice-Président du CCAS',
  },
  {
    key: 'tenenbaum',
    organisationKey: 'ccas',
    lastName: 'TENENBAUM',
    firstName: 'Françoise',
    jobTitle: 'Vice-présidente du CCAS',
  },
  {
    key: 'popadyak',
    organisationKey: 'ccas',
    lastName: 'POPADYAK',
    firstName: 'Nathalie',
    jobTitle: 'Directrice générale',
    professionalSecrecy: true,
  },
  {
    key: 'services-sociaux',
    organisationKey: 'ccas',
    lastName: 'Services sociaux',
    jobTitle: 'Points d’accès aux droits CCAS – Métropole',
    email: 'services-sociaux@ccas-dijon.fr',
    professionalSecrecy: true,
  },
  {
    key: 'rebsamen',
    organisationKey: 'metropole',
    lastName: 'REBSAMEN',
    firstName: 'François',
    jobTitle: 'Président',
  },
  {
    key: 'boukhari',
    organisationKey: 'adoma',
    lastName: 'BOUKHARI',
    firstName: 'Katy',
    jobTitle: 'Directrice territoriale Bourgogne-Franche-Comté',
  },
  {
    key: 'abraham',
    organisationKey: 'adoma',
    lastName: 'ABRAHAM',
    firstName: 'Dolorès',
    jobTitle: 'Responsable Insertion sociale (logement accompagné)',
    email: 'dolores.abraham@adoma.cdc-habitat.fr',
    professionalSecrecy: true,
  },
  {
    key: 'thery',
    organisationKey: 'adoma',
    lastName: 'THERY',
    firstName: 'Laure',
    jobTitle: 'Directrice des Hébergements',
    email: 'laure.thery@adoma.cdc-habitat.fr',
    professionalSecrecy: true,
  },
  {
    key: 'drot',
    organisationKey: 'adoma',
    lastName: 'DROT',
    firstName: 'Christophe',
    jobTitle: 'Délégué à la protection des données',
    email: 'christophe.drot.ext@adoma.cdc-habitat.fr',
    professionalSecrecy: true,
  },
  {
    key: 'berger',
    organisationKey: 'action-tank',
    lastName: 'BERGER',
    firstName: 'Jacques',
    jobTitle: 'Directeur',
  },
];

export const orgId = (key: string): string => seedId(`organisation:${key}`);
export const contactId = (key: string): string => seedId(`contact:${key}`);
