/**
 * Journey: moving data in and out from the command line, with and without a running server, and what
 * happens when a second process tries to open the embedded database's folder: a second server is refused,
 * the CLI waits for a server that is still starting, and a folder without a database is not filled with an
 * empty one by mistake.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { encodeCp437, syntheticLedgerLines } from '../src/modules/economy/domain/index.ts';
import {
  type AppServer,
  launchAppServer,
  newDataDir,
  ROOT,
  signIn,
  startAppServer,
} from './support/app-server.ts';

function verksam(dataDir: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/verksam.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, VERKSAM_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking this process (a server it talks to may still be starting). */
function verksamLater(dataDir: string, args: string[]) {
  const child = spawn(process.execPath, ['bin/verksam.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, VERKSAM_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (status) => resolve({ status, stdout, stderr })),
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** September 2023 for three of VSS's units, as a CP437 SIE file: made up, and labelled so. */
function septemberLedger(): Uint8Array {
  const centre = (code: string, costsTkr: bigint) => ({
    code,
    name: code,
    costsOre: costsTkr * 100_000n * 12n,
    revenuesOre: costsTkr * 101_000n * 12n,
  });
  const lines = syntheticLedgerLines({
    company: 'Verksamhetsstöd och service',
    label: 'Syntetisk testhuvudbok',
    year: 2023,
    firstMonth: 9,
    lastMonth: 9,
    centres: [centre('LKDATA', 19_000n), centre('VSS-KR', 20_000n), centre('VSS-STAB', 2_400n)],
    vouchersPerMonth: 10,
    seed: 9,
  });
  return encodeCp437(`${[...lines].join('\r\n')}\r\n`);
}

describe('the command line', () => {
  let server: AppServer;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-cli-'));

  before(async () => {
    server = await startAppServer();
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a second server on the same data folder with a clear message', () => {
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, VERKSAM_DATA_DIR: server.dataDir, PORT: '0', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(second.status, 1);
    assert.match(second.stderr, /används redan av en annan Verksam-process \(pid \d+, startad /);
    assert.ok(second.stderr.includes(`Låsfil: ${path.join(server.dataDir, 'verksam.lock')}.`), second.stderr);
    assert.match(second.stderr, /stoppa den andra processen \(pid \d+\) och försök igen/);
    assert.match(second.stderr, /VERKSAM_DATA_DIR/);
  });

  it('exports through the running server', () => {
    const result = verksam(server.dataDir, ['export', '--org', 'VSS', '--year', '2023']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(
      result.stderr.includes(`Går via Verksam-servern som kör på ${server.url} (pid `),
      `says which database it used:\n${result.stderr}`,
    );
    const pkg = JSON.parse(result.stdout);
    assert.equal(pkg.format, 'verksam-data-package');
    assert.deepEqual(pkg.scope, { org: 'VSS', year: 2023 });
    assert.equal(pkg.goals.length, 10);
    fs.writeFileSync(path.join(scratch, 'vss-2023.json'), result.stdout);
  });

  it('writes a Word file and an Excel workbook of a document through the running server, byte for byte', async () => {
    for (const [format, part] of [
      ['docx', 'word/document.xml'],
      ['xlsx', 'xl/workbook.xml'],
    ] as const) {
      const out = path.join(scratch, `arsberattelse.${format}`);
      const args = ['document', 'render', '--org', 'VSS', '--year', '2019', '--type', 'annual'];
      const result = verksam(server.dataDir, [...args, '--format', format, '--out', out]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /Går via Verksam-servern/);
      // A file decoded as text on the way would not unzip: its compressed bytes would be replaced.
      const zip = await JSZip.loadAsync(fs.readFileSync(out));
      const xml = await zip.file(part)?.async('string');
      assert.ok(xml?.startsWith('<?xml'), `${format} without ${part}`);
    }
  });

  it('works through a server elsewhere with a personal API token, until the token is revoked', async () => {
    const admin = await signIn(server.url, 'admin');
    const users = (await (await admin.api('/api/v1/access/users')).json()) as {
      id: string;
      username: string;
    }[];
    const controller = users.find((user) => user.username === 'kommunledning');
    assert.ok(controller);
    const issued = await admin.api('/api/v1/access/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: controller.id, name: 'Nattlig kontroll' }),
    });
    const { id, token } = (await issued.json()) as { id: string; token: string };
    // No data folder of its own: the server is reached by its address.
    const elsewhere = path.join(scratch, 'ingen-mapp');
    const remote = { VERKSAM_SERVER_URL: server.url, VERKSAM_TOKEN: token };
    const checked = verksam(
      elsewhere,
      ['check', '--org', 'VSS', '--year', '2019', '--format', 'json'],
      undefined,
      remote,
    );
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(
      checked.stderr,
      /Går via Verksam-servern på http:\/\/127\.0\.0\.1:\d+, med API-nyckeln i VERKSAM_TOKEN\./,
    );
    assert.ok(JSON.parse(checked.stdout).findings.length > 0);
    await admin.api(`/api/v1/access/tokens/${id}/revoke`, { method: 'POST' });
    const refused = verksam(elsewhere, ['check', '--org', 'VSS', '--year', '2019'], undefined, remote);
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /Du är inte inloggad/);
    const withoutToken = verksam(elsewhere, ['check', '--org', 'VSS', '--year', '2019'], undefined, {
      VERKSAM_SERVER_URL: server.url,
    });
    assert.match(withoutToken.stderr, /VERKSAM_SERVER_URL är satt men inte VERKSAM_TOKEN/);
  });

  it('refuses a broken package with every problem and its JSON path, changing nothing', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(scratch, 'vss-2023.json'), 'utf8'));
    pkg.goals[0].orgUnit = 'FINNS-INTE';
    pkg.outcomes[0].total = 'fyra';
    const file = path.join(scratch, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(pkg));
    const result = verksam(server.dataDir, ['import', file]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Datapaketet kan inte läsas in: \d+ fel hittades\. Ingenting har ändrats\./);
    assert.match(result.stderr, /\$\.outcomes\[0\]\.total( – [^:]+)?: Ska vara ett tal/);
    // Where, which record, what is wrong and the value, as the Datapaket page shows it.
    assert.match(
      result.stderr,
      /\$\.goals\[0\]\.orgUnit – .+: Organisationsenheten FINNS-INTE finns varken i paketet eller i databasen\. \(värde: "FINNS-INTE"\)/,
    );
  });

  it('loads a ledger file for September through the running server and prints the statement as CSV', () => {
    const file = path.join(scratch, 'huvudbok-2023-09.se');
    fs.writeFileSync(file, septemberLedger());
    const loaded = verksam(server.dataDir, ['ledger', 'import', file, '--year', '2023', '--months', '9']);
    assert.equal(loaded.status, 0, loaded.stderr);
    assert.match(
      loaded.stderr,
      /Huvudboken är inläst för månad 9–9 2023 \(huvudbok-2023-09\.se, teckenkodning cp437\)\./,
    );
    assert.match(loaded.stderr, /60 verifikationer, 60 transaktionsrader på kostnader och intäkter/);

    const csv = verksam(server.dataDir, ['statement', '--org', 'VSS', '--year', '2023']);
    assert.equal(csv.status, 0, csv.stderr);
    const lines = csv.stdout.split('\r\n');
    assert.equal(
      lines[0],
      '\uFEFFDriftsammandrag Verksamhetsstöd och service januari–september 2023, belopp i tkr',
    );
    assert.equal(
      lines[1],
      'Verksamhet;Utfall jan–sep 2023;Utfall jan–sep 2022;Förändring;Budget 2023;Bokslut 2022',
    );
    assert.match(csv.stdout, /\r\nLKDATA(;-?\d+){5}\r\n/);

    const xlsxFile = path.join(scratch, 'driftsammandrag.xlsx');
    const xlsx = verksam(server.dataDir, [
      'statement',
      '--org',
      'VSS',
      '--year',
      '2023',
      '--format',
      'xlsx',
      '--out',
      xlsxFile,
    ]);
    assert.equal(xlsx.status, 0, xlsx.stderr);
    assert.equal(fs.readFileSync(xlsxFile).subarray(0, 2).toString(), 'PK');

    const refused = verksam(server.dataDir, ['ledger', 'import', file, '--year', '2024']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Huvudboksfilen ”huvudbok-2023-09\.se” lästes inte in/);
    assert.match(refused.stderr, /rad \d+: \d+ verifikationer är daterade utanför perioden hela 2024/);
  });

  it('imports a package from standard input, then works directly on the folder once the server has stopped', async () => {
    const text = fs.readFileSync(path.join(scratch, 'vss-2023.json'), 'utf8');
    const imported = verksam(server.dataDir, ['import', '-'], text);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /mål: 0 nya, 0 ändrade, 10 oförändrade/);

    await server.stop({ keepData: true });
    const direct = verksam(server.dataDir, [
      'export',
      '--org',
      'VSS',
      '--year',
      '2023',
      '--out',
      path.join(scratch, 'again.json'),
    ]);
    assert.equal(direct.status, 0, direct.stderr);
    assert.ok(
      direct.stderr.includes(`Använder den inbäddade databasen i ${server.dataDir} (ingen server kör).`),
      direct.stderr,
    );
    const again = JSON.parse(fs.readFileSync(path.join(scratch, 'again.json'), 'utf8'));
    const { exportedAt: _first, ...before } = JSON.parse(text);
    const { exportedAt: _second, ...after } = again;
    assert.deepEqual(after, before);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('refuses to export from or import into a folder without a database, unless told to create one', () => {
    const text = fs.readFileSync(path.join(scratch, 'vss-2023.json'), 'utf8');
    const missing = path.join(scratch, 'finns-inte');
    const exported = verksam(missing, ['export']);
    assert.equal(exported.status, 1);
    assert.ok(exported.stderr.includes(`Det finns ingen Verksam-databas i ${missing}.`), exported.stderr);
    assert.match(exported.stderr, /VERKSAM_DATA_DIR/);
    assert.equal(fs.existsSync(missing), false, 'the folder is not created');

    const empty = path.join(scratch, 'tom');
    fs.mkdirSync(empty);
    assert.equal(verksam(empty, ['export']).status, 1);
    const refused = verksam(empty, ['import', '-'], text);
    assert.equal(refused.status, 1);
    assert.ok(refused.stderr.includes(`Det finns ingen Verksam-databas i ${empty}.`), refused.stderr);
    assert.match(refused.stderr, /--create-database/);
    assert.deepEqual(fs.readdirSync(empty), [], 'nothing is created');

    const created = verksam(empty, ['import', '--create-database', '-'], text);
    assert.equal(created.status, 0, created.stderr);
    assert.ok(created.stderr.includes(`Skapar en ny, tom inbäddad databas i ${empty}`), created.stderr);
    assert.match(created.stderr, /mål: 10 nya, 0 ändrade, 0 oförändrade/);
    const back = verksam(empty, ['export', '--org', 'VSS', '--year', '2023']);
    assert.equal(back.status, 0, back.stderr);
    assert.ok(back.stderr.includes(`Använder den inbäddade databasen i ${empty} (ingen server kör).`));
    assert.equal(JSON.parse(back.stdout).goals.length, 10);
  });

  it('waits for a server that is still starting, then goes through it', async () => {
    // A fresh folder: the server creates the database and loads the demo first (several seconds).
    const starting = await launchAppServer(newDataDir());
    try {
      await until(
        () => fs.existsSync(path.join(starting.dataDir, 'verksam.lock')),
        'the server to take the lock',
      );
      const result = await verksamLater(starting.dataDir, ['export', '--org', 'VSS', '--year', '2023']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(
        result.stderr,
        /Verksam-servern \(pid \d+\) (startar|svarar inte just nu) med datamappen .*; väntar på den/,
      );
      assert.ok(
        result.stderr.includes(`Går via Verksam-servern som kör på ${starting.url} (pid `),
        result.stderr,
      );
      assert.equal(JSON.parse(result.stdout).goals.length, 10);
      await starting.ready;
    } finally {
      await starting.stop();
    }
  });

  it('explains bad arguments in Swedish', () => {
    const result = verksam(scratch, ['export', '--year', 'nästa']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Ogiltigt värde ”nästa” för --year/);
    const help = verksam(scratch, ['help', 'import']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Användning: verksam import \[flaggor\] <fil>$/m);
    assert.match(help.stdout, /^Flaggor:$/m);
    assert.doesNotMatch(help.stdout, /Usage|Options|Arguments|\[options\]/);
  });
});
