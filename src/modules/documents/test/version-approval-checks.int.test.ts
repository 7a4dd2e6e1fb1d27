/**
 * A document version is not approved while the consistency checks hold an open "fel" (issue 9 item 3,
 * docs/adr/0017-consistency-checks.md), on both engines: VSS's verksamhetsberättelse 2019 – which has no fel
 * of its own in the demo – is refused while an indicator of VSS reports more men and women than its total
 * in Bokslut 2019, stays where it was, and is approved, the same version, once the error is acknowledged on
 * Kontroller. A version whose own content contradicts itself (a sum that is not its rows') is refused too,
 * until that error is acknowledged on Kontroller, where the versions not yet frozen are listed with their own
 * findings. Without a module that provides findings, approval is as before.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { ConsistencyReportDto, DocumentVersionFindingsDto } from '../../consistency/contract.ts';
import type { Ctx } from '../../context.ts';
import { MODULES } from '../../registry.ts';
import { buildDocument } from '../document-service.ts';
import type { DocumentModel } from '../domain/document.ts';
import { provideDraftFindings } from '../draft-findings.ts';
import { saveDraftVersion, type VersionDetail } from '../version-service.ts';

type ActBody = VersionDetail & { error: { message: string; code: string } };

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
  // The registry's providers back, whatever a test did.
  provideDraftFindings(MODULES.flatMap((module) => (module.draftFindings ? [module.draftFindings] : [])));
  await t?.close();
});

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** VSS's verksamhetsberättelse 2019 as generated, with the texts' placeholders taken out (or changed). */
async function writtenModel(change: (model: DocumentModel) => DocumentModel = (model) => model) {
  const model = await buildDocument(ctx, { unitId: vssId, year: 2019, type: 'annual' });
  return change({
    ...model,
    blocks: model.blocks.filter((block) => !(block.kind === 'notice' && block.placeholder)),
  });
}

/** The investments' "Summa investeringar" printed as 46 170 tkr, though its rows sum to 46 070. */
const wrongSum = (model: DocumentModel): DocumentModel => ({
  ...model,
  blocks: model.blocks.map((block) =>
    block.kind === 'table' && block.table.caption.startsWith('Investeringar')
      ? {
          ...block,
          table: {
            ...block.table,
            groups: block.table.groups.map((group) => ({
              ...group,
              rows: group.rows.map((row) =>
                row.header.text === 'Summa investeringar'
                  ? {
                      ...row,
                      cells: row.cells.map((cell, index) =>
                        index === 0 ? { ...cell, text: '46\u00a0170' } : cell,
                      ),
                    }
                  : row,
              ),
            })),
          },
        }
      : block,
  ),
});

async function act(version: VersionDetail, action: string): Promise<{ status: number; body: ActBody }> {
  return t.request('POST', `/api/v1/documents/versions/${version.id}/actions`, {
    action,
    version: version.version,
  });
}

/** A version of written texts, sent for review. */
async function inReview(change?: (model: DocumentModel) => DocumentModel): Promise<VersionDetail> {
  const draft = await saveDraftVersion(ctx, await writtenModel(change));
  const review = await act(draft, 'submit');
  expect(review.status, JSON.stringify(review.body)).toBe(200);
  return review.body;
}

async function stored(version: VersionDetail): Promise<VersionDetail> {
  return (await t.request<VersionDetail>('GET', `/api/v1/documents/versions/${version.id}`)).body;
}

/** Refused: in review still, the same record version, not approved, nothing frozen. */
async function expectUnmoved(version: VersionDetail): Promise<void> {
  expect(await stored(version)).toMatchObject({
    state: 'readyForReview',
    version: version.version,
    contentHash: version.contentHash,
    frozen: false,
    approvedAt: null,
    approvedByName: null,
    hasPdf: false,
  });
}

const FINDINGS = '/api/v1/consistency/findings?org=VSS&year=2019&round=closing';
const DOCUMENT_FINDINGS = '/api/v1/consistency/document-findings?org=VSS&year=2019&round=closing';

const OWN_ERROR_OPEN =
  '1 fel i dokumentets egna kontroller är varken rättat eller kvitterat. Se Kontroller för Verksamhetsstöd ' +
  'och service, bokslut 2019. Dokumentets egna fel står också i versionen vid det de gäller: rätta det som ' +
  'ger dem och skapa en ny version, eller kvittera dem med skäl på Kontroller.';

/** The versions in draft or review Kontroller lists, each with the findings of its own content. */
async function documentFindings(): Promise<DocumentVersionFindingsDto['versions']> {
  const response = await t.request<DocumentVersionFindingsDto>('GET', DOCUMENT_FINDINGS);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.versions;
}

function acknowledge(payload: Record<string, unknown>) {
  return t.inject({
    method: 'POST',
    url: '/api/v1/consistency/acknowledgements',
    payload: { org: 'VSS', year: 2019, round: 'closing', ...payload },
  });
}

describe('approving a version while the checks hold an open fel', () => {
  it('refuses a version whose own content holds a fel, and Kontroller knows nothing of it among the unit’s findings', async () => {
    const review = await inReview(wrongSum);
    const refused = await act(review, 'approve');
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.code).toBe('documents.approval_blocked');
    expect(refused.body.error.message).toBe(`Version ${review.number} kan inte godkännas: ${OWN_ERROR_OPEN}`);
    await expectUnmoved(review);
    // Kontroller for the unit knows nothing of it: the unit's check has no fel.
    const report = await t.request<ConsistencyReportDto>('GET', FINDINGS);
    expect(report.body.findings.filter((finding) => finding.severity === 'fel')).toEqual([]);
  }, 60_000);

  it('refuses while the unit’s check holds an open fel, and approves the same version once it is acknowledged', async () => {
    const { rows } = await sql<{ id: string }>`
      select id from goal where org_unit_id = ${vssId} and name = 'Goda arbetsplatser'`.execute(
      t.database.db,
    );
    const goalId = rows[0]?.id as string;
    const closingId = (await writtenModel()).meta.roundId as string;
    const indicator = await created<{ id: string }>('/api/v1/goals/indicators', {
      goalId,
      name: 'Genomförda medarbetarsamtal',
      unit: 'antal',
      isGenderSplit: true,
    });
    // 70 men and 60 women of 120: parts above their total, a fel on Kontroller.
    await created('/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: closingId,
      year: 2019,
      toMonth: 12,
      total: '120',
      men: '70',
      women: '60',
    });
    const review = await inReview();

    const refused = await act(review, 'approve');
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.code).toBe('documents.approval_blocked');
    expect(refused.body.error.message).toBe(
      `Version ${review.number} kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat. ` +
        'Se Kontroller för Verksamhetsstöd och service, bokslut 2019.',
    );
    await expectUnmoved(review);

    // With the document's own fel as well, both are said, each with where to look.
    const both = await inReview(wrongSum);
    const refusedBoth = await act(both, 'approve');
    expect(refusedBoth.status).toBe(409);
    expect(refusedBoth.body.error.message).toBe(
      `Version ${both.number} kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat och ` +
        '1 fel i dokumentets egna kontroller är varken rättat eller kvitterat. Se Kontroller för ' +
        'Verksamhetsstöd och service, bokslut 2019. Dokumentets egna fel står också i versionen vid det de ' +
        'gäller: rätta det som ger dem och skapa en ny version, eller kvittera dem med skäl på Kontroller.',
    );
    await expectUnmoved(both);

    // Acknowledged on Kontroller, through the consistency module's API.
    const report = await t.request<ConsistencyReportDto>('GET', FINDINGS);
    const open = report.body.findings.filter(
      (finding) => finding.severity === 'fel' && finding.acknowledgement === null,
    );
    expect(open.map((finding) => finding.ruleId)).toEqual(['gender-parts-sum']);
    const acknowledged = await t.inject({
      method: 'POST',
      url: '/api/v1/consistency/acknowledgements',
      payload: {
        org: 'VSS',
        year: 2019,
        round: 'closing',
        key: open[0]?.key,
        reason: 'Samtalen räknas per samtal, inte per person; rättas i nästa bokslut.',
      },
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(201);

    // The same version, as read, now goes through.
    const approved = await act(review, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', frozen: true, integrity: null });
    // The document's own fel is not covered by an acknowledgement on Kontroller.
    const stillRefused = await act(both, 'approve');
    expect(stillRefused.status).toBe(409);
    expect(stillRefused.body.error.message).toBe(
      `Version ${both.number} kan inte godkännas: ${OWN_ERROR_OPEN}`,
    );
  }, 60_000);

  it('acknowledges a version’s own fel on Kontroller: the same version is approved, and a later one with the same contradiction', async () => {
    const review = await inReview(wrongSum);
    expect((await act(review, 'approve')).body.error.message).toBe(
      `Version ${review.number} kan inte godkännas: ${OWN_ERROR_OPEN}`,
    );
    // Kontroller lists the versions not frozen, each with its own findings as its approval reads them.
    const listed = (await documentFindings()).find((version) => version.id === review.id);
    expect(listed).toMatchObject({
      number: review.number,
      state: 'readyForReview',
      title: 'Verksamhetsberättelse 2019',
      roundKind: 'closing',
    });
    const errors = (listed?.findings ?? []).filter((finding) => finding.severity === 'fel');
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ ruleId: 'document-total-not-sum', acknowledgement: null });
    expect(error?.place).toContain('Summa investeringar');

    // A key of another version's, a wrong key or a frozen version: refused in Swedish, nothing stored.
    const wrongKey = await acknowledge({ documentVersion: review.id, key: 'nej', reason: 'Prov.' });
    expect(wrongKey.statusCode).toBe(422);
    expect(wrongKey.json().error.message).toBe(
      `Fyndet finns inte bland de egna kontrollerna av Verksamhetsberättelse 2019, version ${review.number}. ` +
        'Läs in Kontroller igen.',
    );
    const approvedBefore = (await documentFindings()).map((version) => version.id);
    const gone = await acknowledge({
      documentVersion: '00000000-0000-4000-8000-000000000000',
      key: error?.key,
      reason: 'Prov.',
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toMatch(
      /^Dokumentversionen 00000000-0000-4000-8000-000000000000 finns inte/,
    );
    expect((await documentFindings()).map((version) => version.id)).toEqual(approvedBefore);

    const reason = 'Summan räknas om när investeringsramen är beslutad; rättas i nästa version.';
    const saved = await acknowledge({ documentVersion: review.id, key: error?.key, reason });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ key: error?.key, reason, roundKind: 'closing' });
    const after = (await documentFindings()).find((version) => version.id === review.id);
    expect(after?.summary).toMatch(/^Dokumentets egna kontroller: 1 fel \(varav 1 kvitterat\), /);
    expect(after?.findings.find((finding) => finding.key === error?.key)?.acknowledgement).toMatchObject({
      reason,
    });
    // Twice is refused.
    const again = await acknowledge({ documentVersion: review.id, key: error?.key, reason });
    expect(again.statusCode).toBe(409);

    const approved = await act(review, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', frozen: true });
    // Frozen, it is no longer listed, and its findings are no longer acknowledged.
    expect((await documentFindings()).some((version) => version.id === review.id)).toBe(false);
    const frozen = await acknowledge({ documentVersion: review.id, key: error?.key, reason });
    expect(frozen.statusCode).toBe(404);

    // The acknowledgement names the contradiction, not the version: a later version with it is approved too.
    const later = await inReview(wrongSum);
    expect((await act(later, 'approve')).status).toBe(200);

    // Withdrawn, the error is open again and stops the next version.
    const withdrawn = await t.inject({
      method: 'DELETE',
      url: `/api/v1/consistency/acknowledgements/${saved.json().id}?version=${saved.json().version}`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    const last = await inReview(wrongSum);
    expect((await act(last, 'approve')).body.error.message).toBe(
      `Version ${last.number} kan inte godkännas: ${OWN_ERROR_OPEN}`,
    );
  }, 90_000);

  it('approves as before where no module provides findings (documents without consistency)', async () => {
    const review = await inReview(wrongSum);
    provideDraftFindings([]);
    try {
      const approved = await act(review, 'approve');
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(approved.body.state).toBe('approved');
    } finally {
      provideDraftFindings(MODULES.flatMap((module) => (module.draftFindings ? [module.draftFindings] : [])));
    }
  }, 60_000);
});
