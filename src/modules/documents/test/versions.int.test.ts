/**
 * Document versions on both engines (docs/adr/0027-documents.md, "Versions"): a draft of VSS's
 * verksamhetsberättelse 2019 goes for review, is approved – frozen with its HTML, PDF and checksum – the
 * board's decision is recorded and it is published. Approval is refused while texts are missing; nobody
 * changes or deletes a frozen version through the API, and the database refuses it to direct SQL too; a
 * snapshot changed behind Verksam's back is found when it is opened.
 *
 * The demo has no narrative texts for every section, so the approved drafts here are the generated document
 * with its placeholders taken out – as if the texts had been written – stored through the service.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { DomainError } from '../../../core/errors.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import { write } from '../../../platform/context.ts';
import type { Ctx } from '../../context.ts';
import { buildDocument } from '../document-service.ts';
import type { DocumentModel } from '../domain/document.ts';
import { groupedChecksum } from '../domain/versions.ts';
import { documentVersionEntity } from '../model.ts';
import { saveDraftVersion, type VersionDetail } from '../version-service.ts';

let t: TestApp;
let ctx: Ctx;
let vssId: string;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
  ctx = systemContext(t.database.db);
  const { rows } = await sql<{ id: string }>`select id from org_unit where code = 'VSS'`.execute(
    t.database.db,
  );
  vssId = rows[0]?.id as string;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** VSS's verksamhetsberättelse 2019 as generated, with the texts' placeholders taken out (or changed). */
async function writtenModel(change: (model: DocumentModel) => DocumentModel = (model) => model) {
  const model = await buildDocument(ctx, { unitId: vssId, year: 2019, type: 'annual' });
  return change({
    ...model,
    blocks: model.blocks.filter((block) => !(block.kind === 'notice' && block.placeholder)),
  });
}

async function act(
  version: VersionDetail,
  action: string,
  decision: Record<string, string> = {},
): Promise<{ status: number; body: VersionDetail & { error: { message: string; code: string } } }> {
  return t.request('POST', `/api/v1/documents/versions/${version.id}/actions`, {
    action,
    version: version.version,
    ...decision,
  });
}

const DECISION = { decisionBody: 'KS', decisionParagraph: '315', decisionDate: '2019-10-22' };

/** A version of written texts, through review to approved. */
async function approvedVersion(change?: (model: DocumentModel) => DocumentModel): Promise<VersionDetail> {
  const draft = await saveDraftVersion(ctx, await writtenModel(change));
  const review = await act(draft, 'submit');
  expect(review.status, JSON.stringify(review.body)).toBe(200);
  const approved = await act(review.body, 'approve');
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body;
}

describe('a version from draft to published', () => {
  it('is approved and frozen with its checksum printed, then decided and published', async () => {
    const draft = await saveDraftVersion(ctx, await writtenModel());
    expect(draft).toMatchObject({ state: 'draft', frozen: false, title: 'Verksamhetsberättelse 2019' });
    expect(draft.actions).toEqual(['submit']);
    const review = await act(draft, 'submit');
    expect(review.body.state).toBe('readyForReview');
    expect(review.body.actions).toEqual(['sendBack', 'approve']);

    const approved = await act(review.body, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      frozen: true,
      integrity: null,
      mayDelete: false,
    });
    expect(approved.body.approvedByName).toBe('Testadministratör');
    // The frozen model is no longer a draft: another checksum than the draft's.
    expect(approved.body.contentHash).not.toBe(draft.contentHash);

    const html = await t.inject({
      method: 'GET',
      url: `/api/v1/documents/versions/${draft.id}/file?format=html`,
    });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain(
      `Kontrollsumma (SHA-256): <code>${groupedChecksum(approved.body.contentHash)}</code>`,
    );
    expect(html.body).not.toContain('class="cover-draft"');
    expect(html.body).toContain('45\u00a0333');
    // The PDF, printed once at approval, or the reason there is none.
    if (approved.body.hasPdf) {
      const pdf = await t.inject({
        method: 'GET',
        url: `/api/v1/documents/versions/${draft.id}/file?format=pdf`,
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } else {
      expect(approved.body.pdfMissing).toMatch(/Chromium|PDF/);
    }

    const decided = await act(approved.body, 'decide', DECISION);
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.state).toBe('decided');
    expect(decided.body.decision).toEqual({
      body: 'KS',
      paragraph: '315',
      date: '2019-10-22',
      text: 'KS § 315 2019-10-22',
    });
    const published = await act(decided.body, 'publish');
    expect(published.body.state).toBe('published');
    expect(published.body.publishedAt).not.toBeNull();
    expect(published.body.actions).toEqual([]);

    // Listed, newest first, and in the change log as every record.
    const list = await t.request<{ versions: VersionDetail[]; mayCreate: boolean }>(
      'GET',
      '/api/v1/documents/versions?unitId=VSS&year=2019&type=annual',
    );
    expect(list.body.mayCreate).toBe(true);
    expect(list.body.versions.find((version) => version.id === draft.id)?.state).toBe('published');
    const history = await t.request<Array<{ action: string; newValue: { state: string } }>>(
      'GET',
      `/api/v1/documents/versions/${draft.id}/history`,
    );
    expect(history.body.map((entry) => entry.newValue.state)).toEqual([
      'draft',
      'readyForReview',
      'approved',
      'decided',
      'published',
    ]);
    const { rows } = await sql<{ action: string; state: string }>`
      select action, new_value->>'state' as state from change_log
      where entity_type = 'document_version' and entity_id = ${draft.id} order by id`.execute(t.database.db);
    expect(rows.map((row) => `${row.action} ${row.state}`)).toEqual([
      'create draft',
      'update readyForReview',
      'update approved',
      'update decided',
      'update published',
    ]);
  }, 60_000);

  it('needs the whole decision, named field by field in Swedish', async () => {
    const approved = await approvedVersion();
    const missing = await act(approved, 'decide', { decisionBody: 'KS' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toMatch(/^Beslut: ange beslutande organ, paragraf och datum/);
    const badDate = await act(approved, 'decide', { ...DECISION, decisionDate: '22/10/2019' });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body)).toContain('Beslutsdatum');
  }, 60_000);
});

describe('approval', () => {
  it('is refused while texts are missing, naming the sections', async () => {
    const created = await t.request<VersionDetail>('POST', '/api/v1/documents/versions', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', period: 'Bokslut 2019', integrity: null });
    const review = await act(created.body, 'submit');
    const refused = await act(review.body, 'approve');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(
      /^Version \d+ kan inte godkännas: texten saknas i \d+ avsnitt: /,
    );
    expect(refused.body.error.message).toContain('”Framåtblick”');
    const still = await t.request<VersionDetail>('GET', `/api/v1/documents/versions/${created.body.id}`);
    expect(still.body.state).toBe('readyForReview');
    // A draft is not frozen: it can go back and be deleted.
    const back = await act(still.body, 'sendBack');
    expect(back.body.state).toBe('draft');
    const deleted = await t.inject({
      method: 'DELETE',
      url: `/api/v1/documents/versions/${created.body.id}?version=${back.body.version}`,
    });
    expect(deleted.statusCode).toBe(204);
  }, 60_000);

  it('is for those who govern the unit: a controller prepares and reviews, a reader does neither', async () => {
    const controller = await t.as('controller', vssId);
    const created = await controller.request<VersionDetail>('POST', '/api/v1/documents/versions', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
    });
    expect(created.status).toBe(201);
    const review = await controller.request<VersionDetail>(
      'POST',
      `/api/v1/documents/versions/${created.body.id}/actions`,
      { action: 'submit', version: created.body.version },
    );
    expect(review.body.actions).toEqual(['sendBack']);
    const approve = await controller.request<{ error: { message: string } }>(
      'POST',
      `/api/v1/documents/versions/${created.body.id}/actions`,
      { action: 'approve', version: review.body.version },
    );
    expect(approve.status).toBe(403);
    const reader = await t.as('reader', vssId);
    const refused = await reader.request('POST', '/api/v1/documents/versions', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
    });
    expect(refused.status).toBe(403);
    const list = await reader.request<{ versions: VersionDetail[]; mayCreate: boolean }>(
      'GET',
      '/api/v1/documents/versions?unitId=VSS&year=2019&type=annual',
    );
    expect(list.status).toBe(200);
    expect(list.body.mayCreate).toBe(false);
    expect(list.body.versions.every((version) => version.actions.length === 0 && !version.mayDelete)).toBe(
      true,
    );
  }, 60_000);
});

describe('a frozen version', () => {
  it('cannot be changed or deleted through the API, not even by an administrator', async () => {
    const approved = await approvedVersion();
    const deleted = await t.request<{ error: { message: string } }>(
      'DELETE',
      `/api/v1/documents/versions/${approved.id}?version=${approved.version}`,
    );
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.message).toBe(
      `Version ${approved.number} är godkänd och därmed fryst: den kan inte ändras eller tas bort, inte ens ` +
        'av en administratör. Skapa en ny version i stället.',
    );
    for (const action of ['sendBack', 'submit', 'approve', 'publish']) {
      const moved = await act(approved, action);
      expect(moved.status, action).toBe(409);
    }
    const decided = await act(approved, 'decide', DECISION);
    const again = await act(decided.body, 'decide', { ...DECISION, decisionParagraph: '316' });
    expect(again.status).toBe(409);
    const stored = await t.request<VersionDetail>('GET', `/api/v1/documents/versions/${approved.id}`);
    expect(stored.body).toMatchObject({
      state: 'decided',
      contentHash: approved.contentHash,
      integrity: null,
    });
    expect(stored.body.decision?.text).toBe('KS § 315 2019-10-22');
  }, 60_000);

  it('is refused by the database to direct SQL: no UPDATE of its content, no DELETE, no TRUNCATE', async () => {
    const approved = await approvedVersion();
    const db = t.database.db;
    const refusal = async (statement: Promise<unknown>) => {
      const error = (await statement.then(
        () => null,
        (caught: unknown) => caught,
      )) as { code?: string; constraint?: string; message?: string } | null;
      expect(error, 'the database let it through').not.toBeNull();
      expect(error?.code).toBe('23514');
      return error;
    };
    const id = approved.id;
    await refusal(sql`update document_version set model_json = '{}' where id = ${id}`.execute(db));
    await refusal(sql`update document_version set html = '<p>annat</p>' where id = ${id}`.execute(db));
    await refusal(sql`update document_version set pdf = null, pdf_hash = null where id = ${id}`.execute(db));
    await refusal(
      sql`update document_version set content_hash = repeat('0', 64) where id = ${id}`.execute(db),
    );
    await refusal(sql`update document_version set state = 'draft' where id = ${id}`.execute(db));
    await refusal(
      sql`update document_version set approved_by_name = 'Någon annan' where id = ${id}`.execute(db),
    );
    await refusal(sql`delete from document_version where id = ${id}`.execute(db));
    await refusal(sql`truncate document_version`.execute(db));
    // The decision may be set once, with the state; after that, never again.
    await sql`
      update document_version set state = 'decided', decision_body = 'KS', decision_paragraph = '315',
        decision_date = '2019-10-22' where id = ${id}`.execute(db);
    await refusal(sql`update document_version set decision_paragraph = '316' where id = ${id}`.execute(db));
    // Through the write path the refusal is the Swedish message, not a 500.
    const { rows } = await sql<Record<string, unknown>>`
      select id, version, org_unit_id, year, document_type, reporting_round_id, number, period, state, content_hash,
        html_hash, pdf_hash, pdf_missing, created_by_name, approved_at, approved_by_name, decision_body,
        decision_paragraph, decision_date, published_at
      from document_version where id = ${id}`.execute(db);
    const { fromRow } = await import('../../../platform/db/entity-store.ts');
    const record = fromRow(documentVersionEntity, rows[0] as Record<string, unknown>);
    const caught = await write(ctx, (tx) =>
      tx.update(documentVersionEntity, record, record.version, { contentHash: '0'.repeat(64) }),
    ).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('documents.frozen_in_database');
    const still = await t.request<VersionDetail>('GET', `/api/v1/documents/versions/${id}`);
    expect(still.body).toMatchObject({ contentHash: approved.contentHash, integrity: null });
  }, 60_000);
});

describe('the checksum check', () => {
  it('finds a snapshot changed behind Verksam’s back, warns loudly, and refuses to approve it', async () => {
    const draft = await saveDraftVersion(ctx, await writtenModel());
    const db = t.database.db;
    // A draft is not frozen, so the database lets this through: the checksum is what finds it.
    await sql`
      update document_version set model_json = replace(model_json, '45\u00a0333', '54\u00a0333'),
        html = replace(html, '45\u00a0333', '54\u00a0333')
      where id = ${draft.id}`.execute(db);
    const opened = await t.request<VersionDetail>('GET', `/api/v1/documents/versions/${draft.id}`);
    expect(opened.body.integrity).toMatch(/^VARNING: Version \d+ stämmer inte med sin kontrollsumma\. /);
    expect(opened.body.integrity).toContain('Dokumentmodellens kontrollsumma är');
    expect(opened.body.integrity).toContain('Den sparade HTML-filen är inte den som sparades med versionen.');
    // The file is the stored one – never rendered again – and opens with the warning.
    const html = await t.inject({ method: 'GET', url: `/api/v1/documents/versions/${draft.id}/file` });
    expect(html.headers['x-verksam-integrity']).toBe('mismatch');
    expect(html.body).toContain('<div role="alert" class="integrity-alert"');
    expect(html.body).toContain('54\u00a0333');
    const review = await act(draft, 'submit');
    const approve = await act(review.body, 'approve');
    expect(approve.status).toBe(409);
    expect(approve.body.error.message).toMatch(/^VARNING: Version \d+ stämmer inte med sin kontrollsumma/);
  }, 60_000);
});

describe('comparing two versions', () => {
  it('shows the changed figures cell by cell and the changed text, side by side', async () => {
    const first = await approvedVersion();
    const second = await saveDraftVersion(
      ctx,
      await writtenModel((model) => ({
        ...model,
        blocks: [
          ...model.blocks.map((block) =>
            block.kind === 'table' && block.table.caption.startsWith('Investeringar')
              ? {
                  ...block,
                  table: {
                    ...block.table,
                    groups: block.table.groups.map((group) => ({
                      ...group,
                      rows: group.rows.map((row) =>
                        row.header.text === 'Investeringar IT-utrustning'
                          ? {
                              ...row,
                              cells: row.cells.map((cell, index) =>
                                index === 0 ? { ...cell, text: '45\u00a0000' } : cell,
                              ),
                            }
                          : row,
                      ),
                    })),
                  },
                }
              : block,
          ),
          { kind: 'paragraph' as const, text: 'Ett nytt stycke.' },
        ],
      })),
    );
    // Asked in either order, the earlier version is "before".
    const compared = await t.request<{
      before: VersionDetail;
      after: VersionDetail;
      summary: string;
      items: Array<{ kind: string; status: string; caption?: string; after?: string; rows?: unknown[] }>;
    }>('GET', `/api/v1/documents/version-comparison?first=${second.id}&second=${first.id}`);
    expect(compared.status, JSON.stringify(compared.body)).toBe(200);
    expect(compared.body.before.id).toBe(first.id);
    expect(compared.body.after.id).toBe(second.id);
    const investments = compared.body.items.find((item) => item.kind === 'table');
    expect(investments?.rows).toEqual([
      expect.objectContaining({
        header: 'Investeringar IT-utrustning',
        status: 'changed',
        cells: expect.arrayContaining([{ before: '45\u00a0333', after: '45\u00a0000', changed: true }]),
      }),
    ]);
    expect(compared.body.items).toContainEqual(
      expect.objectContaining({ kind: 'text', status: 'added', after: 'Ett nytt stycke.' }),
    );
    expect(compared.body.summary).toMatch(/^\d+ delar skiljer sig: /);
  }, 60_000);
});
