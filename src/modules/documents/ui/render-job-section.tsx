/**
 * "Skapa i bakgrunden": the document chosen on the Dokument page rendered as a job – a PDF or the
 * municipality-wide compilation can take a while – with its progress in words ("3 av 18 avsnitt klara")
 * announced politely to screen readers, then a link to the stored file, or the job's Swedish message.
 */
import { type FormEvent, useState } from 'react';
import { operationUrl } from '#core/api.ts';
import { JobFailure, JobProgress } from '#modules/jobs/ui/index.ts';
import { type ApiError, asApiError, call } from '#web/kit/api.ts';
import { SelectField } from '#web/kit/field.tsx';
import { LoadError, Notice } from '#web/kit/page.tsx';
import { type DocumentFormat, documentsApi, renderJobResultSchema } from '../contract.ts';
import type { DocumentType } from '../domain/document.ts';

const FORMAT_LABELS: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel (en flik per tabell)',
  html: 'Webbsida (HTML)',
};
const FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'xlsx', 'html'];

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** "1,4 MB", "320 kB". */
function size(bytes: number): string {
  return bytes >= 2 ** 20
    ? `${number.format(bytes / 2 ** 20)} MB`
    : `${number.format(Math.ceil(bytes / 1024))} kB`;
}

function Finished({ jobId, result }: { jobId: string; result: unknown }) {
  const file = renderJobResultSchema.safeParse(result);
  if (!file.success) {
    return <Notice kind="warning">Dokumentet är skapat, men jobbets svar kunde inte läsas.</Notice>;
  }
  const html = file.data.name.endsWith('.html');
  return (
    <Notice kind="success">
      Klart:{' '}
      <a
        href={operationUrl(documentsApi.renderJobFile, { params: { id: jobId } })}
        {...(html ? {} : { download: file.data.name })}
      >
        {html ? 'Öppna' : 'Hämta'} {file.data.name}
      </a>{' '}
      ({size(file.data.bytes)})
    </Notice>
  );
}

export function RenderJobSection({
  query,
}: {
  query: { unitId: string; year: number; type: DocumentType; roundId?: string };
}) {
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setStarting(true);
    try {
      const job = await call(documentsApi.startRenderJob, { body: { ...query, format } });
      setJobId(job.id);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setStarting(false);
    }
  };
  return (
    <section aria-labelledby="documents-background">
      <h3 id="documents-background">Skapa i bakgrunden</h3>
      <p>
        Ett stort dokument – en PDF, eller den kommunövergripande sammanställningen – kan ta en stund att
        skapa. Skapa det i bakgrunden, följ hur långt det har kommit och hämta filen när den är klar.
      </p>
      <form className="field-row" onSubmit={submit} aria-label="Skapa dokumentet i bakgrunden">
        <SelectField
          id="documents-job-format"
          label="Format"
          value={format}
          onChange={(value) => setFormat(value as DocumentFormat)}
          options={FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))}
        />
        <button
          type="submit"
          className="button"
          disabled={starting || jobId !== null}
          aria-describedby="documents-background"
        >
          Skapa i bakgrunden
        </button>
      </form>
      {error && <LoadError error={error} />}
      {jobId && (
        <JobProgress id={jobId} unit="avsnitt klara">
          {(job) => (
            <>
              {job.status === 'succeeded' ? (
                <Finished jobId={job.id} result={job.result} />
              ) : job.error ? (
                <JobFailure error={job.error} />
              ) : null}
              <p className="actions-row">
                <button type="button" className="button button-secondary" onClick={() => setJobId(null)}>
                  Skapa ett dokument till
                </button>
              </p>
            </>
          )}
        </JobProgress>
      )}
    </section>
  );
}
