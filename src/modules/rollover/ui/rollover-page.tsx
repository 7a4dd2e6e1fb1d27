/**
 * "Nytt år": a central controller chooses the year to close, sees what each module would carry into the
 * next (nothing is written), starts it as a job and follows its progress, and can undo it until someone
 * edits what it made.
 */
import { useEffect, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useSession } from '#modules/access/ui/index.ts';
import { JobFailure, JobProgress } from '#modules/jobs/ui/index.ts';
import { type ApiError, asApiError, call, useApiMutation, useApiQuery, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears } from '#web/kit/year.tsx';
import { rolloverApi, rolloverSchema } from '../contract.ts';

type Rollover = OperationResult<typeof rolloverApi.list>[number];

const number = new Intl.NumberFormat('sv-SE');
const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));

/** "3 uppföljningstillfällen skapade, 12 mål ändrade". */
function describeCounts(rollover: Rollover): string {
  const parts = rollover.counts.flatMap((count) => [
    ...(count.created > 0 ? [`${count.label.toLowerCase()}: ${number.format(count.created)} nya`] : []),
    ...(count.changed > 0 ? [`${count.label.toLowerCase()}: ${number.format(count.changed)} ändrade`] : []),
  ]);
  return parts.length === 0 ? 'Inget behövde skapas eller ändras.' : `${parts.join('; ')}.`;
}

function Preview({ fromYear }: { fromYear: number }) {
  const preview = useApiQuery(rolloverApi.preview, { query: { fromYear } });
  if (preview.isError) {
    return <LoadError error={preview.error} />;
  }
  if (!preview.data) {
    return <Loading what="förhandsvisningen" />;
  }
  const { toYear, steps, refusal } = preview.data;
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">
        Så här skulle {toYear} startas från {fromYear}
      </h2>
      <p>Provkörning: ingenting har sparats ännu.</p>
      <table className="data-table">
        <caption>Steg för steg, i modulernas ordning</caption>
        <thead>
          <tr>
            <th scope="col">Steg</th>
            <th scope="col" className="num">
              Poster
            </th>
            <th scope="col">Vad som händer</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.name}>
              <th scope="row">{step.label}</th>
              <td className="num">{number.format(step.count)}</td>
              <td>{step.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {refusal && <Notice kind="warning">{refusal}</Notice>}
    </section>
  );
}

function Finished({ result }: { result: unknown }) {
  const refresh = useRefresh();
  useEffect(() => {
    void refresh(['planning', 'goals', 'organisation']);
  }, [refresh]);
  const rollover = rolloverSchema.safeParse(result);
  if (!rollover.success) {
    return <Notice kind="warning">Det nya året är startat, men kvittot kunde inte läsas.</Notice>;
  }
  return (
    <Notice kind="success">
      <p>
        <strong>
          {rollover.data.toYear} är startat från {rollover.data.fromYear}.
        </strong>{' '}
        {describeCounts(rollover.data)}
      </p>
      <p>Det går att ångra nedan tills någon ändrar något av det som skapades eller ändrades.</p>
    </Notice>
  );
}

function UndoButton({ rollover }: { rollover: Rollover }) {
  const undo = useApiMutation(rolloverApi.undo);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        disabled={undo.saving}
        onClick={() => {
          if (
            window.confirm(
              `Ångra starten av ${rollover.toYear}? Det som skapades tas bort och målen återställs.`,
            )
          ) {
            undo.save({ params: { id: rollover.id }, body: { version: rollover.version } });
          }
        }}
      >
        Ångra {rollover.toYear}
      </button>
      {undo.error && <LoadError error={undo.error} />}
    </>
  );
}

function History() {
  const list = useApiQuery(rolloverApi.list, {});
  if (list.isError) {
    return <LoadError error={list.error} />;
  }
  if (!list.data) {
    return <Loading what="tidigare årsskiften" />;
  }
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Tidigare årsskiften</h2>
      {list.data.length === 0 ? (
        <p>Inget år har startats här ännu.</p>
      ) : (
        <table className="data-table">
          <caption>Senaste först</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Startat av</th>
              <th scope="col">Vad som gjordes</th>
              <th scope="col">Ångra</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((rollover) => (
              <tr key={rollover.id}>
                <th scope="row">
                  {rollover.fromYear} → {rollover.toYear}
                </th>
                <td>
                  {rollover.startedByName}, {dateTime(rollover.finishedAt)}
                </td>
                <td>{describeCounts(rollover)}</td>
                <td>
                  {rollover.undoneAt ? (
                    `Ångrat av ${rollover.undoneByName ?? 'okänd'}, ${dateTime(rollover.undoneAt)}`
                  ) : rollover.undoable ? (
                    <UndoButton rollover={rollover} />
                  ) : (
                    rollover.undoRefusal
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function RolloverPage() {
  const session = useSession();
  const years = useRoundYears();
  const [chosen, setChosen] = useState<string>('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const fromYear = Number(chosen || years[years.length - 1] || new Date().getFullYear());
  if (!session.canMunicipalityWide('govern')) {
    return (
      <>
        <PageTitle title="Nytt år">Nytt år</PageTitle>
        <Notice kind="warning">
          Bara den som styr hela kommunen (central controller eller administratör) kan starta ett nytt år.
        </Notice>
      </>
    );
  }
  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      const job = await call(rolloverApi.start, { body: { fromYear } });
      setJobId(job.id);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setStarting(false);
    }
  };
  return (
    <>
      <PageTitle title="Nytt år">Nytt år</PageTitle>
      <p className="lead">
        Starta nästa år: årets uppföljningstillfällen kopieras till det nya året, och mål som slutar i år
        förlängs med sina indikatorer. Målvärden kopieras inte – de beslutas för varje år. Allt görs i ett
        steg, och kan ångras tills någon ändrar något av det som skapades.
      </p>
      <div className="field-row">
        <SelectField
          id="rollover-from-year"
          label="År som avslutas"
          hint="Det nya året är året därpå."
          value={String(fromYear)}
          onChange={(value) => {
            setChosen(value);
            setJobId(null);
          }}
          options={years.map((year) => ({ value: String(year), label: `${year} → ${year + 1}` }))}
        />
      </div>
      <Preview fromYear={fromYear} />
      <ErrorSummary error={error} fieldIds={{ fromYear: 'rollover-from-year' }} />
      <p>
        <button
          type="button"
          className="button"
          disabled={starting || jobId !== null}
          onClick={() => void start()}
        >
          Starta {fromYear + 1}
        </button>
      </p>
      {jobId && (
        <JobProgress id={jobId} unit="steg">
          {(job) =>
            job.status === 'succeeded' ? (
              <Finished result={job.result} />
            ) : job.error ? (
              <JobFailure error={job.error} />
            ) : null
          }
        </JobProgress>
      )}
      <History />
    </>
  );
}
