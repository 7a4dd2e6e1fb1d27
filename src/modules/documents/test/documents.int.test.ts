/**
 * The documents from the demo, on both engines: VSS's verksamhetsberättelse 2019 holds the tables of seed
 * 002 figure for figure (driftsammandrag 002:134-147, indicator tables 002:400-427, investments
 * 002:171-177, the goals' verdicts) and marks the texts still to be written; its delårsrapport per 31
 * augusti 2019 prints the driftsammandrag of 004:169-206; the förvaltningsbudget 2023 prints the
 * driftsammandrag of 000:304-319; a year without a ledger says so; the PDF is a real PDF with the same
 * headings and figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';

let t: TestApp;
const documents = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function html(query: string): Promise<string> {
  const cached = documents.get(query);
  if (cached !== undefined) {
    return cached;
  }
  const response = await t.inject({ method: 'GET', url: `/api/v1/documents/render?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  documents.set(query, response.body);
  return response.body;
}

const ANNUAL_2019 = 'unitId=VSS&year=2019&type=annual';
const INTERIM_2019 = 'unitId=VSS&year=2019&type=interim';

/** The visible text of some HTML, footnote markers left out. */
function text(fragment: string): string {
  return fragment
    .replace(/<sup[^>]*>.*?<\/sup>/g, '')
    .replace(/<span class="visually-hidden">.*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Every table row of a document as "header | cell | cell", in order. */
function rows(page: string): string[] {
  return [...page.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<t([hd])( [^>]*)?>(.*?)<\/t\1>/g)]
      .filter((cell) => !(cell[2] ?? '').includes('scope="rowgroup"'))
      .map((cell) => text(cell[3] ?? ''))
      .join(' | '),
  );
}

/** The row headed `header` and the `count` rows after it (its gender rows). */
function rowsFrom(page: string, header: string, count = 0): string[] {
  const all = rows(page);
  const start = all.findIndex((row) => row.startsWith(`${header} |`));
  expect(start, header).toBeGreaterThanOrEqual(0);
  return all.slice(start, start + count + 1);
}

/** The rows of the first table after `marker` (a heading), as `rows` reads them. */
function tableAfter(page: string, marker: string): string[] {
  const at = page.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const rest = page.slice(at);
  const table = rest.slice(rest.indexOf('<table'), rest.indexOf('</table>') + 8);
  return rows(table);
}

describe('the verksamhetsberättelse 2019 of VSS', () => {
  it('is one accessible page: language, cover, contents linked to real headings, 002’s chapter order', async () => {
    const page = await html(ANNUAL_2019);
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<h1>Verksamhetsberättelse 2019</h1>');
    const chapters = [...page.matchAll(/<h2 id="([^"]+)" class="chapter">([^<]+)<\/h2>/g)];
    // 002:11-27: the chapters in the seed's order.
    expect(chapters.map((match) => match[2])).toEqual([
      'Förvaltningschefens bedömning och analys',
      'Viktiga beslut och händelser',
      'Framåtblick',
      'Ekonomi',
      'Uppföljning av mål och inriktning',
      'Uppföljning av förvaltningens verksamhet',
      'Uppföljning av förvaltningsindikatorer',
    ]);
    for (const [, id] of chapters) {
      expect(page).toContain(`<a href="#${id}">`);
    }
  });

  it('prints the indicator tables of 002:400-427 cell for cell', async () => {
    const page = await html(ANNUAL_2019);
    expect(rowsFrom(page, 'Total sjukfrånvaro', 2)).toEqual([
      'Total sjukfrånvaro | 4,16 | 3,94 | 3,82 | 3,5 | Ej uppfyllt', // 002:401
      'Kvinnor | 4,77 | 4,23 | 4,48 | 3,5 | Ej uppfyllt', // 002:403
      'Män | 3,51 | 3,63 | 2,94 | 3,0 | Uppfyllt', // 002:402
    ]);
    expect(rowsFrom(page, 'Chefers sjukfrånvaro')).toEqual([
      'Chefers sjukfrånvaro | 0,47 | 0,39 | 2,15 | 1,3 | Ej uppfyllt', // 002:412
    ]);
    expect(rowsFrom(page, 'Extern personalomsättning')).toEqual([
      'Extern personalomsättning | 5,9 | 7,3 | 8,4 | 6,0 | Ej uppfyllt', // 002:419
    ]);
    expect(rowsFrom(page, 'Balanstal chefer')).toEqual([
      'Balanstal chefer | 0,89 | 1,01 | 1,08 | 0,96 | Uppfyllt', // 002:425
    ]);
    // 002:369: a goal without indicators says so.
    expect(page).toContain('Inga förvaltningsindikatorer för 2019.');
    // The statuses' words are explained, never left to colour.
    expect(page).toContain('<dt>Ej uppfyllt</dt>');
  });

  it('prints the investments of 002:171-177 and the verdicts of the goals', async () => {
    const page = await html(ANNUAL_2019);
    expect(rowsFrom(page, 'Investeringar IT-utrustning')).toEqual([
      'Investeringar IT-utrustning | 45 333 | 0 | 48 000 | 2 667 | 53 570', // 002:173
    ]);
    // 002:177 prints the variance 3 404, which its own columns contradict (48 000 − 46 070 = 1 930).
    expect(rowsFrom(page, 'Summa investeringar')).toEqual([
      'Summa investeringar | 46 070 | 0 | 48 000 | 1 930 | 55 388',
    ]);
    expect(rowsFrom(page, 'Goda arbetsplatser')).toEqual(['Goda arbetsplatser | Uppfyllt']);
    expect(rowsFrom(page, 'Effektiva inköp')).toEqual(['Effektiva inköp | Delvis uppfyllt']);
    expect(page).toContain('<p><strong>Bedömning:</strong> Delvis uppfyllt</p>');
  });

  it('prints the driftsammandrag of 002:134-147 figure for figure, the varav rows under the sum only', async () => {
    const page = await html(ANNUAL_2019);
    const statement = tableAfter(page, '>Driftsammandrag</h');
    expect(statement[0]).toBe('Verksamhet | Bokslut 2019 | Budget 2019 | Avvikelse | Bokslut 2018');
    // 002:135-141 as printed, in the organisation's order. The seed's "- 2 356" is the same −2 356.
    expect(statement.slice(1)).toEqual([
      'VSS ledning | −2 356 | 0 | −2 356 | 0',
      'LK-data | 15 362 | 500 | 14 862 | 8 811',
      'Kontakt Linköping | 5 027 | 0 | 5 027 | −39',
      'HR service | −232 | 0 | −232 | −1 050',
      'Ekonomiservice | −476 | 0 | −476 | 78',
      'Stadsarkivet | −24 | 0 | −24 | −398',
      // 002:142-144. The seed prints 8 198 under Bokslut 2018, whose rows add up to 7 402, and revenues of
      // 227 398; the units are stored as printed, so the sum is theirs and the revenues follow from it.
      'Summa | 17 301 | 500 | 16 801 | 7 402',
      'varav kostnader | 254 067 | 266 423 | 12 356 | 219 200',
      'varav intäkter | 271 368 | 266 923 | 4 445 | 226 602',
    ]);
  });

  it('says what is missing: the texts not yet written', async () => {
    const page = await html(ANNUAL_2019);
    expect(page).toContain('<p class="placeholder" role="note">Text saknas: Framåtblick</p>');
  });
});

describe('the delårsrapport per 31 augusti 2019 of VSS', () => {
  it('prints the result so far of 004:169-180 figure for figure, under a bare sum', async () => {
    const page = await html(INTERIM_2019);
    const statement = tableAfter(page, '>Driftsammandrag</h');
    expect(statement[0]).toBe(
      'Verksamhet | Utfall jan–aug 2019 | Utfall jan–aug 2018 | Förändring | Budget 2019 | Bokslut 2018',
    );
    expect(statement.slice(1).map((row) => row.split(' | ').slice(0, 4).join(' | '))).toEqual([
      'VSS ledning | −203 | 0 | −203',
      'LK-data | 12 976 | 5 916 | 7 060',
      'Kontakt Linköping | 2 787 | 647 | 2 140',
      'HR service | 433 | −653 | 1 086',
      'Ekonomiservice | −65 | 113 | −178',
      'Stadsarkivet | 87 | 412 | −325',
      'Summa | 16 015 | 6 435 | 9 580',
    ]);
  });

  it('prints the forecast of 004:184-206 figure for figure where the demo holds what it printed', async () => {
    const page = await html(INTERIM_2019);
    const statement = tableAfter(page, '>Prognos resultat 2019</h');
    expect(statement[0]).toBe(
      'Verksamhet | Utfall jan–aug 2019 | Prognos helår 2019 | Budget 2019 | Avvikelse | Bokslut 2018',
    );
    expect(
      statement.slice(1).map((row) =>
        row
          .split(' | ')
          .filter((_, index) => index !== 1)
          .join(' | '),
      ),
    ).toEqual([
      'VSS ledning | −945 | 0 | −945 | 0',
      // 004:196 prints LK-data's budget as 3 346, without the 2 846 it pays the municipality (004:207-208);
      // the demo holds the year's budget of 002:139, 500, so its variance is 15 334 where 004 has 12 488.
      'LK-data | 15 834 | 500 | 15 334 | 8 811',
      'Kontakt Linköping | 2 000 | 0 | 2 000 | −39',
      'HR service | 0 | 0 | 0 | −1 050',
      'Ekonomiservice | 0 | 0 | 0 | 78',
      // 004:197 prints Stadsarkivet's Bokslut 2018 as 0, 002:140 as −398.
      'Stadsarkivet | 0 | 0 | 0 | −398',
      'Summa | 16 889 | 500 | 16 389 | 7 402',
      'varav kostnader | 252 928 | 266 423 | 13 495 | 219 200',
      'varav intäkter | 269 817 | 266 923 | 2 894 | 226 602',
    ]);
  });
});

describe('the förvaltningsbudget 2023 of VSS', () => {
  it('prints the driftsammandrag with plan years of 000:304-319', async () => {
    const page = await html('unitId=VSS&year=2023&type=budget');
    expect(page).toContain('<h1>Förvaltningsbudget 2023</h1>');
    const all = rows(page);
    // 000:306 and 000:309, the same transcription as the economy module's demo test.
    expect(all).toEqual(
      expect.arrayContaining([
        'varav kostnader |  | 52 703 | 41 320 | 42 353 | 43 412 | 44 497 | 45 610 | 46 750',
        'varav kostnader |  | 211 127 | 235 000 | 240 875 | 246 897 | 253 069 | 259 396 | 265 881',
      ]),
    );
  });

  it('prints its Volymutveckling of 000:217-229 under its own heading, from the volumes module', async () => {
    const page = await html('unitId=VSS&year=2023&type=budget');
    const volumes = page.slice(page.indexOf('>Volymutveckling</h2>'), page.indexOf('>Personal</h2>'));
    expect(rows(volumes)).toEqual(
      expect.arrayContaining([
        'Ärenden HR-Direkt | 3 242 | 3 300 | 3 400 | 3 500 | 3 500 | 3 500 | 3 500 | 3 500',
        'Antal kök | 77 | 78 | 73 | 74 | 75 | 75 | 75 | 75',
      ]),
    );
    expect(page).toContain('<p class="placeholder" role="note">Text saknas: Kommentar</p>');
  });
});

describe('bad requests', () => {
  it('names the field and the value in Swedish', async () => {
    const wrongType = await t.inject({
      method: 'GET',
      url: '/api/v1/documents/render?unitId=VSS&year=2019&type=arsbok',
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields).toEqual([expect.objectContaining({ path: 'type' })]);
    const rounds = await t.request<{ id: string; year: number; name: string }[]>(
      'GET',
      '/api/v1/planning/rounds',
    );
    const round2023 = rounds.body.find((round) => round.year === 2023);
    const wrongYear = await t.inject({
      method: 'GET',
      url: `/api/v1/documents/render?unitId=VSS&year=2019&type=annual&roundId=${round2023?.id}`,
    });
    expect(wrongYear.statusCode).toBe(422);
    expect(wrongYear.json().error.message).toBe(
      `Uppföljningstillfälle: ”${round2023?.name}” hör inte till 2019. Välj ett uppföljningstillfälle för 2019.`,
    );
  });
});

describe('the PDF', () => {
  it('is a tagged A4 PDF with the headings and the figures of the HTML', async () => {
    const response = await t.inject({
      method: 'GET',
      url: `/api/v1/documents/render?${ANNUAL_2019}&format=pdf`,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="verksamhetsberattelse-2019-VSS.pdf"; ' +
        "filename*=UTF-8''Verksamhetsber%C3%A4ttelse%202019%20VSS.pdf",
    );
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Tagged (a structure tree for screen readers) and with bookmarks from the headings.
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Title (Driftsammandrag)');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-pdf-')), 'vb.pdf');
    fs.writeFileSync(file, bytes);
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Uppföljning av förvaltningsindikatorer');
    expect(pdfText).toContain('45 333');
    expect(pdfText).toMatch(/Sida 1 av \d+/);
  }, 60_000);
});

describe('the Word file and the Excel workbook', () => {
  async function download(format: 'docx' | 'xlsx') {
    const response = await t.inject({
      method: 'GET',
      url: `/api/v1/documents/render?${ANNUAL_2019}&format=${format}`,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="verksamhetsberattelse-2019-VSS.${format}"; ` +
        `filename*=UTF-8''Verksamhetsber%C3%A4ttelse%202019%20VSS.${format}`,
    );
    return response;
  }

  it('gives the Word file the chapters in heading styles and the figures of 002 in real tables', async () => {
    const response = await download('docx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*>Uppföljning av förvaltningsindikatorer</,
    );
    // 002:173 and 002:401, the same figures as the HTML, cell for cell in a Word table row (markers left out).
    const cellText = (cell: string) =>
      [...cell.matchAll(/<w:r>(.*?)<\/w:r>/g)]
        .filter((run) => !(run[1] ?? '').includes('superscript'))
        .map((run) => (run[1] ?? '').replace(/<[^>]+>/g, ''))
        .join('');
    const wordRows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)]
        .map((cell) => cellText(cell[0]))
        .join(' | ')
        .replace(/\u00a0/g, ' '),
    );
    expect(wordRows).toContain('Investeringar IT-utrustning | 45 333 | 0 | 48 000 | 2 667 | 53 570');
    // After the goal's cell, which spans its rows.
    expect(wordRows.find((row) => row.includes('Total sjukfrånvaro'))).toMatch(
      /\| Total sjukfrånvaro \| 4,16 \| 3,94 \| 3,82 \| 3,5 \| Ej uppfyllt$/,
    );
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('gives every table of the document its own Excel sheet, with the figures of 002 as numbers', async () => {
    const response = await download('xlsx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const page = await html(ANNUAL_2019);
    expect(book.worksheets.length).toBe([...page.matchAll(/<table /g)].length);
    const names = book.worksheets.map((sheet) => sheet.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // 002:173: the IT equipment's outcome 45 333 tkr, a number in the sheet.
    const found = book.worksheets.flatMap((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      return rows.filter((row) => row[0] === 'Investeringar IT-utrustning');
    });
    expect(found).toEqual([['Investeringar IT-utrustning', 45333, 0, 48000, 2667, 53570]]);
  });
});

describe('the municipality-wide compilation', () => {
  const MUNICIPAL_2019 = 'unitId=LINKOPING&year=2019&type=municipal';
  /** The document's headings as "level text", in order. */
  const headingsOf = (page: string) =>
    [...page.matchAll(/<h([1-4])[^>]*>(.*?)<\/h\1>/g)].map((match) => `${match[1]} ${text(match[2] ?? '')}`);

  it('gives every board and förvaltning a part under its name, in the tree’s order, from the same generators', async () => {
    const page = await html(MUNICIPAL_2019);
    const headings = headingsOf(page);
    expect(headings[0]).toBe('1 Kommunövergripande sammanställning 2019');
    const ks = headings.indexOf('2 Kommunstyrelsen');
    const vss = headings.indexOf('2 Verksamhetsstöd och service');
    // The executive board, then the förvaltning under it; each with its goal fulfilment and its economy.
    expect(ks).toBeGreaterThan(0);
    expect(vss).toBeGreaterThan(ks);
    expect(headings.slice(vss + 1, vss + 4)).toEqual([
      '3 Måluppfyllelse',
      '3 Driftsammandrag',
      '3 Målredovisning',
    ]);
    // VSS's verdicts of 2019 (002:262-274) are in its part, as in its own verksamhetsberättelse.
    const vssPart = page.slice(page.indexOf('>Verksamhetsstöd och service</h2>'));
    const ownSummary = rows(await html(ANNUAL_2019)).find((row) => row.startsWith('Goda arbetsplatser'));
    expect(ownSummary).toBeDefined();
    expect(rows(vssPart)).toContain(ownSummary);
    // A board without goals in 2019 says so rather than vanishing.
    const ksPart = page.slice(
      page.indexOf('>Kommunstyrelsen</h2>'),
      page.indexOf('>Verksamhetsstöd och service</h2>'),
    );
    expect(text(ksPart)).toContain('Inga bedömningar av förvaltningsmålen är gjorda för Bokslut 2019.');
  });

  it('is stored as a version like the other documents', async () => {
    const draft = await t.inject({
      method: 'POST',
      url: '/api/v1/documents/versions',
      payload: { unitId: 'LINKOPING', year: 2019, type: 'municipal' },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({
      title: 'Kommunövergripande sammanställning 2019',
      number: 1,
    });
  });
});

describe('the economy’s charts in the reports', () => {
  it('draws costs and revenues per verksamhet under the driftsammandrag, with the chart’s table', async () => {
    const page = await html('unitId=VSS&year=2023&type=annual');
    const section = page.slice(page.indexOf('>Kostnader och intäkter per verksamhet</h'));
    expect(section).toContain('<svg');
    // The chart's figures as a table too (never the picture alone), from the same ledger as the statement.
    expect(rows(section.slice(0, section.indexOf('</table>') + 8)).length).toBeGreaterThan(1);
  });

  it('says so where a year has no ledger, rather than drawing an empty chart', async () => {
    const page = await html('unitId=VSS&year=2021&type=annual');
    const section = page.slice(page.indexOf('>Kostnader och intäkter per verksamhet</h'));
    expect(section.slice(0, 400)).toContain('Ingen huvudbok eller budget är inläst för 2021.');
    expect(section.slice(0, 400)).not.toContain('<svg');
  });
});
