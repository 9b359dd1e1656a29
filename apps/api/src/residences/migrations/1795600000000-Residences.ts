import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residences, residents, residency contracts and the consent ledger (issue #4).
 * - `consents` is append-only in the database itself (triggers refuse UPDATE, DELETE, TRUNCATE): a
 *   mistaken event is corrected by a new event naming it in `corrects_id` (at most one correction each).
 * - Texts that prove what a person was shown (information notices, contract template versions) carry
 *   the sha256 of their text, computed by the database; notices never change, a template version is
 *   frozen as soon as a residency contract uses it.
 * - `residence_staff` attaches a residence agent to ONE residence (primary key on the user), which
 *   scopes every query on residents, contracts and consents.
 */
export class Residences1795600000000 implements MigrationInterface {
  name = 'Residences1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION text_sha256(body text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE STRICT
      AS $$ SELECT encode(sha256(convert_to(body, 'UTF8')), 'hex') $$`);

    await q.query(`
      CREATE TABLE residences (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        operator_id uuid NOT NULL,
        kind text NOT NULL,
        address_line text,
        postcode text,
        city text,
        capacity integer,
        rights_email text,
        rights_postal_address text,
        retention_months_after_exit integer NOT NULL DEFAULT 24,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_residences PRIMARY KEY (id),
        CONSTRAINT fk_residences_operator FOREIGN KEY (operator_id) REFERENCES organisations (id),
        CONSTRAINT ck_residences_kind CHECK (kind IN ('social_residence','migrant_workers_hostel','family_boarding_house','chrs','other')),
        CONSTRAINT ck_residences_capacity CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 10000),
        CONSTRAINT ck_residences_retention CHECK (retention_months_after_exit BETWEEN 0 AND 240)
      )`);
    await q.query(`CREATE INDEX ix_residences_name ON residences (name COLLATE "fr-FR-x-icu")`);
    await q.query(`CREATE INDEX ix_residences_operator ON residences (operator_id)`);

    await q.query(`
      CREATE TABLE residence_staff (
        user_id uuid NOT NULL,
        residence_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_residence_staff PRIMARY KEY (user_id),
        CONSTRAINT fk_residence_staff_user FOREIGN KEY (user_id) REFERENCES users (id),
        CONSTRAINT fk_residence_staff_residence FOREIGN KEY (residence_id) REFERENCES residences (id)
      )`);
    await q.query(`CREATE INDEX ix_residence_staff_residence ON residence_staff (residence_id)`);

    await q.query(`
      CREATE TABLE contract_templates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        residence_id uuid NOT NULL,
        title text NOT NULL,
        version_label text NOT NULL,
        effective_from date NOT NULL,
        body text NOT NULL,
        body_sha256 character(64) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_contract_templates PRIMARY KEY (id),
        CONSTRAINT fk_contract_templates_residence FOREIGN KEY (residence_id) REFERENCES residences (id),
        CONSTRAINT uq_contract_templates_version UNIQUE (residence_id, title, version_label)
      )`);

    await q.query(`
      CREATE TABLE residents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        residence_id uuid NOT NULL,
        last_name text NOT NULL,
        birth_name text,
        first_names text NOT NULL,
        birth_date date NOT NULL,
        sex character(1) NOT NULL,
        unit text,
        entry_date date NOT NULL,
        exit_date date,
        adults integer NOT NULL DEFAULT 1,
        children integer NOT NULL DEFAULT 0,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_residents PRIMARY KEY (id),
        CONSTRAINT fk_residents_residence FOREIGN KEY (residence_id) REFERENCES residences (id),
        CONSTRAINT ck_residents_sex CHECK (sex IN ('F','M','X')),
        CONSTRAINT ck_residents_birth_date CHECK (birth_date >= DATE '1900-01-01'),
        CONSTRAINT ck_residents_exit_after_entry CHECK (exit_date IS NULL OR exit_date >= entry_date),
        CONSTRAINT ck_residents_household CHECK (adults BETWEEN 1 AND 20 AND children BETWEEN 0 AND 20)
      )`);
    await q.query(
      `CREATE INDEX ix_residents_residence_name ON residents (residence_id, last_name COLLATE "fr-FR-x-icu", first_names, id)`,
    );
    await q.query(
      `CREATE INDEX ix_residents_name ON residents (last_name COLLATE "fr-FR-x-icu", first_names, id)`,
    );
    await q.query(`CREATE INDEX ix_residents_search ON residents USING gin
      ((f_unaccent(last_name || ' ' || coalesce(birth_name,'') || ' ' || first_names || ' ' || coalesce(unit,''))) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE residency_contracts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        resident_id uuid NOT NULL,
        template_id uuid NOT NULL,
        signed_on date NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        informed_of_data_processing boolean NOT NULL DEFAULT true,
        document bytea,
        document_name text,
        document_type text,
        document_size integer,
        document_sha256 character(64),
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_residency_contracts PRIMARY KEY (id),
        CONSTRAINT fk_residency_contracts_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
        CONSTRAINT fk_residency_contracts_template FOREIGN KEY (template_id) REFERENCES contract_templates (id),
        CONSTRAINT ck_residency_contracts_end_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT ck_residency_contracts_document CHECK ((document IS NULL) = (document_sha256 IS NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_residency_contracts_resident ON residency_contracts (resident_id, signed_on)`,
    );
    await q.query(`CREATE INDEX ix_residency_contracts_template ON residency_contracts (template_id)`);

    await q.query(`
      CREATE TABLE purposes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        label text NOT NULL,
        description text,
        recipient_id uuid,
        legal_basis text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_purposes PRIMARY KEY (id),
        CONSTRAINT uq_purposes_code UNIQUE (code),
        CONSTRAINT fk_purposes_recipient FOREIGN KEY (recipient_id) REFERENCES organisations (id),
        CONSTRAINT ck_purposes_code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT ck_purposes_legal_basis CHECK (legal_basis IN ('consent','contract','legal_obligation','public_task','vital_interests','legitimate_interests'))
      )`);

    await q.query(`
      CREATE TABLE purpose_notices (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        purpose_id uuid NOT NULL,
        version_label text NOT NULL,
        effective_from date NOT NULL,
        body text NOT NULL,
        body_sha256 character(64) NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_purpose_notices PRIMARY KEY (id),
        CONSTRAINT fk_purpose_notices_purpose FOREIGN KEY (purpose_id) REFERENCES purposes (id),
        CONSTRAINT fk_purpose_notices_created_by FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT uq_purpose_notices_version UNIQUE (purpose_id, version_label),
        CONSTRAINT uq_purpose_notices_effective UNIQUE (purpose_id, effective_from)
      )`);

    await q.query(`
      CREATE TABLE consents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        resident_id uuid NOT NULL,
        purpose_id uuid NOT NULL,
        recipient_id uuid,
        decision text NOT NULL,
        decided_at timestamptz NOT NULL,
        notice_id uuid NOT NULL,
        method text,
        channel text,
        collected_by uuid NOT NULL,
        corrects_id uuid,
        note text,
        evidence bytea,
        evidence_name text,
        evidence_type text,
        evidence_size integer,
        evidence_sha256 character(64),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_consents PRIMARY KEY (id),
        CONSTRAINT uq_consents_seq UNIQUE (seq),
        CONSTRAINT uq_consents_corrects UNIQUE (corrects_id),
        CONSTRAINT fk_consents_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
        CONSTRAINT fk_consents_purpose FOREIGN KEY (purpose_id) REFERENCES purposes (id),
        CONSTRAINT fk_consents_recipient FOREIGN KEY (recipient_id) REFERENCES organisations (id),
        CONSTRAINT fk_consents_notice FOREIGN KEY (notice_id) REFERENCES purpose_notices (id),
        CONSTRAINT fk_consents_collected_by FOREIGN KEY (collected_by) REFERENCES users (id),
        CONSTRAINT fk_consents_corrects FOREIGN KEY (corrects_id) REFERENCES consents (id),
        CONSTRAINT ck_consents_decision CHECK (decision IN ('given','refused','withdrawn')),
        CONSTRAINT ck_consents_method CHECK (method IS NULL OR method IN ('paper_signature','electronic_signature','oral_attested')),
        CONSTRAINT ck_consents_channel CHECK (channel IS NULL OR channel IN ('email','letter','in_person')),
        CONSTRAINT ck_consents_how CHECK (CASE WHEN decision = 'withdrawn' THEN coalesce(channel, method) IS NOT NULL
                                               ELSE method IS NOT NULL AND channel IS NULL END),
        CONSTRAINT ck_consents_evidence CHECK ((evidence IS NULL) = (evidence_sha256 IS NULL)),
        CONSTRAINT ck_consents_not_own_correction CHECK (corrects_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX ix_consents_history ON consents (resident_id, purpose_id, decided_at, seq)`);
    await q.query(`CREATE INDEX ix_consents_purpose ON consents (purpose_id, decided_at)`);
    await q.query(`CREATE INDEX ix_consents_decided_at ON consents (decided_at)`);

    // Hashes of texts are the database's: whoever inserts, the hash is the text's.
    await q.query(`
      CREATE FUNCTION residence_texts_hash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.body_sha256 := text_sha256(NEW.body);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_purpose_notices_hash BEFORE INSERT ON purpose_notices FOR EACH ROW EXECUTE FUNCTION residence_texts_hash()`,
    );
    await q.query(
      `CREATE TRIGGER tr_contract_templates_hash BEFORE INSERT OR UPDATE OF body ON contract_templates FOR EACH ROW EXECUTE FUNCTION residence_texts_hash()`,
    );

    await q.query(`
      CREATE FUNCTION residence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_consents_immutable BEFORE UPDATE OR DELETE ON consents FOR EACH ROW EXECUTE FUNCTION residence_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER tr_consents_no_truncate BEFORE TRUNCATE ON consents FOR EACH STATEMENT EXECUTE FUNCTION residence_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER tr_purpose_notices_immutable BEFORE UPDATE OR DELETE ON purpose_notices FOR EACH ROW EXECUTE FUNCTION residence_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER tr_purpose_notices_no_truncate BEFORE TRUNCATE ON purpose_notices FOR EACH STATEMENT EXECUTE FUNCTION residence_refuse_change()`,
    );

    // A template version a contract refers to is what the resident signed: frozen.
    await q.query(`
      CREATE FUNCTION contract_templates_freeze_used() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM residency_contracts WHERE template_id = OLD.id)
           AND (TG_OP = 'DELETE' OR NEW.body IS DISTINCT FROM OLD.body OR NEW.version_label IS DISTINCT FROM OLD.version_label
                OR NEW.effective_from IS DISTINCT FROM OLD.effective_from OR NEW.title IS DISTINCT FROM OLD.title
                OR NEW.residence_id IS DISTINCT FROM OLD.residence_id) THEN
          RAISE EXCEPTION 'contract template % is used by a residency contract: % refused', OLD.id, TG_OP
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_contract_templates_frozen_when_used';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_contract_templates_freeze BEFORE UPDATE OR DELETE ON contract_templates FOR EACH ROW EXECUTE FUNCTION contract_templates_freeze_used()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'consents',
      'purpose_notices',
      'purposes',
      'residency_contracts',
      'residents',
      'contract_templates',
      'residence_staff',
      'residences',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(
      `DROP FUNCTION IF EXISTS contract_templates_freeze_used, residence_refuse_change, residence_texts_hash, text_sha256`,
    );
  }
}
