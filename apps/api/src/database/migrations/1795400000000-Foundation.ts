import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: partners registry, users and sessions, login throttling and the audit trail.
 * The audit trail is append-only in the database itself (triggers refuse UPDATE, DELETE and
 * TRUNCATE) and hash-chained: a BEFORE INSERT trigger serialises writers on the chain head row,
 * numbers the event and stores sha256(previous hash | canonical event).
 */
export class Foundation1795400000000 implements MigrationInterface {
  name = 'Foundation1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is STABLE; this wrapper pins the dictionary so it can be used in indexes.
    await q.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        short_name text,
        legal_form text NOT NULL,
        siret character(14),
        siren character(9) GENERATED ALWAYS AS (substr(siret, 1, 9)) STORED,
        address_line text,
        postcode text,
        city text,
        website text,
        parent_id uuid,
        data_sharing_roles text[] NOT NULL DEFAULT '{}',
        dpo_name text,
        dpo_email text,
        rights_contact text,
        notes text,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_organisations PRIMARY KEY (id),
        CONSTRAINT fk_organisations_parent FOREIGN KEY (parent_id) REFERENCES organisations (id),
        CONSTRAINT ck_organisations_legal_form CHECK (legal_form IN
          ('local_authority','public_body','association','semi_public_company','state_service','company','other')),
        CONSTRAINT ck_organisations_siret CHECK (siret ~ '^[0-9]{14}$'),
        CONSTRAINT ck_organisations_roles CHECK (data_sharing_roles <@ ARRAY['controller','processor','data_provider','recipient']),
        CONSTRAINT ck_organisations_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_organisations_siret ON organisations (siret) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_organisations_name ON organisations (name)`);
    await q.query(`CREATE INDEX ix_organisations_search ON organisations USING gin
      ((f_unaccent(coalesce(name,'') || ' ' || coalesce(short_name,'') || ' ' || coalesce(city,''))) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        last_name text NOT NULL,
        first_name text,
        job_title text,
        email text,
        phone text,
        professional_secrecy boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_contacts PRIMARY KEY (id),
        CONSTRAINT fk_contacts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      )`);
    await q.query(
      `CREATE INDEX ix_contacts_organisation_name ON contacts (organisation_id, last_name, first_name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_contacts_name ON contacts (last_name, first_name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_contacts_search ON contacts USING gin
      ((f_unaccent(coalesce(last_name,'') || ' ' || coalesce(first_name,'') || ' ' || coalesce(email,'') || ' ' || coalesce(job_title,''))) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        organisation_id uuid NOT NULL,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT fk_users_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
        CONSTRAINT ck_users_role CHECK (role IN ('admin','ccas_agent','residence_agent','dpo','siao_operator','auditor')),
        CONSTRAINT ck_users_email_lowercase CHECK (email = lower(email))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_sessions_token_hash ON sessions (token_hash)`);
    await q.query(`CREATE INDEX ix_sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_throttle (
        key text NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        lockouts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_login_throttle PRIMARY KEY (key)
      )`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_email text,
        actor_organisation_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        changes jsonb,
        details jsonb,
        request_id text,
        ip text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT pk_audit_events PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at)`);
    await q.query(`CREATE INDEX ix_audit_events_entity ON audit_events (entity_type, entity_id)`);
    await q.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_id, occurred_at)`);
    await q.query(`
      CREATE TABLE audit_chain_head (
        singleton boolean NOT NULL DEFAULT true,
        last_id bigint NOT NULL,
        last_hash text NOT NULL,
        CONSTRAINT pk_audit_chain_head PRIMARY KEY (singleton),
        CONSTRAINT ck_audit_chain_head_singleton CHECK (singleton)
      )`);
    await q.query(
      `INSERT INTO audit_chain_head (singleton, last_id, last_hash) VALUES (true, 0, repeat('0', 64))`,
    );

    // The canonical text of an event; audit:verify rebuilds the same text on its own to check the chain.
    await q.query(`
      CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', e.id::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(e.actor_id::text, ''), coalesce(e.actor_email, ''), coalesce(e.actor_organisation_id::text, ''),
          e.action, coalesce(e.entity_type, ''), coalesce(e.entity_id, ''),
          coalesce(e.changes::text, ''), coalesce(e.details::text, ''),
          coalesce(e.request_id, ''), coalesce(e.ip, ''))
      $$`);
    await q.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        -- Row lock on the head: concurrent writers queue here and each sees the previous commit.
        SELECT * INTO head FROM audit_chain_head WHERE singleton FOR UPDATE;
        NEW.id := head.last_id + 1;
        NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
        NEW.prev_hash := head.last_hash;
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || audit_event_canonical(NEW), 'UTF8')), 'hex');
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash WHERE singleton;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`,
    );
    await q.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER tr_audit_chain_head_no_delete BEFORE DELETE OR TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_chain_head',
      'audit_events',
      'login_throttle',
      'sessions',
      'users',
      'contacts',
      'organisations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(
      `DROP FUNCTION IF EXISTS audit_events_refuse_change, audit_events_chain, audit_event_canonical, f_unaccent`,
    );
  }
}
