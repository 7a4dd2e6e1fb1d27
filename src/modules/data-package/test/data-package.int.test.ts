import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLogSize, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { isEmpty } from '../../../demo/empty.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import { packageSections } from '../../registry.ts';
import type { DataPackage, ImportReportDto } from '../contract.ts';
import { importPackage, objectSource, PACKAGE_LISTS } from '../index.ts';

interface Problem {
  path: string;
  message: string;
  record?: string;
  value?: unknown;
}
interface ErrorBody {
  error: { code: string; message: string; fields: Problem[] };
}

let source: TestApp;
let target: TestApp;
beforeAll(async () => {
  [source, target] = await Promise.all([startTestApp(), startTestApp()]);
  await loadDemoIfEmpty(source.database.db);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const withoutTime = ({ exportedAt: _, ...rest }: DataPackage) => rest;
const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

function importInto(app: TestApp, pkg: unknown, query = '') {
  return app.request<ImportReportDto & ErrorBody>('POST', `/api/v1/data-package/import${query}`, pkg);
}

describe('data packages', () => {
  it('exports a unit and year, naming its municipality, and a round trip through an empty installation loses nothing', async () => {
    const exported = await source.request<DataPackage>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.scope).toEqual({ org: 'VSS', year: 2023 });
    expect(exported.body.municipality).toEqual({ code: 'LINKOPING', name: 'Linköpings kommun' });
    expect(exported.body.goals).toHaveLength(10);
    expect(exported.body.orgUnits.map((unit) => unit.code)).toEqual(
      expect.arrayContaining(['LINKOPING', 'KS', 'VSS']),
    );

    const imported = await importInto(target, exported.body);
    expect(imported.status).toBe(200);
    expect(imported.body.created.goals).toBe(10);

    const again = await target.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023');
    expect(withoutTime(again.body)).toEqual(withoutTime(exported.body));
  });

  it('keeps every demo figure through a full export and import', async () => {
    const all = await source.request<DataPackage>('GET', '/api/v1/data-package/export');
    const demo = buildDemoPackage();
    expect(all.body.outcomes).toHaveLength(demo.outcomes?.length ?? 0);
    expect(all.body.assessments).toHaveLength(demo.assessments?.length ?? 0);
    const reimported = await importInto(target, all.body);
    expect(reimported.status).toBe(200);
    const again = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    expect(withoutTime(again.body)).toEqual(withoutTime(all.body));
  });

  it('reports an unchanged package as unchanged and writes no history for it', async () => {
    const exported = await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=KS&year=2020');
    const logBefore = await changeLogSize(target);
    const second = await importInto(target, exported.body);
    expect(second.status).toBe(200);
    expect(sum(second.body.created)).toBe(0);
    expect(sum(second.body.updated)).toBe(0);
    // KS's 18 nämndmål of 2020 and the 6 förvaltningsmål of VSS (under KS) that its 2020 activities stand
    // under (src/demo/activities.ts); the activities too come back unchanged.
    expect(second.body.unchanged.goals).toBe(24);
    expect(second.body.unchanged.activities).toBe(44);
    expect(await changeLogSize(target)).toBe(logBefore);
  });

  it('matches records without a known id by natural key and follows their references, so a converter needs no ids', async () => {
    const exported = (
      await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023')
    ).body;
    // A converter's package: every goal, indicator, target and outcome with an id of its own.
    const fresh = new Map<string, string>();
    const renamed = (id: string) => fresh.get(id) ?? fresh.set(id, randomUUID()).get(id) ?? id;
    const pkg: DataPackage = {
      ...exported,
      goals: exported.goals.map((goal) => ({ ...goal, id: renamed(goal.id) })),
      indicators: exported.indicators.map((indicator) => ({
        ...indicator,
        id: renamed(indicator.id),
        goalId: renamed(indicator.goalId),
        parentIndicatorId: indicator.parentIndicatorId && renamed(indicator.parentIndicatorId),
      })),
      targets: exported.targets.map((target) => ({
        ...target,
        id: randomUUID(),
        indicatorId: renamed(target.indicatorId),
        notation: target === exported.targets[0] ? '≥99' : target.notation,
      })),
      outcomes: exported.outcomes.map((outcome) => ({
        ...outcome,
        id: randomUUID(),
        indicatorId: renamed(outcome.indicatorId),
      })),
      assessments: exported.assessments.map((assessment) => ({
        ...assessment,
        id: randomUUID(),
        goalId: renamed(assessment.goalId),
      })),
    };
    const report = await importInto(target, pkg);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(sum(report.body.created)).toBe(0);
    expect(report.body.updated).toMatchObject({ targets: 1 });
    expect(report.body.unchanged.goals).toBe(10);
    const after = (await target.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023'))
      .body;
    expect(after.goals.map((goal) => goal.id).sort()).toEqual(exported.goals.map((goal) => goal.id).sort());
    expect(after.targets.find((target) => target.id === exported.targets[0]?.id)?.notation).toBe('≥99');
  });

  it('reports near-duplicates as warnings and previews a dry run without writing anything', async () => {
    const exported = (
      await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023')
    ).body;
    const goal = exported.goals[0];
    if (!goal) {
      throw new Error('the demo has goals');
    }
    const pkg: DataPackage = {
      ...exported,
      goals: [...exported.goals, { ...goal, id: randomUUID(), name: `${goal.name.toUpperCase()}!` }],
    };
    const before = withoutTime(
      (await target.request<DataPackage>('GET', '/api/v1/data-package/export')).body,
    );
    const preview = await importInto(target, pkg, '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(preview.body.dryRun).toBe(true);
    expect(preview.body.created.goals).toBe(1);
    expect(preview.body.warnings).toEqual([
      expect.objectContaining({
        path: `$.goals[${exported.goals.length}]`,
        message: expect.stringContaining(`liknar det som redan finns, ”${goal.name}”`),
      }),
    ]);
    const after = withoutTime((await target.request<DataPackage>('GET', '/api/v1/data-package/export')).body);
    expect(after).toEqual(before);
  });

  it('refuses a package from another municipality unless asked to take it', async () => {
    const exported = (
      await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023')
    ).body;
    const foreign = { ...exported, municipality: { code: 'NORRKOPING', name: 'Norrköpings kommun' } };
    const refused = await importInto(target, foreign);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: '$.municipality.code', value: 'NORRKOPING' }),
    ]);
    const otherRoot: DataPackage = {
      ...exported,
      municipality: null,
      orgUnits: [
        {
          id: randomUUID(),
          code: 'NORRKOPING',
          name: 'Norrköpings kommun',
          kind: 'municipality',
          parent: null,
          validFrom: '2019-01-01',
          validTo: null,
          sortOrder: 0,
        },
      ],
      goals: [],
      indicators: [],
      targets: [],
      outcomes: [],
      assessments: [],
    };
    const alsoRefused = await importInto(target, otherRoot);
    expect(alsoRefused.status).toBe(422);
    expect(alsoRefused.body.error.fields[0]).toMatchObject({
      path: '$.orgUnits[0].code',
      record: 'NORRKOPING',
    });
    const accepted = await importInto(target, otherRoot, '?otherMunicipality=true&dryRun=true');
    expect(accepted.status).toBe(200);
    expect(accepted.body.created.orgUnits).toBe(1);
  });

  it('refuses an invalid package, listing every problem – format and rule – with path, record and value, and changes nothing', async () => {
    const before = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    const broken = structuredClone(before.body);
    broken.goals[0] = { ...broken.goals[0], orgUnit: 'FINNS-INTE' } as DataPackage['goals'][number];
    broken.outcomes[0] = {
      ...broken.outcomes[0],
      total: '4.4',
      noData: ['total'],
    } as DataPackage['outcomes'][number];
    broken.indicators[1] = {
      ...broken.indicators[1],
      name: 'Ändrad men ska inte sparas',
    } as DataPackage['indicators'][number];
    broken.targets[0] = { ...broken.targets[0], year: 1066 } as DataPackage['targets'][number];
    // The same outcome twice (same id), and a second target for the same indicator, year and part.
    broken.outcomes.push(broken.outcomes[1] as DataPackage['outcomes'][number]);
    broken.targets.push({ ...(broken.targets[1] as DataPackage['targets'][number]), id: randomUUID() });
    const late = broken.goals.findIndex((goal) => goal.validFromYear === 2019);
    const lateGoal = broken.goals[late] as DataPackage['goals'][number];
    broken.goals[late] = { ...lateGoal, validToYear: null, validFromYear: 2024 };
    const response = await importInto(target, broken);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('data_package.invalid');
    expect(response.body.error.message).toContain('Ingenting har ändrats');
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        {
          path: '$.goals[0].orgUnit',
          message: 'Organisationsenheten FINNS-INTE finns varken i paketet eller i databasen.',
          record: broken.goals[0]?.name,
          value: 'FINNS-INTE',
        },
        expect.objectContaining({ path: '$.outcomes[0].total', value: '4.4' }),
        expect.objectContaining({ path: '$.targets[0].year', value: 1066, message: 'Ska vara minst 1900.' }),
        {
          path: `$.outcomes[${broken.outcomes.length - 1}].id`,
          message: 'Utfallet med samma id finns redan tidigare i paketet.',
          record: expect.any(String),
          value: broken.outcomes[1]?.id,
        },
        expect.objectContaining({
          path: `$.targets[${broken.targets.length - 1}]`,
          message: 'Målvärdet finns redan tidigare i paketet (samma naturliga nyckel).',
        }),
        expect.objectContaining({
          path: `$.goals[${late}].municipalGoalId`,
          record: lateGoal.name,
          message: expect.stringMatching(/gäller inte 2024\.$/),
        }),
      ]),
    );
    const after = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    expect(withoutTime(after.body)).toEqual(withoutTime(before.body));
  });

  it('reports shape errors with JSON paths, the record and the value, in Swedish', async () => {
    const response = await importInto(target, {
      format: 'verksam-data-package',
      formatVersion: 1,
      goals: [{ id: 'inte-ett-id', orgUnit: 'VSS', name: '', validFromYear: 'i år' }],
      unknownList: [],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({ path: '$', message: 'Okänt fält: ”unknownList”.' }),
      { path: '$.goals[0].id', message: 'Är inte ett giltigt id (uuid).', value: 'inte-ett-id' },
      { path: '$.goals[0].name', message: 'Får inte vara tomt.', value: '' },
      { path: '$.goals[0].validFromYear', message: 'Ska vara ett tal.', value: 'i år' },
    ]);
    const notAPackage = await importInto(target, { format: 'något-annat', formatVersion: 1 });
    expect(notAPackage.body.error.fields[0]).toMatchObject({
      path: '$.format',
      message: 'Filen är inget Verksam-datapaket (fältet format ska vara ”verksam-data-package”).',
    });
  });
});

describe('large packages: uploaded as a file and imported as a job', () => {
  async function upload(app: TestApp, bytes: Buffer, name: string) {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/files?name=${encodeURIComponent(name)}`,
      headers: { 'content-type': 'application/json' },
      payload: bytes,
    });
    expect(response.statusCode, response.body).toBe(201);
    return JSON.parse(response.body) as { id: string; sha256: string; size: number };
  }

  async function finished(app: TestApp, id: string) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const job = await app.request<{ status: string; result: ImportReportDto; error: ErrorBody['error'] }>(
        'GET',
        `/api/v1/jobs/${id}`,
      );
      if (job.body.status === 'succeeded' || job.body.status === 'failed') {
        return job.body;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the job did not finish');
  }

  it('stores a file once per content, runs the import as a job and reports the same as the direct import', async () => {
    const exported = (
      await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=KS&year=2020')
    ).body;
    const bytes = Buffer.from(JSON.stringify(exported));
    const file = await upload(target, bytes, 'ks-2020.json');
    expect(file.size).toBe(bytes.length);
    expect((await upload(target, bytes, 'samma.json')).id).toBe(file.id);
    const started = await target.request<{ id: string; status: string }>(
      'POST',
      '/api/v1/data-package/import-jobs',
      {
        fileId: file.id,
        dryRun: true,
      },
    );
    expect(started.status).toBe(202);
    const job = await finished(target, started.body.id);
    expect(job.status).toBe('succeeded');
    expect(job.result.dryRun).toBe(true);
    expect(job.result.unchanged.goals).toBe(24);
  });

  it('fails the job with every problem of a broken package, and refuses bytes that are not UTF-8 JSON', async () => {
    const exported = (
      await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023')
    ).body;
    const broken = { ...exported, goals: [{ ...exported.goals[0], orgUnit: 'FINNS-INTE' }] };
    const file = await upload(target, Buffer.from(JSON.stringify(broken)), 'trasig.json');
    const started = await target.request<{ id: string }>('POST', '/api/v1/data-package/import-jobs', {
      fileId: file.id,
    });
    const job = await finished(target, started.body.id);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('data_package.invalid');
    expect(job.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '$.goals[0].orgUnit' })]),
    );

    const latin1 = await upload(
      target,
      Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x3a, 0x31, 0x7d]),
      'latin1.json',
    );
    const refused = await finished(
      target,
      (
        await target.request<{ id: string }>('POST', '/api/v1/data-package/import-jobs', {
          fileId: latin1.id,
        })
      ).body.id,
    );
    expect(refused.error.message).toBe(
      'Datapaketet kan inte läsas: Innehållet är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.',
    );
  });
  it('rolls the whole import back when a write fails, while the next batch was being read, and tells that failure', async () => {
    const app = await startTestApp();
    try {
      const failure = new Error('the disk is full');
      const sections = packageSections().map((section) =>
        section.list === 'outcomes'
          ? {
              ...section,
              write: async (...args: Parameters<typeof section.write>) => {
                await section.write(...args);
                throw failure;
              },
            }
          : section,
      );
      const source = objectSource(buildDemoPackage(), Object.keys(PACKAGE_LISTS));
      await expect(importPackage(systemContext(app.database.db), source, sections)).rejects.toBe(failure);
      expect(await isEmpty(app.database.db)).toBe(true);
      expect(await changeLogSize(app)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('refuses outcomes in a closed round, naming the round, and writes nothing', async () => {
    const app = await startTestApp();
    try {
      const exported = await source.request<DataPackage>(
        'GET',
        '/api/v1/data-package/export?org=VSS&year=2023',
      );
      const pkg = exported.body;
      // The round of the last outcome: the outcomes before it, in other rounds, pass the lock first.
      const lockedId = pkg.outcomes.at(-1)?.reportingRoundId;
      const locked = pkg.reportingRounds.find((round) => round.id === lockedId);
      expect(locked).toBeDefined();
      const closed = {
        ...pkg,
        reportingRounds: pkg.reportingRounds.map((round) =>
          round.id === lockedId ? { ...round, closed: true } : round,
        ),
      };
      const refused = await importInto(app, closed);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        `${locked?.name} är stängt: utfall och bedömningar kan inte längre ändras.`,
      );
      expect(await isEmpty(app.database.db)).toBe(true);
      expect(await changeLogSize(app)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('asks the database a few times per batch, not once or more per record', async () => {
    const app = await startTestApp();
    try {
      let statements = 0;
      const counter: KyselyPlugin = {
        transformQuery: ({ node }) => {
          statements += 1;
          return node;
        },
        transformResult: async ({ result }) => result,
      };
      const pkg = buildDemoPackage();
      const lists = pkg as unknown as Record<string, unknown[] | undefined>;
      const records = Object.keys(PACKAGE_LISTS).reduce(
        (total, list) => total + (lists[list]?.length ?? 0),
        0,
      );
      const report = await importPackage(
        systemContext(app.database.db.withPlugin(counter)),
        objectSource(pkg, Object.keys(PACKAGE_LISTS)),
        packageSections(),
      );
      expect(sum(report.created)).toBe(records);
      // Each record once looked up by the locks on outcomes and assessments took four statements a record.
      expect(statements).toBeLessThan(records / 4);
    } finally {
      await app.close();
    }
  });
});
