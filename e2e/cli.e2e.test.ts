/**
 * Journey: moving data in and out from the command line, with and without a running server, and what
 * happens when a second process tries to open the embedded database's folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type AppServer, ROOT, startAppServer } from './support/app-server.ts';

function verksam(dataDir: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/verksam.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, VERKSAM_DATA_DIR: dataDir, DATABASE_URL: '' },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
    assert.match(second.stderr, /används redan av en annan Verksam-process/);
  });

  it('exports through the running server', () => {
    const result = verksam(server.dataDir, ['export', '--org', 'VSS', '--year', '2023']);
    assert.equal(result.status, 0, result.stderr);
    const pkg = JSON.parse(result.stdout);
    assert.equal(pkg.format, 'verksam-data-package');
    assert.deepEqual(pkg.scope, { org: 'VSS', year: 2023 });
    assert.equal(pkg.goals.length, 10);
    fs.writeFileSync(path.join(scratch, 'vss-2023.json'), result.stdout);
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
    assert.match(result.stderr, /\$\.outcomes\[0\]\.total: Ska vara ett tal/);
  });

  it('imports a package from standard input, then works directly on the folder once the server has stopped', async () => {
    const text = fs.readFileSync(path.join(scratch, 'vss-2023.json'), 'utf8');
    const imported = verksam(server.dataDir, ['import', '-'], text);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /mål: 0 nya, 10 uppdaterade/);

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
    const again = JSON.parse(fs.readFileSync(path.join(scratch, 'again.json'), 'utf8'));
    const { exportedAt: _first, ...before } = JSON.parse(text);
    const { exportedAt: _second, ...after } = again;
    assert.deepEqual(after, before);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('explains bad arguments in Swedish', () => {
    const result = verksam(scratch, ['export', '--year', 'nästa']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Ogiltigt värde ”nästa” för --year/);
  });
});
