import { sql } from 'kysely';
import type { MigrationDefinition } from '#platform/db/migrations.ts';

export const documentsMigrations: MigrationDefinition[] = [
  {
    // Versions of a document and their frozen snapshots (docs/adr/0027-documents.md, "Versions"). The trigger is
    // the database's own guard: once approved, a version's content never changes and the row is never
    // deleted – whoever asks, and however they reach the database. Only the state may move on
    // (approved → decided → published) and the decision and the publication be set, once.
    name: '20261202T1800-documents-create-document-version',
    async up(db) {
      await sql`
        create table document_version (
          id uuid primary key default gen_random_uuid(),
          org_unit_id uuid not null references org_unit (id),
          year integer not null,
          document_type text not null check (document_type in ('annual', 'interim', 'budget')),
          reporting_round_id uuid references reporting_round (id),
          number integer not null check (number >= 1),
          period text not null,
          state text not null check (state in ('draft', 'readyForReview', 'approved', 'decided', 'published')),
          content_hash text not null,
          html_hash text not null,
          pdf_hash text,
          pdf_missing text,
          created_by_name text not null,
          approved_at timestamptz,
          approved_by_name text,
          decision_body text,
          decision_paragraph text,
          decision_date date,
          published_at timestamptz,
          model_json text,
          html text,
          pdf bytea,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint document_version_decision_whole
            check (num_nonnulls(decision_body, decision_paragraph, decision_date) in (0, 3)),
          constraint document_version_decided
            check ((state in ('decided', 'published')) = (decision_body is not null)),
          constraint document_version_published check ((state = 'published') = (published_at is not null)),
          constraint document_version_snapshot check (
            state in ('draft', 'readyForReview')
            or (approved_at is not null and model_json is not null and html is not null))
        )`.execute(db);
      // One number per unit, year, type and round (a year without a round of the type counts as one).
      await sql`
        create unique index document_version_number_key on document_version
          (org_unit_id, year, document_type,
           coalesce(reporting_round_id, '00000000-0000-0000-0000-000000000000'::uuid), number)`.execute(db);
      await sql`
        create function document_version_is_frozen() returns trigger language plpgsql as $$
        declare
          movable constant text[] := array[
            'state', 'decision_body', 'decision_paragraph', 'decision_date', 'published_at', 'version',
            'updated_at'];
        begin
          if old.state not in ('approved', 'decided', 'published') then
            if tg_op = 'DELETE' then
              return old;
            end if;
            return new;
          end if;
          if tg_op = 'DELETE' then
            raise exception 'document_version %: a frozen version cannot be deleted', old.id
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          if (to_jsonb(new) - movable) is distinct from (to_jsonb(old) - movable) then
            raise exception 'document_version %: the content of a frozen version cannot change', old.id
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          if not (new.state = old.state
                  or (old.state = 'approved' and new.state = 'decided')
                  or (old.state = 'decided' and new.state = 'published')) then
            raise exception 'document_version %: % cannot become %', old.id, old.state, new.state
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          if old.decision_body is not null
             and (new.decision_body, new.decision_paragraph, new.decision_date)
                 is distinct from (old.decision_body, old.decision_paragraph, old.decision_date) then
            raise exception 'document_version %: the decision is recorded once', old.id
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          if old.published_at is not null and new.published_at is distinct from old.published_at then
            raise exception 'document_version %: the publication is recorded once', old.id
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          return new;
        end $$`.execute(db);
      await sql`
        create trigger document_version_frozen before update or delete on document_version
        for each row execute function document_version_is_frozen()`.execute(db);
      // TRUNCATE passes row triggers by: refused too while any version is frozen.
      await sql`
        create function document_version_no_truncate() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from document_version where state in ('approved', 'decided', 'published')) then
            raise exception 'document_version: frozen versions cannot be truncated away'
              using errcode = 'check_violation', constraint = 'document_version_frozen';
          end if;
          return null;
        end $$`.execute(db);
      await sql`
        create trigger document_version_frozen_truncate before truncate on document_version
        for each statement execute function document_version_no_truncate()`.execute(db);
    },
  },
  {
    // The internkontrollplan is a document type of its own, approved through versions as the others
    // (docs/adr/0027-documents.md). The trigger guards rows, not the table's constraints.
    name: '20261212T0900-documents-internal-control-plan-type',
    async up(db) {
      await sql`
        alter table document_version drop constraint document_version_document_type_check`.execute(db);
      await sql`
        alter table document_version add constraint document_version_document_type_check
          check (document_type in ('annual', 'interim', 'budget', 'internalControlPlan'))`.execute(db);
    },
  },
  {
    // The municipality-wide compilation, approved through versions as the others (ADR 0027, stop 18).
    name: '20261212T1000-documents-municipal-type',
    async up(db) {
      await sql`
        alter table document_version drop constraint document_version_document_type_check`.execute(db);
      await sql`
        alter table document_version add constraint document_version_document_type_check
          check (document_type in ('annual', 'interim', 'budget', 'internalControlPlan', 'municipal'))`.execute(
        db,
      );
    },
  },
  {
    // Saved versions of the templates (docs/adr/0029-stored-templates.md): only ever added. The trigger refuses
    // any change or removal, whoever asks – an older version says what made an earlier document.
    name: '20261203T0900-documents-create-document-template',
    async up(db) {
      await sql`
        create table document_template (
          id uuid primary key default gen_random_uuid(),
          document_type text not null
            check (document_type in ('annual', 'interim', 'budget', 'internalControlPlan', 'municipal')),
          number integer not null check (number >= 1),
          title text not null,
          sections jsonb not null check (jsonb_typeof(sections) = 'array'),
          note text,
          created_by_name text not null,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          constraint document_template_number_key unique (document_type, number)
        )`.execute(db);
      await sql`
        create function document_template_is_saved() returns trigger language plpgsql as $$
        begin
          raise exception 'document_template: a saved template version never changes'
            using errcode = 'check_violation', constraint = 'document_template_saved';
        end $$`.execute(db);
      await sql`
        create trigger document_template_saved before update or delete on document_template
        for each row execute function document_template_is_saved()`.execute(db);
      await sql`
        create trigger document_template_saved_truncate before truncate on document_template
        for each statement execute function document_template_is_saved()`.execute(db);
    },
  },
];
