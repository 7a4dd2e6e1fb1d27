/**
 * Data packages from the browser: export a unit's year (or everything) as a file, and read a package in –
 * uploaded with a progress bar, checked and imported as a job whose progress the page follows. A dry run
 * is the default, so a controller sees what would be created and changed, and every problem with its
 * place in the file, before anything changes.
 */
import { type FormEvent, useState } from 'react';
import { operationUrl } from '#core/api.ts';
import { JobFailure, JobProgress, ProblemList, UploadProgress } from '#modules/jobs/ui/index.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { ApiError, asApiError, call, upload } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { CheckboxField, Field, SelectField } from '#web/kit/field.tsx';
import { Notice, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears } from '#web/kit/year.tsx';
import { jobsApi } from '../../jobs/contract.ts';
import { dataPackageApi, importReportSchema, PACKAGE_LISTS } from '../contract.ts';

const number = new Intl.NumberFormat('sv-SE');

function ExportForm() {
  const units = useOrgUnits();
  const years = useRoundYears();
  const [org, setOrg] = useState('');
  const [year, setYear] = useState('');
  const href = operationUrl(dataPackageApi.export, {
    query: { org: org || undefined, year: org && year ? Number(year) : undefined },
  });
  const name = org ? `datapaket-${org}${year && org ? `-${year}` : ''}.json` : 'datapaket-allt.json';
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Exportera</h2>
      <div className="field-row">
        <SelectField
          id="export-org"
          label="Enhet"
          hint="Enheten med allt under sig, och enheterna ovanför."
          value={org}
          onChange={setOrg}
          options={[
            { value: '', label: '(allt i installationen)' },
            ...(units.data ?? []).map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
          ]}
        />
        <SelectField
          id="export-year"
          label="År"
          hint="Målen som gäller året; utan år alla år."
          value={year}
          onChange={setYear}
          options={[
            { value: '', label: '(alla år)' },
            ...years.map((value) => ({ value: String(value), label: String(value) })),
          ]}
        />
      </div>
      <p>
        <a className="button" href={href} download={name}>
          Hämta datapaketet
        </a>
      </p>
    </section>
  );
}

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly sent: number; readonly total: number }
  | { readonly kind: 'running'; readonly jobId: string; readonly fileId: string; readonly dryRun: boolean };

function Report({ result, dryRun }: { result: unknown; dryRun: boolean }) {
  const report = importReportSchema.safeParse(result);
  if (!report.success) {
    return <Notice kind="warning">Inläsningen är klar, men rapporten kunde inte läsas.</Notice>;
  }
  const { created, updated, unchanged, names, warnings } = report.data;
  // In the package's own order: the job's stored result does not keep the order of its keys.
  const known = Object.keys(PACKAGE_LISTS);
  const lists = [...known, ...Object.keys(created).filter((list) => !known.includes(list))].filter(
    (list) => (created[list] ?? 0) + (updated[list] ?? 0) + (unchanged[list] ?? 0) > 0,
  );
  return (
    <>
      <Notice kind="success">
        {dryRun
          ? 'Provkörningen är klar: så här skulle paketet läsas in. Ingenting har ändrats.'
          : 'Datapaketet är inläst.'}
      </Notice>
      <table className="data-table">
        <caption>{dryRun ? 'Vad inläsningen skulle göra' : 'Vad inläsningen gjorde'}</caption>
        <thead>
          <tr>
            <th scope="col">Lista</th>
            <th scope="col" className="num">
              Nya
            </th>
            <th scope="col" className="num">
              Ändrade
            </th>
            <th scope="col" className="num">
              Oförändrade
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.map((list) => (
            <tr key={list}>
              <th scope="row">{names[list] ?? list}</th>
              <td className="num">{number.format(created[list] ?? 0)}</td>
              <td className="num">{number.format(updated[list] ?? 0)}</td>
              <td className="num">{number.format(unchanged[list] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-title">
          <h3 id="warnings-title">Varningar ({warnings.length})</h3>
          <ProblemList problems={warnings} />
        </section>
      )}
    </>
  );
}

function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [otherMunicipality, setOtherMunicipality] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const start = async (fileId: string, asDryRun: boolean) => {
    const job = await call(dataPackageApi.startImport, {
      body: { fileId, dryRun: asDryRun, otherMunicipality },
    });
    setStage({ kind: 'running', jobId: job.id, fileId, dryRun: asDryRun });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setError(
        new ApiError(400, 'request.invalid', 'Välj en fil att läsa in.', [
          { path: 'file', message: 'Fil: välj en fil.' },
        ]),
      );
      return;
    }
    try {
      setStage({ kind: 'uploading', sent: 0, total: file.size });
      const stored = await upload(jobsApi.uploadFile, { query: { name: file.name } }, file, (sent, total) =>
        setStage({ kind: 'uploading', sent, total }),
      );
      await start(stored.id, dryRun);
    } catch (caught) {
      setError(asApiError(caught));
      setStage({ kind: 'idle' });
    }
  };
  const busy = stage.kind === 'uploading';
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Läs in</h2>
      <p>
        Allt eller inget: ett paket med fel ändrar ingenting, och varje fel visas med sin plats i filen.
        Poster som redan finns – med samma id, eller samma enhet, år och namn – uppdateras i stället för att
        dubbleras.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary error={error} fieldIds={{ file: 'import-file' }} />
        <Field
          id="import-file"
          label="Datapaket (JSON)"
          error={error?.fields.find((f) => f.path === 'file')?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="file"
              accept=".json,application/json"
              className="input"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <CheckboxField
          id="import-dry-run"
          label="Provkör: visa vad som skulle skapas och ändras, utan att ändra något"
          checked={dryRun}
          onChange={setDryRun}
        />
        <CheckboxField
          id="import-other-municipality"
          label="Paketet kommer från en annan kommun, och jag vill ändå läsa in det"
          checked={otherMunicipality}
          onChange={setOtherMunicipality}
        />
        <button type="submit" className="button" disabled={busy || stage.kind === 'running'}>
          {dryRun ? 'Provkör inläsningen' : 'Läs in'}
        </button>
      </form>
      {stage.kind === 'uploading' && <UploadProgress sent={stage.sent} total={stage.total} what="paketet" />}
      {stage.kind === 'running' && (
        <JobProgress id={stage.jobId}>
          {(job) => (
            <>
              {job.status === 'succeeded' ? (
                <Report result={job.result} dryRun={stage.dryRun} />
              ) : job.error ? (
                <JobFailure error={job.error} />
              ) : null}
              <p className="actions-row">
                {job.status === 'succeeded' && stage.dryRun && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => start(stage.fileId, false).catch((caught) => setError(asApiError(caught)))}
                  >
                    Läs in på riktigt
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setStage({ kind: 'idle' })}
                >
                  Ny inläsning
                </button>
              </p>
            </>
          )}
        </JobProgress>
      )}
    </section>
  );
}

export function DataPackagePage() {
  return (
    <>
      <PageTitle title="Datapaket">Datapaket</PageTitle>
      <p className="lead">
        Ett datapaket är en JSON-fil med en organisations mål, indikatorer, målvärden, utfall och bedömningar
        – för säkerhetskopior, flytt mellan installationer och inläsning från andra system.
      </p>
      <ExportForm />
      <ImportForm />
    </>
  );
}
