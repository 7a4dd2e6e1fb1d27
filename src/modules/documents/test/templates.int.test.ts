/**
 * Stored templates on both engines (docs/adr/0029-stored-templates.md): central staff save a new version of a
 * document type's template – sections, order, headings, tables and their options – and the next document is
 * made from it, saying which version made it; the texts the round asks for follow. A template is checked in
 * Swedish, field by field, and nothing is saved when it is wrong; a save on top of a newer version is
 * refused; a controller of one unit may not save; a saved version never changes, not even by direct SQL;
 * and the versions travel in the data package, where a changed version is refused.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { TemplateDetail } from '../contract.ts';
import { templateProblems } from '../domain/template-rules.ts';
import { BUILTIN_TEMPLATES, type SectionSpec } from '../domain/templates.ts';
import { templateCatalogue } from '../template-service.ts';

let t: TestApp;
let vssId: string;

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string; value?: unknown }[] };
}
type PackageBody = Record<string, unknown> & { documentTemplates?: Record<string, unknown>[] };

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
  const { rows } = await sql<{ id: string }>`select id from org_unit where code = 'VSS'`.execute(
    t.database.db,
  );
  vssId = rows[0]?.id as string;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const annualHtml = async () => {
  const response = await t.inject({
    method: 'GET',
    url: `/api/v1/documents/render?unitId=VSS&year=2019&type=annual&format=html`,
  });
  expect(response.statusCode).toBe(200);
  return response.body;
};

/** The annual template with the outlook left out, the personnel table added after the volumes. */
function editedAnnual(): SectionSpec[] {
  return BUILTIN_TEMPLATES.annual.sections.flatMap((section): SectionSpec[] => {
    if (section.kind === 'text' && section.key === 'outlook') {
      return [];
    }
    if (section.kind === 'generated' && section.generator === 'volumes.table') {
      return [
        section,
        {
          kind: 'generated',
          generator: 'volumes.table',
          level: 2,
          heading: 'Personal i siffror',
          emptyText: 'Inga personalmått är registrerade för {year}.',
          options: { kind: 'personnel', layout: 'annual' },
        },
      ];
    }
    return [section];
  });
}

describe('stored templates', () => {
  it('ship five templates that pass their own checks, which only central staff may change', async () => {
    for (const template of Object.values(BUILTIN_TEMPLATES)) {
      expect(templateProblems(template, templateCatalogue()), template.type).toEqual([]);
    }
    const list = await t.request<{ templates: { type: string; number: number }[]; mayEdit: boolean }>(
      'GET',
      '/api/v1/documents/templates',
    );
    expect(list.status).toBe(200);
    expect(list.body.mayEdit).toBe(true);
    expect(list.body.templates.map(({ type, number }) => [type, number])).toEqual([
      ['annual', 4],
      ['interim', 4],
      ['budget', 2],
      ['internalControlPlan', 1],
      ['municipal', 2],
    ]);
    const controller = await t.as('controller', vssId);
    const seen = await controller.request<TemplateDetail>('GET', '/api/v1/documents/templates/annual');
    expect(seen.status).toBe(200);
    expect(seen.body.mayEdit).toBe(false);
    expect(seen.body.generators.map((generator) => generator.name)).toContain('economy.operatingStatement');
    expect(seen.body.generators.map((generator) => generator.name)).not.toContain('narratives.text');
    const refused = await controller.request<ErrorBody>('POST', '/api/v1/documents/templates/annual', {
      basedOn: 4,
      title: 'Verksamhetsberättelse {year}',
      sections: editedAnnual(),
    });
    expect(refused.status).toBe(403);
  });

  it('refuses a wrong template field by field in Swedish and saves nothing', async () => {
    const sections: SectionSpec[] = [
      { kind: 'text', key: 'mission', level: 2, heading: 'Uppdrag {år}' },
      { kind: 'text', key: 'mission', level: 2, heading: 'Igen' },
      {
        kind: 'generated',
        generator: 'economy.operatingStatement',
        level: 2,
        heading: 'Driftsammandrag',
        emptyText: 'Inget.',
        options: { unit: 'euro', columns: 3 },
      },
      { kind: 'generated', generator: 'economy.unknown', level: 2, heading: null, emptyText: 'Inget.' },
    ];
    const refused = await t.request<ErrorBody>('POST', '/api/v1/documents/templates/annual', {
      basedOn: 4,
      title: 'Verksamhetsberättelse {year}',
      sections,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe('Mallen kan inte sparas: 5 fel, se listan.');
    expect(refused.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      [
        'sections.0.heading',
        'Avsnitt 1 (”Uppdrag {år}”): platshållaren {år} finns inte; använd {year}, {unit} eller {period}.',
      ],
      [
        'sections.1.key',
        'Avsnitt 2 (”Igen”): texten ”mission” finns redan i avsnitt 1 (”Uppdrag {år}”); en text står på ett ställe i mallen.',
      ],
      [
        'sections.2.options.unit',
        'Avsnitt 3 (”Driftsammandrag”): Enhet kan inte vara ”euro”; välj ”kr”, ”tkr”, ”mnkr”.',
      ],
      [
        'sections.2.options.columns',
        'Avsnitt 3 (”Driftsammandrag”): ”Driftsammandrag” har inget val ”columns” (valen är unit, planYears, detailRows, period).',
      ],
      ['sections.3.generator', 'Avsnitt 4: det finns ingen genererad del som heter ”economy.unknown”.'],
    ]);
    const after = await t.request<TemplateDetail>('GET', '/api/v1/documents/templates/annual');
    expect(after.body.current.number).toBe(4);
    expect(after.body.versions).toHaveLength(1);
  });

  it('makes the next document from a saved version, and the round asks for the texts it names', async () => {
    expect(await annualHtml()).toContain('Text saknas: Framåtblick');
    const saved = await t.request<{ number: number; savedByName: string }>(
      'POST',
      '/api/v1/documents/templates/annual',
      {
        basedOn: 4,
        title: 'Verksamhetsberättelse {year} för {unit}',
        sections: editedAnnual(),
        note: 'Personalen efter volymerna; framåtblicken i förvaltningens eget dokument.',
      },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.number).toBe(5);

    const html = await annualHtml();
    expect(html).toContain('Verksamhetsberättelse 2019 för Verksamhetsstöd och service');
    expect(html).toContain('Personal i siffror');
    expect(html).not.toContain('Framåtblick');
    expect(html).toContain('mallversion 5');

    const { rows } = await sql<{ id: string }>`
      select id from reporting_round where year = 2019 and kind = 'closing'`.execute(t.database.db);
    const texts = await t.request<{ texts: { key: string }[] }>(
      'GET',
      `/api/v1/narratives?orgUnit=VSS&year=2019&round=${rows[0]?.id}`,
    );
    expect(texts.status).toBe(200);
    expect(texts.body.texts.map((slot) => slot.key)).not.toContain('outlook');
    expect(texts.body.texts.map((slot) => slot.key)).toContain('mission');

    const stale = await t.request<ErrorBody>('POST', '/api/v1/documents/templates/annual', {
      basedOn: 4,
      title: 'Verksamhetsberättelse {year}',
      sections: BUILTIN_TEMPLATES.annual.sections,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/^Mallen har sparats i en nyare version \(5\) av /);

    const older = await t.request<{ number: number; sections: SectionSpec[] }>(
      'GET',
      '/api/v1/documents/templates/annual/versions/4',
    );
    expect(older.status).toBe(200);
    expect(older.body.sections).toEqual(BUILTIN_TEMPLATES.annual.sections);
    const missing = await t.request<ErrorBody>('GET', '/api/v1/documents/templates/annual/versions/9');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Mallen för verksamhetsberättelse har ingen version 9.');
  });

  it('never changes a saved version, whoever asks: the database refuses direct SQL too', async () => {
    const db = t.database.db;
    await expect(sql`update document_template set title = 'Ändrad'`.execute(db)).rejects.toThrow(
      /never changes/,
    );
    await expect(sql`delete from document_template`.execute(db)).rejects.toThrow(/never changes/);
    await expect(sql`truncate document_template`.execute(db)).rejects.toThrow(/never changes/);
    const { rows } = await sql<{ title: string }>`select title from document_template`.execute(db);
    expect(rows.map((row) => row.title)).toEqual(['Verksamhetsberättelse {year} för {unit}']);
  });

  it('travel in the data package: read back unchanged, a new version added, a changed one refused', async () => {
    const exported = await t.request<PackageBody>('GET', '/api/v1/data-package/export?org=VSS&year=2019');
    expect(exported.status).toBe(200);
    const [annual] = exported.body.documentTemplates ?? [];
    expect(annual).toMatchObject({ id: 'annual', versions: [{ number: 5, note: expect.any(String) }] });

    const again = await t.request<{ unchanged: Record<string, number> }>(
      'POST',
      '/api/v1/data-package/import',
      exported.body,
    );
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.unchanged).toMatchObject({ documentTemplates: 1 });

    const versions = (annual as { versions: Record<string, unknown>[] }).versions;
    const changed = { ...versions[0], title: 'Annan titel {year}' };
    const refused = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', {
      ...exported.body,
      documentTemplates: [{ id: 'annual', versions: [changed] }],
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body.error.fields)).toContain(
      'Mallen för verksamhetsberättelse version 5 finns redan med annat innehåll; en sparad mallversion ändras aldrig.',
    );

    const added = await t.request('POST', '/api/v1/data-package/import', {
      ...exported.body,
      documentTemplates: [{ id: 'annual', versions: [versions[0], { ...changed, number: 6 }] }],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const now = await t.request<TemplateDetail>('GET', '/api/v1/documents/templates/annual');
    expect(now.body.current).toMatchObject({ number: 6, title: 'Annan titel {year}' });
  });

  it('take a text in a package under a key that only the package’s own template version has', async () => {
    const exported = await t.request<PackageBody>('GET', '/api/v1/data-package/export?org=VSS&year=2019');
    const { rows } = await sql<{ id: string }>`
      select id from reporting_round where year = 2019 and kind = 'closing'`.execute(t.database.db);
    const [annual] = (exported.body.documentTemplates ?? []) as { versions: { sections: SectionSpec[] }[] }[];
    const newest = annual?.versions.at(-1) as { number: number; sections: SectionSpec[] };
    const withPersonnel = {
      ...newest,
      number: 7,
      sections: [
        ...newest.sections,
        { kind: 'text', key: 'personnelAnalysis', level: 2, heading: 'Personal' },
      ],
    };
    const text = (key: string) => ({
      id: crypto.randomUUID(),
      orgUnit: 'VSS',
      reportingRoundId: rows[0]?.id,
      key,
      body: '<p>Personalen har ökat.</p>',
    });
    const unknown = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', {
      ...exported.body,
      narrativeTexts: [text('personnelAnalysis')],
    });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body.error.fields)).toContain('personnelAnalysis');

    const both = {
      ...exported.body,
      documentTemplates: [{ id: 'annual', versions: [...(annual?.versions ?? []), withPersonnel] }],
      narrativeTexts: [text('personnelAnalysis')],
    };
    // A dry run writes nothing, so the text's checker reads the package's template, not the database's.
    const tried = await t.request('POST', '/api/v1/data-package/import?dryRun=true', both);
    expect(tried.status, JSON.stringify(tried.body)).toBe(200);
    const brought = await t.request('POST', '/api/v1/data-package/import', both);
    expect(brought.status, JSON.stringify(brought.body)).toBe(200);
    expect(await annualHtml()).toContain('Personalen har ökat.');
  });
});
