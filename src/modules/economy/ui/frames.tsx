/**
 * Frames: each board's frame for the year, the adjustments between boards, the adjusted frame, and whether
 * the board's budget (net cost, everything under it) keeps within it – said in words, never by colour alone.
 */
import { type FormEvent, useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { economyApi, type FrameCheckDto } from '../contract.ts';
import { oreFromKronor } from '../domain/kronor.ts';
import { formatOre } from '../domain/statement/index.ts';

/** Kronor as tkr, exactly rounded, for tables of frames: "463 475". */
const tkr = (kronor: string) => formatOre(oreFromKronor(kronor), 'tkr');

const TONES: Readonly<Record<FrameCheckDto['status'], 'good' | 'bad' | 'neutral'>> = {
  within: 'good',
  balanced: 'good',
  over: 'bad',
  unbalanced: 'bad',
  noBudget: 'neutral',
};

/** A frame's kind in its history, as the table says it. */
const FRAME_VALUE_LABELS = { kind: { frame: 'Ram', selfCost: 'Nollresultat (självkostnad)' } };

function AddAdjustment({ year }: { year: number }) {
  const units = useOrgUnits();
  const options = (units.data ?? []).map((unit) => ({
    value: unit.code,
    label: `${unit.name} (${unit.code})`,
  }));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const { save, saving, error } = useApiMutation(economyApi.createFrameAdjustment, {
    onSaved: () => {
      setAmount('');
      setReason('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      body: {
        fromUnitId: from || (options[0]?.value ?? ''),
        toUnitId: to || (options[0]?.value ?? ''),
        amount,
        fromYear: year,
        reason,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="adjustment-title">
      <h3 id="adjustment-title">Ny ramjustering från och med {year}</h3>
      <ErrorSummary
        error={error}
        fieldIds={{
          fromUnitId: 'adjustment-from',
          toUnitId: 'adjustment-to',
          amount: 'adjustment-amount',
          reason: 'adjustment-reason',
        }}
      />
      <div className="field-row">
        <SelectField
          id="adjustment-from"
          label="Från"
          value={from || (options[0]?.value ?? '')}
          onChange={setFrom}
          options={options}
          error={fieldError(error, 'fromUnitId')}
        />
        <SelectField
          id="adjustment-to"
          label="Till"
          value={to || (options[0]?.value ?? '')}
          onChange={setTo}
          options={options}
          error={fieldError(error, 'toUnitId')}
        />
        <TextField
          id="adjustment-amount"
          label="Belopp, kr"
          value={amount}
          onChange={setAmount}
          width="medium"
          inputMode="decimal"
          error={fieldError(error, 'amount')}
        />
      </div>
      <TextField
        id="adjustment-reason"
        label="Skäl"
        hint="T.ex. Statistiktjänster."
        value={reason}
        onChange={setReason}
        error={fieldError(error, 'reason')}
      />
      <button type="submit" className="button" disabled={saving}>
        Lägg till ramjusteringen
      </button>
    </form>
  );
}

/** `mayAdjust`: whether the user may adjust frames between boards; if not, the frames are only shown. */
export function Frames({ year, mayAdjust }: { year: number; mayAdjust: boolean }) {
  const checks = useApiQuery(economyApi.listFrameChecks, { query: { year } });
  const units = useOrgUnits();
  // The table lists every board's frame, so the check is the whole organisation's: its top unit's.
  const root = units.data?.find((unit) => unit.parentId === null);
  return (
    <section aria-labelledby="frames-title">
      <h2 id="frames-title">Ramar {year}</h2>
      {checks.isPending ? (
        <Loading what="ramarna" />
      ) : checks.isError ? (
        <LoadError error={checks.error} />
      ) : checks.data.length === 0 ? (
        <p>Inga ramar är angivna för {year}.</p>
      ) : (
        // A wide table scrolls sideways; focusable, so that the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label="Ramar, rullbar tabell">
          <table className="data-table">
            <caption>Ramar och budget {year}, belopp i tkr (nettokostnad: kostnader − intäkter)</caption>
            <thead>
              <tr>
                <th scope="col">Nämnd eller enhet</th>
                <th scope="col" className="num">
                  Ram enligt beslut
                </th>
                <th scope="col">Ramjusteringar</th>
                <th scope="col" className="num">
                  Justerad ram
                </th>
                <th scope="col" className="num">
                  Budget
                </th>
                <th scope="col">Bedömning</th>
              </tr>
            </thead>
            <tbody>
              {checks.data.map((check) => (
                <tr key={check.frame.id}>
                  <th scope="row">
                    {check.unitName}
                    {check.frame.decision && <div className="hint">{check.frame.decision}</div>}
                  </th>
                  <td className="num">
                    {check.frame.kind === 'selfCost' ? 'Nollresultat' : tkr(check.frame.amount)}
                  </td>
                  <td>
                    {check.adjustments.length === 0 ? (
                      '–'
                    ) : (
                      <ul className="plain-list">
                        {check.adjustments.map((adjustment, index) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the same move may be listed twice
                          <li key={index}>
                            {adjustment.amount.startsWith('-') ? '−' : '+'}
                            {tkr(adjustment.amount.replace('-', ''))} {adjustment.reason} (
                            {adjustment.amount.startsWith('-') ? 'till' : 'från'} {adjustment.counterpart})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="num">{check.frame.kind === 'selfCost' ? '0' : tkr(check.adjustedAmount)}</td>
                  <td className="num">{check.budgetNetCost === null ? '' : tkr(check.budgetNetCost)}</td>
                  <td>
                    <Badge tone={TONES[check.status]} label={check.message} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {root && (
        <FindingsBeside
          unit={root.code}
          year={year}
          round="budget"
          records={[{ kind: 'frame' }]}
          label={`Kontroller för ramarna ${year}`}
          namesPlaces
        />
      )}
      {mayAdjust && <AddAdjustment year={year} />}
      <HistoryDetails
        summary={`Ramarnas och ramjusteringarnas historik ${year}`}
        operation={economyApi.frameHistory}
        input={{ query: { year } }}
        units={units.data}
        valueLabels={FRAME_VALUE_LABELS}
      />
    </section>
  );
}
