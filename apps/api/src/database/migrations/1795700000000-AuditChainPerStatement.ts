import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head is locked once per transaction and written once per statement, instead of
 * locked and rewritten for every event: a grouped insert of 50 read events took 50 head updates.
 * Within the transaction, the running head lives in transaction-local settings (rolled back with a
 * savepoint like the rows themselves). Hashes, ids and `audit:verify` are unchanged.
 */
export class AuditChainPerStatement1795700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tx text := pg_current_xact_id()::text;
        previous_id bigint;
        previous_hash text;
      BEGIN
        IF current_setting('pacte.audit_tx', true) IS DISTINCT FROM tx THEN
          -- First event of the transaction: lock the head; concurrent writers queue here.
          SELECT h.last_id, h.last_hash INTO previous_id, previous_hash
            FROM audit_chain_head h WHERE h.singleton FOR UPDATE;
        ELSE
          previous_id := current_setting('pacte.audit_last_id')::bigint;
          previous_hash := current_setting('pacte.audit_last_hash');
        END IF;
        NEW.id := previous_id + 1;
        NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
        NEW.prev_hash := previous_hash;
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || audit_event_canonical(NEW), 'UTF8')), 'hex');
        PERFORM set_config('pacte.audit_tx', tx, true),
                set_config('pacte.audit_last_id', NEW.id::text, true),
                set_config('pacte.audit_last_hash', NEW.hash, true);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_chain_head_advance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('pacte.audit_tx', true) IS NOT DISTINCT FROM pg_current_xact_id_if_assigned()::text THEN
          UPDATE audit_chain_head
             SET last_id = current_setting('pacte.audit_last_id')::bigint,
                 last_hash = current_setting('pacte.audit_last_hash')
           WHERE singleton AND last_id < current_setting('pacte.audit_last_id')::bigint;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_audit_events_head AFTER INSERT ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_advance()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_audit_events_head ON audit_events`);
    await q.query(`DROP FUNCTION audit_chain_head_advance()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head WHERE singleton FOR UPDATE;
        NEW.id := head.last_id + 1;
        NEW.occurred_at := coalesce(NEW.occurred_at, clock_timestamp());
        NEW.prev_hash := head.last_hash;
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || audit_event_canonical(NEW), 'UTF8')), 'hex');
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash WHERE singleton;
        RETURN NEW;
      END $$`);
  }
}
