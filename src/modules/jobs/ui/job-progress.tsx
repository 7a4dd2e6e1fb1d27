/**
 * A job followed to its end: its progress as a progress bar with the job's own Swedish step ("Läser in
 * posterna …") and figures in words, announced politely to screen readers; then its result or its error.
 */
import type { ReactNode } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError } from '#web/kit/page.tsx';
import { jobsApi } from '../contract.ts';

export type JobData = OperationResult<typeof jobsApi.getJob>;

const number = new Intl.NumberFormat('sv-SE');

function isRunning(job: JobData | undefined): boolean {
  return job === undefined || job.status === 'queued' || job.status === 'running';
}

/** Follows a job while it runs (twice a second) and stops asking when it has finished. */
export function useJob(id: string) {
  return useApiQuery(
    jobsApi.getJob,
    { params: { id } },
    { refetchInterval: (query) => (isRunning(query.state.data) ? 500 : false) },
  );
}

export function JobProgress({
  id,
  unit = 'poster',
  children,
}: {
  id: string;
  /** What the job counts, in the plural: "poster"; "byte" for a file read byte by byte (shown in MB). */
  unit?: string;
  /** What to show when it has finished. */
  children: (job: JobData) => ReactNode;
}) {
  const job = useJob(id);
  if (job.isError) {
    return <LoadError error={job.error} />;
  }
  if (job.data && !isRunning(job.data)) {
    return children(job.data);
  }
  const data = job.data;
  const bytes = unit === 'byte' || (data?.message?.includes('paketet') ?? false);
  const figure = (value: number) =>
    bytes ? `${number.format(Math.round(value / 2 ** 20))} MB` : number.format(value);
  const amount =
    data && data.total !== null
      ? `${figure(data.done)} av ${figure(data.total)}${bytes ? '' : ` ${unit}`}`
      : data
        ? `${figure(data.done)}${bytes ? '' : ` ${unit}`}`
        : '';
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <p>
        <strong>{data?.message ?? 'Startar …'}</strong> {amount}
      </p>
      <progress
        max={data?.total ?? undefined}
        value={data?.total ? data.done : undefined}
        aria-label={data?.message ?? 'Jobbet startar'}
      />
    </div>
  );
}

/** A file on its way to the server: how much has been sent, as a progress bar and in words. */
export function UploadProgress({ sent, total, what }: { sent: number; total: number; what: string }) {
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <p>
        <strong>Laddar upp …</strong> {number.format(Math.round(sent / 1024))} av{' '}
        {number.format(Math.round(total / 1024))} kB
      </p>
      <progress max={total} value={sent} aria-label={`Laddar upp ${what}`} />
    </div>
  );
}
