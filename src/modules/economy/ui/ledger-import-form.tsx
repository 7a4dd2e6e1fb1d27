/**
 * Loading a ledger file from the browser: the file is uploaded with a progress bar, then read as a job whose
 * progress the page follows; a refused file lists every problem with its line. All or nothing: a bad file
 * stores nothing, and a new file for the same months replaces the previous one.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { longMonthName, type Month } from '#core/period.ts';
import { JobFailure, JobProgress, UploadProgress } from '#modules/jobs/ui/index.ts';
import { ApiError, asApiError, call, upload, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { Field, SelectField } from '#web/kit/field.tsx';
import { Notice } from '#web/kit/page.tsx';
import { jobsApi } from '../../jobs/contract.ts';
import { economyApi, ledgerImportReportSchema } from '../contract.ts';

const number = new Intl.NumberFormat('sv-SE');
const MONTHS = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: longMonthName((index + 1) as Month),
}));

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly sent: number; readonly total: number }
  | { readonly kind: 'running'; readonly jobId: string };

function Receipt({ result }: { result: unknown }) {
  const refresh = useRefresh();
  // The load changed the ledger behind the statement and the history on this page.
  useEffect(() => {
    void refresh(['economy']);
  }, [refresh]);
  const report = ledgerImportReportSchema.safeParse(result);
  if (!report.success) {
    return <Notice kind="warning">Inläsningen är klar, men kvittot kunde inte läsas.</Notice>;
  }
  const { import: load, vouchers, rows, leftOut } = report.data;
  return (
    <Notice kind="success">
      Huvudboken ”{load.fileName}” är inläst för {load.year}: {number.format(vouchers)} verifikationer,{' '}
      {number.format(rows)} rader på kostnader och intäkter. {number.format(leftOut)} rader på balans-,
      finansiella och övriga konton lästes men sparades inte.
    </Notice>
  );
}

export function LedgerImportForm({ year: initialYear, years }: { year: number; years: readonly number[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(initialYear));
  const [firstMonth, setFirstMonth] = useState('1');
  const [lastMonth, setLastMonth] = useState('12');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setError(
        new ApiError(400, 'request.invalid', 'Välj en fil att läsa in.', [
          { path: 'file', message: 'Fil: välj en SIE-fil.' },
        ]),
      );
      return;
    }
    try {
      setStage({ kind: 'uploading', sent: 0, total: file.size });
      const stored = await upload(jobsApi.uploadFile, { query: { name: file.name } }, file, (sent, total) =>
        setStage({ kind: 'uploading', sent, total }),
      );
      const job = await call(economyApi.startLedgerImport, {
        body: {
          fileId: stored.id,
          year: Number(year),
          firstMonth: Number(firstMonth),
          lastMonth: Number(lastMonth),
        },
      });
      setStage({ kind: 'running', jobId: job.id });
    } catch (caught) {
      setError(asApiError(caught));
      setStage({ kind: 'idle' });
    }
  };
  return (
    <section aria-labelledby="ledger-import-title">
      <h2 id="ledger-import-title">Läs in huvudbok</h2>
      <p>
        En SIE 4-fil (export 4E eller import 4I) från ekonomisystemet. Kostnadsställena kopplas till enheter
        under Kostnadsställen nedan, eller genom att enheten har kostnadsställets kod; konton följer
        Kommun-BAS. Allt eller inget: en fil med fel sparar ingenting.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary
          error={error}
          fieldIds={{ file: 'ledger-file', year: 'ledger-year', lastMonth: 'ledger-last-month' }}
        />
        <Field id="ledger-file" label="SIE-fil" error={fieldError(error, 'file')}>
          {(aria) => (
            <input
              {...aria}
              type="file"
              accept=".se,.si,.sie,.txt,text/plain"
              className="input"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <div className="field-row">
          <SelectField
            id="ledger-year"
            label="År"
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value: String(value), label: String(value) }))}
            error={fieldError(error, 'year')}
          />
          <SelectField
            id="ledger-first-month"
            label="Från månad"
            value={firstMonth}
            onChange={setFirstMonth}
            options={MONTHS}
          />
          <SelectField
            id="ledger-last-month"
            label="Till och med månad"
            value={lastMonth}
            onChange={setLastMonth}
            options={MONTHS}
            error={fieldError(error, 'lastMonth')}
          />
        </div>
        <button type="submit" className="button" disabled={stage.kind !== 'idle'}>
          Läs in huvudboken
        </button>
      </form>
      {stage.kind === 'uploading' && <UploadProgress sent={stage.sent} total={stage.total} what="filen" />}
      {stage.kind === 'running' && (
        <JobProgress id={stage.jobId} unit="byte">
          {(job) => (
            <>
              {job.status === 'succeeded' ? (
                <Receipt result={job.result} />
              ) : job.error ? (
                <JobFailure error={job.error} />
              ) : null}
              <p className="actions-row">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setStage({ kind: 'idle' })}
                >
                  Läs in en fil till
                </button>
              </p>
            </>
          )}
        </JobProgress>
      )}
    </section>
  );
}
