/** A small whole-year ledger for the economy's integration tests, loaded through the API as a user would. */
import type { TestApp } from '../../../../test/app-harness.ts';

/** A whole-year 2023 ledger: VOE revenues 1 200 000 and costs 1 000 000,50 kr; LKDATA costs 500 000 kr. */
export const WHOLE_YEAR_2023 = [
  '#FLAGGA 0',
  '#PROGRAM "Verksam test" 1.0',
  '#FORMAT PC8',
  '#GEN 20240110',
  '#SIETYP 4',
  '#FNAMN "Linköpings kommun"',
  '#RAR 0 20230101 20231231',
  '#KONTO 1510 "Kundfordringar"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#KONTO 3410 "Interna intäkter"',
  '#KONTO 4010 "Löner"',
  '#DIM 1 "Kostnadsställe"',
  '#OBJEKT 1 "VOE" "Ekonomi"',
  '#OBJEKT 1 "LKDATA" "LKDATA"',
  '#VER A 1 20230115 "Löner"',
  '{',
  '   #TRANS 4010 {1 "VOE"} 1000000.50',
  '   #TRANS 2440 {} -1000000.50',
  '}',
  '#VER A 2 20231220 "Intäkter"',
  '{',
  '   #TRANS 3410 {1 "VOE"} -1200000',
  '   #TRANS 1510 {} 1200000',
  '}',
  '#VER A 3 20230810 "Drift"',
  '{',
  '   #TRANS 4010 {1 "LKDATA"} 500000.00',
  '   #TRANS 2440 {} -500000',
  '}',
];

/** Loads the ledger as a user would (upload, job) and answers how the job ended, or that it was refused. */
export async function loadLedger(t: TestApp, lines: readonly string[] = WHOLE_YEAR_2023): Promise<string> {
  const uploaded = await t.inject({
    method: 'POST',
    url: '/api/v1/files?name=huvudbok-2023.se',
    headers: { 'content-type': 'text/plain' },
    payload: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  });
  const started = await t.request<{ id: string }>('POST', '/api/v1/economy/ledger-imports', {
    fileId: JSON.parse(uploaded.body).id,
    year: 2023,
    firstMonth: 1,
    lastMonth: 12,
  });
  if (started.status !== 202) {
    return `refused ${started.status}`;
  }
  for (;;) {
    const job = await t.request<{ status: string; error: unknown }>('GET', `/api/v1/jobs/${started.body.id}`);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') {
      return job.body.status;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
