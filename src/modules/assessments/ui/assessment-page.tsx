/**
 * Assessing a goal in a round: the indicators and their statuses, the verdict they suggest, and the human
 * verdict with its basis and results. A verdict that contradicts the indicators is saved as given and marked.
 * The form is for those the page's data says may assess now (the server's policy: reporters and planners of
 * the goal's unit, while the round is open); everyone sees the verdict and its history.
 */

import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { isInterimRound } from '#core/period.ts';
import { GoalSheetView, useGoalSheet } from '#modules/goals/ui/index.ts';
import { useOrgUnit } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { HistorySection } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { RichTextField, RichTextView } from '#web/kit/rich-text-field.tsx';
import { assessmentsApi } from '../contract.ts';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../domain/verdict.ts';
import { VerdictBadge } from './verdict-badge.tsx';

type Detail = OperationResult<typeof assessmentsApi.get>;

function AssessmentForm({ detail, onSaved }: { detail: Detail; onSaved: (saved: Detail) => void }) {
  const current = detail.assessment;
  const [verdict, setVerdict] = useState<Verdict>(
    current?.verdict ?? detail.suggestion.verdict ?? 'notAssessed',
  );
  const [basis, setBasis] = useState(current?.basis ?? '');
  const [results, setResults] = useState<string[]>(current?.results.length ? [...current.results] : ['']);
  const { save, saving, error } = useApiMutation(assessmentsApi.save, { onSaved });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      params: { goalId: detail.goal.id, roundId: detail.round.id },
      body: {
        verdict,
        basis,
        results: results.map((result) => result.trim()).filter((result) => result !== ''),
        ...(current ? { version: current.version } : {}),
      },
    });
  };
  const ids = { verdict: 'verdict-met', basis: 'assessment-basis', results: 'result-0' };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={error} fieldIds={ids} />
      <fieldset className="field">
        <legend>Bedömning</legend>
        <div className="radios">
          {VERDICTS.map((value) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={`verdict-${value}`}
                name="verdict"
                value={value}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              <label htmlFor={`verdict-${value}`}>
                {VERDICT_LABELS[value]}
                {detail.suggestion.verdict === value && (
                  <span className="meta"> – indikatorernas förslag</span>
                )}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <RichTextField
        id={ids.basis}
        label="Grund för bedömningen"
        hint="Den sammanvägda bedömningen: resultat, verksamhetsplan, indikatorer och andra aktiviteter."
        rows={6}
        value={basis}
        onChange={setBasis}
        error={fieldError(error, 'basis')}
      />
      <fieldset className="field">
        <legend>Resultat som bidragit till målet</legend>
        <ol className="results-list">
          {results.map((result, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in a list being edited
            <li key={index}>
              <label htmlFor={`result-${index}`} className="visually-hidden">
                Resultat {index + 1}
              </label>
              <textarea
                id={`result-${index}`}
                className="input input-full"
                rows={2}
                value={result}
                onChange={(event) =>
                  setResults((list) => list.map((item, at) => (at === index ? event.target.value : item)))
                }
              />
              <button
                type="button"
                className="small-button"
                onClick={() => setResults((list) => list.filter((_, at) => at !== index))}
                aria-label={`Ta bort resultat ${index + 1}`}
              >
                Ta bort
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setResults((list) => [...list, ''])}
        >
          Lägg till resultat
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : 'Spara bedömningen'}
      </button>
    </form>
  );
}

export function AssessmentPage() {
  const { goalId = '', roundId = '' } = useParams();
  const detail = useApiQuery(assessmentsApi.get, { params: { goalId, roundId } });
  const [saved, setSaved] = useState<Detail | null>(null);
  const unit = useOrgUnit(detail.data?.goal.orgUnitId);
  const sheet = useGoalSheet(unit.data?.code ?? '', detail.data?.round.year ?? 0, roundId, {
    enabled: unit.data !== undefined && detail.data !== undefined,
  });
  if (detail.isError) {
    return <LoadError error={detail.error} />;
  }
  if (!detail.data) {
    return <Loading what="bedömningen" />;
  }
  const data = saved ?? detail.data;
  const goalSheet = sheet.data?.sheet;
  const onlyThisGoal = goalSheet && {
    ...goalSheet,
    areas: goalSheet.areas
      .map((area) => ({
        ...area,
        tables: area.tables
          .map((table) => ({ ...table, groups: table.groups.filter((group) => group.ref?.id === goalId) }))
          .filter((table) => table.groups.length > 0),
      }))
      .filter((area) => area.tables.length > 0),
  };
  return (
    <>
      {unit.data && (
        <p>
          <Link to={`/${data.round.year}/${encodeURIComponent(unit.data.code)}?tillfalle=${data.round.id}`}>
            Tillbaka till {unit.data.name}, {data.round.name}
          </Link>
        </p>
      )}
      <PageTitle title={`Bedömning: ${data.goal.name}`}>
        <span className="title-kicker">Bedömning {data.round.name}</span> {data.goal.name}
      </PageTitle>
      {data.goal.description && <p className="lead">{data.goal.description}</p>}

      <section aria-labelledby="suggestion-title" className="suggestion">
        <h2 id="suggestion-title">Vad indikatorerna säger</h2>
        <p>
          {data.suggestion.verdict ? (
            <>
              Förslag: <VerdictBadge verdict={data.suggestion.verdict} />{' '}
            </>
          ) : null}
          {data.suggestion.description}
          {data.suggestion.uncounted > 0 &&
            ` ${data.suggestion.uncounted} indikatorrader saknar målvärde, utfall eller beräkningsbar status och räknas inte.`}
        </p>
        {isInterimRound(data.round.kind) && (
          <p className="meta">Vid ett delårstillfälle är bedömningen en prognos för helåret.</p>
        )}
        {onlyThisGoal ? (
          <GoalSheetView sheet={onlyThisGoal} year={data.round.year} />
        ) : (
          <Loading what="indikatorerna" />
        )}
      </section>

      <section aria-labelledby="verdict-title">
        <h2 id="verdict-title">Bedömning</h2>
        {data.assessment ? (
          <>
            <p>
              Nuvarande bedömning: <VerdictBadge verdict={data.assessment.verdict} />
            </p>
            <RichTextView value={data.assessment.basis} className="assessment-basis" />
            {!data.editable && data.assessment.results.length > 0 && (
              <>
                <h3>Resultat som bidragit till målet</h3>
                <ul>
                  {data.assessment.results.map((result) => (
                    <li key={result}>{result}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          !data.editable && <p>Målet är inte bedömt vid {data.round.name}.</p>
        )}
        {/* A verdict its indicators contradict is said once, with the figures, in the checks' list below. */}
        {unit.data && (
          <FindingsBeside
            unit={unit.data.code}
            year={data.round.year}
            round={data.round.kind}
            records={[{ kind: 'assessment', goalId: data.goal.id, roundId: data.round.id }]}
            label="Kontroller för bedömningen"
          />
        )}
        {saved && <Notice kind="success">Bedömningen är sparad.</Notice>}
        {data.editable && (
          <AssessmentForm key={data.assessment?.version ?? 0} detail={data} onSaved={setSaved} />
        )}
      </section>

      {data.assessment && (
        <HistorySection
          operation={assessmentsApi.history}
          input={{ params: { id: data.assessment.id } }}
          valueLabels={{
            verdict: VERDICT_LABELS,
            goalId: { [data.goal.id]: data.goal.name },
            reportingRoundId: { [data.round.id]: data.round.name },
          }}
        />
      )}
    </>
  );
}
