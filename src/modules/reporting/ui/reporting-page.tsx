/**
 * Rapportering: how far the units under a unit have come in a follow-up round – "12 av 18 enheter klara",
 * how many are late, and a table of every reporting unit with its state, whether it is late and the last
 * comment from the review. Every signed-in user may look (reads are open, ADR 0019).
 *
 * What is shown lives in the address (?ar=2023&tillfalle=…&org=VSS), so a view can be linked.
 */
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import { useSession } from '#modules/access/ui/index.ts';
import { JobFailure, JobProgress } from '#modules/jobs/ui/index.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import type { ReportingRoundDto } from '#modules/planning/contract.ts';
import { CloseRound, useRounds } from '#modules/planning/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { reportingApi } from '../contract.ts';
import { dueForReminder, swedishDate } from '../domain/reminder.ts';
import { STATE_LABELS } from '../domain/round-part.ts';
import { lateText, STATE_TONES } from './labels.ts';
import { RoundSubset } from './round-subset.tsx';

export const REPORTING_PATH = '/rapportering';

interface View {
  readonly year: number;
  readonly round: string | null;
  readonly org: string | null;
}

function viewSearch(view: View): string {
  const params = new URLSearchParams({ ar: String(view.year) });
  if (view.round) {
    params.set('tillfalle', view.round);
  }
  if (view.org) {
    params.set('org', view.org);
  }
  return `?${params.toString()}`;
}

/** Today as a date (ÅÅÅÅ-MM-DD) in Sweden. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** The round to show when none is chosen: the next open one to report in, else the year's last. */
function defaultRound(rounds: readonly ReportingRoundDto[]): ReportingRoundDto | undefined {
  const date = today();
  return rounds.find((round) => !round.closed && round.deadline >= date) ?? rounds.at(-1);
}

type ReminderResult = OperationResult<typeof reportingApi.remind>;

/** What a reminder did: to how many, which units were skipped and why, and the e-mail job as it runs. */
function ReminderOutcome({ result }: { result: ReminderResult }) {
  return (
    <>
      <Notice kind="success">
        <p>{result.summary}</p>
        {result.skipped.length > 0 && (
          <ul>
            {result.skipped.map((skip) => (
              <li key={skip.unit.id}>{skip.reason}</li>
            ))}
          </ul>
        )}
      </Notice>
      {result.mailJobId && (
        <JobProgress id={result.mailJobId} unit="e-postmeddelanden">
          {(job) =>
            job.error ? (
              <JobFailure error={job.error} />
            ) : (
              <p>Påminnelserna har också skickats som e-post till dem som har en e-postadress i Verksam.</p>
            )
          }
        </JobProgress>
      )}
    </>
  );
}

function Progress({ roundId, org }: { roundId: string; org: string }) {
  const progress = useApiQuery(reportingApi.progress, { params: { roundId }, query: { org } });
  const [outcome, setOutcome] = useState<ReminderResult | null>(null);
  const reminder = useApiMutation(reportingApi.remind, { onSaved: setOutcome });
  const remind = (units: string[]) => {
    setOutcome(null);
    reminder.save({ params: { roundId }, body: { units } });
  };
  if (progress.isError) {
    return <LoadError error={progress.error} />;
  }
  if (!progress.data) {
    return <Loading what="enheternas läge" />;
  }
  const { round, org: top, units } = progress.data;
  const now = new Date();
  const lateToRemind = units.filter((row) => row.mayRemind && dueForReminder(row, now));
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{progress.data.summary}</h2>
      <p>
        {lateText(progress.data.late)} Sista dag för {round.name} är {swedishDate(round.deadline)}.
        {round.closed && ' Tillfället är stängt: utfall och bedömningar kan inte längre ändras.'}
      </p>
      <p className="meta">
        {top.name} och enheterna under den som har mål för {round.year} eller har påbörjat sin del.
      </p>
      {lateToRemind.length > 0 && (
        <p>
          <button
            type="button"
            className="button"
            disabled={reminder.saving}
            onClick={() => remind(lateToRemind.map((row) => row.unit.code))}
          >
            Påminn alla sena ({lateToRemind.length})
          </button>{' '}
          <span className="meta">
            Rapportörerna får ett meddelande i Verksam med länk till enhetens rapport, och e-post om servern
            skickar e-post.
          </span>
        </p>
      )}
      {reminder.error && <LoadError error={reminder.error} />}
      {outcome && <ReminderOutcome result={outcome} />}
      {units.length === 0 ? (
        <p>
          Inga enheter under {top.name} rapporterar i {round.name}.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table progress-table">
            <caption>
              Enheternas läge i {round.name} under {top.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col">Läge</th>
                <th scope="col">Sen</th>
                <th scope="col">Senaste kommentar</th>
                <th scope="col">Påminnelse</th>
              </tr>
            </thead>
            <tbody>
              {units.map((row) => (
                <tr key={row.unit.id}>
                  <th scope="row">
                    <Link to={`/${round.year}/${encodeURIComponent(row.unit.code)}?tillfalle=${round.id}`}>
                      {row.unit.name} ({row.unit.code})
                    </Link>
                  </th>
                  <td>
                    <Badge tone={STATE_TONES[row.state]} label={STATE_LABELS[row.state]} />
                  </td>
                  <td>
                    {row.late ? (
                      <strong>Ja</strong>
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Nej</span>
                      </>
                    )}
                  </td>
                  <td>
                    {richTextToPlain(row.comment) || (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Ingen kommentar</span>
                      </>
                    )}
                  </td>
                  <td>
                    {row.reminded ? (
                      <span className="reminded">{row.reminded.text}</span>
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Inte påmind</span>
                      </>
                    )}
                    {row.mayRemind && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="small-button"
                          disabled={reminder.saving}
                          onClick={() => remind([row.unit.code])}
                        >
                          {row.reminded ? 'Påminn igen' : 'Påminn'}
                          <span className="visually-hidden"> {row.unit.name}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ReportingPage() {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const year = useYear();
  const roundYears = useRoundYears();
  const rounds = useRounds(year);
  const units = useOrgUnits(year);
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  const round =
    followUps.find((candidate) => candidate.id === params.get('tillfalle')) ?? defaultRound(followUps);
  const chosenOrg = params.get('org');
  const org =
    units.data?.find((unit) => unit.code === chosenOrg?.toUpperCase() || unit.id === chosenOrg)?.code ??
    units.data?.find((unit) => unit.parentId === null)?.code ??
    units.data?.[0]?.code;
  const view: View = { year, round: round?.id ?? null, org: org ?? null };
  // The view last asked for: a second change made before the address has caught up with the first builds
  // on it rather than on what this render shows.
  const latest = useRef(view);
  latest.current = view;
  const go = (change: Partial<View>) => {
    latest.current = { ...latest.current, ...change };
    setParams(new URLSearchParams(viewSearch(latest.current)));
  };
  const years = [...new Set([...roundYears, year])].sort((a, b) => a - b);
  const sortedUnits = [...(units.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <PageTitle title="Rapportering">Rapportering</PageTitle>
      <p className="lead">
        Hur långt enheterna har kommit i ett uppföljningstillfälle: vilka som är klara, vilka som är sena och
        vad granskningen har sagt.
      </p>
      <div className="field-row">
        <SelectField
          id="reporting-year"
          label="År"
          value={String(year)}
          onChange={(value) => go({ year: Number(value), round: null })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="reporting-round"
          label="Uppföljningstillfälle"
          value={round?.id ?? ''}
          onChange={(value) => go({ round: value })}
          options={followUps.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
        <SelectField
          id="reporting-org"
          label="Enhet"
          value={org ?? ''}
          onChange={(value) => go({ org: value })}
          options={sortedUnits.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        />
      </div>
      {rounds.isError && <LoadError error={rounds.error} />}
      {units.isError && <LoadError error={units.error} />}
      {(!rounds.data || !units.data) && !rounds.isError && !units.isError && (
        <Loading what="uppföljningstillfällena" />
      )}
      {rounds.data && followUps.length === 0 && <p>Det finns inga uppföljningstillfällen för {year}.</p>}
      {round && org && <Progress roundId={round.id} org={org} />}
      {round && (
        <section aria-labelledby="round-subset-title">
          <h2 id="round-subset-title">Vad tillfället frågar efter</h2>
          <RoundSubset roundId={round.id} />
        </section>
      )}
      {round && session.canMunicipalityWide('govern') && (
        <section aria-labelledby="close-round-title">
          <h2 id="close-round-title">{round.closed ? 'Öppna tillfället igen' : 'Stäng tillfället'}</h2>
          <CloseRound key={round.id} round={round} />
        </section>
      )}
    </>
  );
}
