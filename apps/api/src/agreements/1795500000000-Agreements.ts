import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements and deliberations registry: agreements (parties as a JSON list edited with the
 * agreement, their organisation ids mirrored in `partner_ids` for filtering), lifecycle transitions,
 * express renewals, amendments with before/after snapshots, obligations, coordination meetings,
 * documents (metadata apart from their bytes, so lists never read the bytes), deliberations and
 * per-user calendar tokens (hashed).
 */
export class Agreements1795500000000 implements MigrationInterface {
  name = 'Agreements1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference text COLLATE "fr-FR-x-icu" NOT NULL,
        title text COLLATE "fr-FR-x-icu" NOT NULL,
        kind text NOT NULL,
        object text,
        parties jsonb NOT NULL DEFAULT '[]',
        partner_ids uuid[] NOT NULL DEFAULT '{}',
        signature_date date,
        effective_from text NOT NULL DEFAULT 'signature',
        effective_date date,
        end_date date,
        duration_value integer,
        duration_unit text,
        renewal text NOT NULL DEFAULT 'none',
        renewal_period_value integer,
        renewal_period_unit text,
        notice_period_value integer,
        notice_period_unit text,
        breach_notice_value integer,
        breach_notice_unit text,
        total_amount_cents bigint,
        payment_schedule text,
        confidentiality text,
        data_retention text,
        security_measures text,
        dpo_contacts text,
        supersedes_id uuid,
        supersedes_note text,
        prefecture_deposit_date date,
        publication_date date,
        notes text,
        lifecycle_state text NOT NULL DEFAULT 'draft',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_agreements PRIMARY KEY (id),
        CONSTRAINT fk_agreements_supersedes FOREIGN KEY (supersedes_id) REFERENCES agreements (id),
        CONSTRAINT ck_agreements_kind CHECK (kind IN ('partnership','data_provision','funding','charter','data_exchange','other')),
        CONSTRAINT ck_agreements_effective_from CHECK (effective_from IN ('signature','date','executory')),
        CONSTRAINT ck_agreements_renewal CHECK (renewal IN ('none','express','tacit')),
        CONSTRAINT ck_agreements_units CHECK (
          coalesce(duration_unit, 'days') IN ('days','months','years') AND coalesce(renewal_period_unit, 'days') IN ('days','months','years')
          AND coalesce(notice_period_unit, 'days') IN ('days','months','years') AND coalesce(breach_notice_unit, 'days') IN ('days','months','years')),
        CONSTRAINT ck_agreements_tacit_period CHECK (renewal <> 'tacit' OR renewal_period_value IS NOT NULL),
        CONSTRAINT ck_agreements_amount CHECK (total_amount_cents IS NULL OR total_amount_cents >= 0),
        CONSTRAINT ck_agreements_end_after_signature CHECK (end_date IS NULL OR signature_date IS NULL OR end_date >= signature_date),
        CONSTRAINT ck_agreements_state CHECK (lifecycle_state IN ('draft','approved','signed','in_force','expired','terminated')),
        CONSTRAINT ck_agreements_parties CHECK (jsonb_typeof(parties) = 'array'),
        CONSTRAINT ck_agreements_not_own_predecessor CHECK (supersedes_id IS DISTINCT FROM id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_agreements_reference ON agreements (reference) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_agreements_reference ON agreements (reference, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_agreements_partner_ids ON agreements USING gin (partner_ids)`);

    await q.query(`
      CREATE TABLE deliberations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        body text NOT NULL,
        number text COLLATE "fr-FR-x-icu" NOT NULL,
        session_date date NOT NULL,
        convocation_date date,
        president text,
        members_in_office integer NOT NULL,
        members_present jsonb NOT NULL DEFAULT '[]',
        members_represented jsonb NOT NULL DEFAULT '[]',
        members_excused jsonb NOT NULL DEFAULT '[]',
        subject text COLLATE "fr-FR-x-icu" NOT NULL,
        decision text,
        vote_kind text NOT NULL DEFAULT 'unanimity',
        votes_for integer,
        votes_against integer,
        abstentions integer,
        publication_date date,
        prefecture_deposit_date date,
        agreement_ids uuid[] NOT NULL DEFAULT '{}',
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_deliberations PRIMARY KEY (id),
        CONSTRAINT ck_deliberations_body CHECK (body IN ('ccas_board','metropolitan_council','municipal_council','other')),
        CONSTRAINT ck_deliberations_vote_kind CHECK (vote_kind IN ('unanimity','counts')),
        CONSTRAINT ck_deliberations_members CHECK (members_in_office > 0),
        CONSTRAINT ck_deliberations_votes CHECK (coalesce(votes_for, 0) >= 0 AND coalesce(votes_against, 0) >= 0 AND coalesce(abstentions, 0) >= 0),
        CONSTRAINT ck_deliberations_convocation CHECK (convocation_date IS NULL OR convocation_date <= session_date)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_deliberations_number ON deliberations (body, number) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_deliberations_agreement_ids ON deliberations USING gin (agreement_ids)`);
    await q.query(
      `CREATE INDEX ix_deliberations_session ON deliberations (session_date, id) WHERE deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE agreement_transitions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        agreement_id uuid NOT NULL,
        from_state text,
        to_state text NOT NULL,
        effective_date date,
        reason text NOT NULL,
        deliberation_id uuid,
        actor_id uuid,
        actor_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_transitions PRIMARY KEY (id),
        CONSTRAINT fk_agreement_transitions_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT fk_agreement_transitions_deliberation FOREIGN KEY (deliberation_id) REFERENCES deliberations (id),
        CONSTRAINT ck_agreement_transitions_state CHECK (to_state IN ('draft','approved','signed','in_force','expired','terminated'))
      )`);
    await q.query(
      `CREATE INDEX ix_agreement_transitions_agreement ON agreement_transitions (agreement_id, seq)`,
    );

    await q.query(`
      CREATE TABLE agreement_renewals (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        decision_date date NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL,
        deliberation_id uuid,
        note text,
        actor_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_renewals PRIMARY KEY (id),
        CONSTRAINT fk_agreement_renewals_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT fk_agreement_renewals_deliberation FOREIGN KEY (deliberation_id) REFERENCES deliberations (id),
        CONSTRAINT ck_agreement_renewals_term CHECK (term_end >= term_start)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_agreement_renewals_term ON agreement_renewals (agreement_id, term_end)`,
    );

    await q.query(`
      CREATE TABLE agreement_amendments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        number integer NOT NULL,
        date date NOT NULL,
        summary text NOT NULL,
        changes jsonb,
        before_snapshot jsonb,
        after_snapshot jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_amendments PRIMARY KEY (id),
        CONSTRAINT fk_agreement_amendments_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT ck_agreement_amendments_number CHECK (number >= 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_agreement_amendments_number ON agreement_amendments (agreement_id, number)`,
    );

    await q.query(`
      CREATE TABLE agreement_documents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        kind text NOT NULL DEFAULT 'other',
        title text COLLATE "fr-FR-x-icu" NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 char(64) NOT NULL,
        uploaded_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_agreement_documents PRIMARY KEY (id),
        CONSTRAINT fk_agreement_documents_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT ck_agreement_documents_kind CHECK (kind IN ('signed','annex','amendment','evidence','other')),
        CONSTRAINT ck_agreement_documents_size CHECK (size_bytes > 0)
      )`);
    await q.query(
      `CREATE INDEX ix_agreement_documents_agreement ON agreement_documents (agreement_id, created_at) WHERE deleted_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE agreement_document_contents (
        document_id uuid NOT NULL,
        content bytea NOT NULL,
        CONSTRAINT pk_agreement_document_contents PRIMARY KEY (document_id),
        CONSTRAINT fk_agreement_document_contents_document FOREIGN KEY (document_id) REFERENCES agreement_documents (id)
      )`);

    await q.query(`
      CREATE TABLE agreement_obligations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        party_organisation_id uuid,
        description text NOT NULL,
        due_date date,
        recurrence text NOT NULL DEFAULT 'once',
        status text NOT NULL DEFAULT 'todo',
        done_on date,
        evidence_document_id uuid,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_obligations PRIMARY KEY (id),
        CONSTRAINT fk_agreement_obligations_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT fk_agreement_obligations_party FOREIGN KEY (party_organisation_id) REFERENCES organisations (id),
        CONSTRAINT fk_agreement_obligations_evidence FOREIGN KEY (evidence_document_id) REFERENCES agreement_documents (id),
        CONSTRAINT ck_agreement_obligations_status CHECK (status IN ('todo','done')),
        CONSTRAINT ck_agreement_obligations_recurrence CHECK (recurrence IN ('once','monthly','bimonthly','quarterly','semiannual','annual'))
      )`);
    await q.query(
      `CREATE INDEX ix_agreement_obligations_agreement ON agreement_obligations (agreement_id, due_date)`,
    );
    await q.query(
      `CREATE INDEX ix_agreement_obligations_due ON agreement_obligations (due_date) WHERE status = 'todo'`,
    );

    await q.query(`
      CREATE TABLE agreement_meetings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        title text NOT NULL,
        recurrence text NOT NULL,
        participants text,
        next_date date,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement_meetings PRIMARY KEY (id),
        CONSTRAINT fk_agreement_meetings_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT ck_agreement_meetings_recurrence CHECK (recurrence IN ('once','monthly','bimonthly','quarterly','semiannual','annual'))
      )`);
    await q.query(`CREATE INDEX ix_agreement_meetings_agreement ON agreement_meetings (agreement_id)`);

    await q.query(`
      CREATE TABLE calendar_tokens (
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        CONSTRAINT pk_calendar_tokens PRIMARY KEY (user_id),
        CONSTRAINT fk_calendar_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_calendar_tokens_hash ON calendar_tokens (token_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_tokens',
      'agreement_meetings',
      'agreement_obligations',
      'agreement_document_contents',
      'agreement_documents',
      'agreement_amendments',
      'agreement_renewals',
      'agreement_transitions',
      'deliberations',
      'agreements',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
