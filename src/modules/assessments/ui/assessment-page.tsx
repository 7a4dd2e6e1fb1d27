/**
 * Assessing a goal in a round: the indicators and their statuses, the verdict they suggest, and the human
 * verdict with its basis and results. A verdict that contradicts the indicators is saved as given and marked.
 */

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isInterimRound, type RoundKind } from '#core/period.ts';
import { GoalSheetView, useGoalSheet } from '#modules/goals/ui/index.ts';
import { api } from '#web/api-client.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { TextArea } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useSave } from '#web/use-save.ts';
import type { AssessmentDto } from '../contract.ts';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../domain/verdict.ts';
import type { GoalAssessment } from './use-unit-assessments.ts';
import { VerdictBadge } from './verdict-badge.tsx';

interface Detail extends GoalAssessment {
  goal: { id: string; name: string; description: string | null; orgUnitId: string };
  round: { id: string; name: string; year: number; kind: RoundKind };
}

function AssessmentForm({ detail, onSaved }: { detail: Detail; onSaved: (saved: Detail) => void }) {
  const current: AssessmentDto | null = detail.assessment;
  const [verdict, setVerdict] = useState<Verdict>(
    current?.verdict ?? detail.suggestion.verdict ?? 'notAssessed',
  );
  const [basis, setBasis] = useState(current?.basis ?? '');
  const [results, setResults] = useState<string[]>(current?.results.length ? current.results : ['']);
  const path = `/api/v1/assessments/goals/${detail.goal.id}/rounds/${detail.round.id}`;
  const { save, saving, error } = useSave(
    () =>
      api.put<Detail>(path, {
        verdict,
        basis,
        results: results.map((result) => result.trim()).filter((result) => result !== ''),
        ...(current ? { version: current.version } : {}),
      }),
    { invalidate: [['assessment'], ['history']], onSaved },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(undefined);
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
      <TextArea
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
  const path = `/api/v1/assessments/goals/${goalId}/rounds/${roundId}`;
  const detail = useQuery({
    queryKey: ['assessment', goalId, roundId],
    queryFn: () => api.get<Detail>(path),
  });
  const [saved, setSaved] = useState<Detail | null>(null);
  const unit = useQuery({
    queryKey: ['org-unit', detail.data?.goal.orgUnitId],
    queryFn: () =>
      api.get<{ code: string; name: string }>(`/api/v1/organisation/units/${detail.data?.goal.orgUnitId}`),
    enabled: detail.data !== undefined,
  });
  const sheet = useGoalSheet(unit.data?.code ?? '', detail.data?.round.year ?? 0, roundId);
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
          .map((table) => ({ ...table, goals: table.goals.filter((block) => block.goal.id === goalId) }))
          .filter((table) => table.goals.length > 0),
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
        {onlyThisGoal ? <GoalSheetView sheet={onlyThisGoal} /> : <Loading what="indikatorerna" />}
      </section>

      <section aria-labelledby="verdict-title">
        <h2 id="verdict-title">Bedömning</h2>
        {data.assessment && (
          <p>
            Nuvarande bedömning: <VerdictBadge verdict={data.assessment.verdict} />
          </p>
        )}
        {data.contradiction && (
          <Notice kind="warning">
            <strong>Bedömningen avviker från indikatorerna.</strong> {data.contradiction.message} Bedömningen
            gäller som den är satt; motivera den i grunden för bedömningen.
          </Notice>
        )}
        {saved && <Notice kind="success">Bedömningen är sparad.</Notice>}
        <AssessmentForm key={data.assessment?.version ?? 0} detail={data} onSaved={setSaved} />
      </section>
    </>
  );
}
