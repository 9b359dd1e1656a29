import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { FEATURES } from '../features';

const common = {
  id: 'Identifiant',
  active: 'Actif',
  notes: 'Notes',
  version: 'Version',
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
};

const pacteMessages = {
  pacte: {
    title: 'Pacte',
    subtitle: 'Gouvernance des données du CCAS de Dijon',
    demo: {
      banner: 'Mode démonstration — données fictives',
      accounts: 'Comptes de démonstration',
      password: 'Mot de passe : pacte-demo (par défaut)',
      use_account: 'Utiliser le compte %{email}',
    },
    login: {
      email_hint: 'Votre adresse électronique professionnelle',
    },
    dashboard: {
      title: 'Tableau de bord',
      welcome: 'Bonjour %{name}',
      counts: 'Registres',
      see_list: 'Voir la liste',
      unavailable: 'Le tableau de bord est momentanément indisponible.',
    },
    boolean: { yes: 'Oui', no: 'Non' },
    password: {
      title: 'Mot de passe temporaire',
      intro: 'Communiquez ce mot de passe à %{name} par un canal sûr. Il ne sera plus affiché.',
      copy: 'Copier',
      copied: 'Mot de passe copié',
      close: "J'ai noté le mot de passe",
      reset: 'Réinitialiser le mot de passe',
      reset_confirm_title: 'Réinitialiser le mot de passe de %{name} ?',
      reset_confirm_content:
        "L'ancien mot de passe ne fonctionnera plus ; un mot de passe temporaire sera affiché une seule fois.",
    },
    sections: {
      identity: 'Identité',
      address: 'Adresse',
      data_protection: 'Protection des données',
      contacts: 'Référents',
      history: 'Historique',
      details: 'Détail',
      changes: 'Modifications',
      technical: 'Chaînage et traçabilité',
    },
  },
  resources: {
    organisations: {
      name: 'Partenaire |||| Partenaires',
      fields: {
        ...common,
        name: 'Nom',
        shortName: 'Sigle',
        legalForm: 'Forme juridique',
        siret: 'SIRET',
        siren: 'SIREN',
        addressLine: 'Adresse',
        postcode: 'Code postal',
        city: 'Commune',
        website: 'Site web',
        parentId: 'Structure de rattachement',
        dataSharingRoles: 'Rôles dans le partage de données',
        dpoName: 'Délégué à la protection des données',
        dpoEmail: 'Adresse électronique du DPO',
        rightsContact: "Contact pour l'exercice des droits",
        active: 'Actif',
        q: 'Rechercher',
      },
      empty: 'Aucun partenaire',
      add_contact: 'Ajouter un référent',
    },
    contacts: {
      name: 'Référent |||| Référents',
      fields: {
        ...common,
        organisationId: 'Partenaire',
        lastName: 'Nom',
        firstName: 'Prénom',
        fullName: 'Référent',
        jobTitle: 'Fonction',
        email: 'Adresse électronique',
        phone: 'Téléphone',
        professionalSecrecy: 'Soumis au secret professionnel',
        q: 'Rechercher',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        ...common,
        email: 'Adresse électronique',
        displayName: 'Nom affiché',
        role: 'Rôle',
        organisationId: 'Organisme',
        password: 'Mot de passe',
        lastLoginAt: 'Dernière connexion',
        q: 'Rechercher',
      },
      password_help: 'Laissez vide pour générer un mot de passe temporaire.',
    },
    'audit-events': {
      name: "Journal d'audit |||| Journal d'audit",
      fields: {
        id: 'Identifiant',
        occurredAt: 'Date',
        occurredAt_gte: 'Depuis le',
        occurredAt_lte: "Jusqu'au",
        actorId: "Identifiant de l'auteur",
        actorEmail: 'Auteur',
        action: 'Action',
        entityType: "Type d'objet",
        entityId: "Identifiant de l'objet",
        changes: 'Modifications',
        details: 'Détails',
        requestId: 'Requête',
        ip: 'Adresse IP',
        hash: 'Empreinte',
        prevHash: 'Empreinte précédente',
        field: 'Champ',
        before: 'Avant',
        after: 'Après',
      },
      actions: {
        create: 'Création',
        update: 'Modification',
        delete: 'Suppression',
        read: 'Consultation',
        export: 'Export',
        login_success: 'Connexion réussie',
        login_failure: 'Échec de connexion',
        login_locked: 'Compte verrouillé',
        logout: 'Déconnexion',
        permission_denied: 'Accès refusé',
        password_reset: 'Réinitialisation du mot de passe',
        transition: "Changement d'état",
      },
      no_changes: 'Aucune modification enregistrée',
    },
  },
};

/** Each feature brings its own `resources.*` and `pacte.*` messages. */
const featureMessages = FEATURES.reduce(
  (all, { messages }) => ({
    resources: { ...all.resources, ...messages.resources },
    pacte: { ...all.pacte, ...messages.pacte },
  }),
  {
    resources: pacteMessages.resources as Record<string, unknown>,
    pacte: pacteMessages.pacte as Record<string, unknown>,
  },
);

export const frMessages: TranslationMessages = {
  ...frenchMessages,
  ...pacteMessages,
  ...featureMessages,
} as TranslationMessages;
