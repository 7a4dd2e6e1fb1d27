/** Reading a budget file (the Excel template, or CSV) in: uploaded with progress, read as a job, all or nothing. */
import { type FormEvent, useEffect, useState } from 'react';
import { JobFailure, JobProgress, UploadProgress } from '#modules/jobs/ui/index.ts';
import { ApiError, asApiError, call, upload, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { Field } from '#web/kit/field.tsx';
import { Notice } from '#web/kit/page.tsx';
import { jobsApi } from '../../jobs/contract.ts';
import { budgetImportReportSchema, economyApi } from '../contract.ts';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly sent: number; readonly total: number }
  | { readonly kind: 'running'; readonly jobId: string };

const number = new Intl.NumberFormat('sv-SE');

function Receipt({ result }: { result: unknown }) {
  const refresh = useRefresh();
  useEffect(() => {
    void refresh(['economy']);
  }, [refresh]);
  const report = budgetImportReportSchema.safeParse(result);
  if (!report.success) {
    return <Notice kind="warning">Inläsningen är klar, men kvittot kunde inte läsas.</Notice>;
  }
  const { fileName, lines, created, updated, removed, unchanged } = report.data;
  return (
    <Notice kind="success">
      Budgeten i ”{fileName}” är inläst: {number.format(lines)} rader, varav {number.format(created)} nya,{' '}
      {number.format(updated)} ändrade och {number.format(unchanged)} oförändrade; {number.format(removed)}{' '}
      rader som inte fanns i filen togs bort.
    </Notice>
  );
}

export function BudgetImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setError(
        new ApiError(400, 'request.invalid', 'Välj en fil att läsa in.', [
          { path: 'file', message: 'Fil: välj en Excel- eller CSV-fil.' },
        ]),
      );
      return;
    }
    try {
      setStage({ kind: 'uploading', sent: 0, total: file.size });
      const stored = await upload(jobsApi.uploadFile, { query: { name: file.name } }, file, (sent, total) =>
        setStage({ kind: 'uploading', sent, total }),
      );
      const job = await call(economyApi.startBudgetImport, { body: { fileId: stored.id } });
      setStage({ kind: 'running', jobId: job.id });
    } catch (caught) {
      setError(asApiError(caught));
      setStage({ kind: 'idle' });
    }
  };
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary error={error} fieldIds={{ file: 'budget-file' }} />
        <Field id="budget-file" label="Budgetfil (Excel eller CSV)" error={fieldError(error, 'file')}>
          {(aria) => (
            <input
              {...aria}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="input"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={stage.kind !== 'idle'}>
          Läs in budgeten
        </button>
      </form>
      {stage.kind === 'uploading' && (
        <UploadProgress sent={stage.sent} total={stage.total} what="budgetfilen" />
      )}
      {stage.kind === 'running' && (
        <JobProgress id={stage.jobId}>
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
    </>
  );
}
