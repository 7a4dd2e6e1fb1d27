/**
 * The operating statement of a unit and year, from the ledger: the unit, the months, the amount unit and the
 * sign convention are chosen on the page; the table itself states its unit and conventions under it.
 */
import { useState } from 'react';
import { longMonthName, type Month } from '#core/period.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { DataTable } from '#web/kit/data-table.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { ROUND_KIND_LABELS } from '../../planning/domain/index.ts';
import { AMOUNT_UNITS, economyApi, SIGN_CONVENTIONS } from '../contract.ts';
import { FORECAST_ROUNDS } from '../model.ts';

const SIGN_LABELS: Readonly<Record<(typeof SIGN_CONVENTIONS)[number], string>> = {
  result: 'Resultat: intäkter − kostnader (överskott positivt)',
  netCost: 'Nettokostnad: kostnader − intäkter (underskott positivt)',
};

export function StatementView({ year: initialYear, years }: { year: number; years: readonly number[] }) {
  const units = useOrgUnits();
  const [org, setOrg] = useState('');
  const [year, setYear] = useState(String(initialYear));
  const [throughMonth, setThroughMonth] = useState('');
  const [unit, setUnit] = useState<(typeof AMOUNT_UNITS)[number]>('tkr');
  const [sign, setSign] = useState<(typeof SIGN_CONVENTIONS)[number]>('result');
  const [round, setRound] = useState('');
  const chosen = org || units.data?.[0]?.code || '';
  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">Driftsammandrag</h2>
      <div className="field-row">
        <SelectField
          id="statement-org"
          label="Enhet"
          hint="En rad per underenhet, med allt under den."
          value={chosen}
          onChange={setOrg}
          options={(units.data ?? []).map((option) => ({
            value: option.code,
            label: `${option.name} (${option.code})`,
          }))}
        />
        <SelectField
          id="statement-year"
          label="År"
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="statement-month"
          label="Till och med"
          value={throughMonth}
          onChange={setThroughMonth}
          options={[
            { value: '', label: '(senaste inlästa månaden)' },
            ...Array.from({ length: 12 }, (_, index) => ({
              value: String(index + 1),
              label: longMonthName((index + 1) as Month),
            })),
          ]}
        />
        <SelectField
          id="statement-round"
          label="Prognos"
          hint="Enheternas helårsprognoser från ett delår."
          value={round}
          onChange={setRound}
          options={[
            { value: '', label: '(ingen prognos)' },
            ...FORECAST_ROUNDS.map((value) => ({ value, label: ROUND_KIND_LABELS[value] })),
          ]}
        />
        <SelectField
          id="statement-unit"
          label="Belopp i"
          value={unit}
          onChange={(value) => setUnit(oneOf(AMOUNT_UNITS, value, 'tkr'))}
          options={AMOUNT_UNITS.map((value) => ({ value, label: value }))}
        />
        <SelectField
          id="statement-sign"
          label="Netto som"
          value={sign}
          onChange={(value) => setSign(oneOf(SIGN_CONVENTIONS, value, 'result'))}
          options={SIGN_CONVENTIONS.map((value) => ({ value, label: SIGN_LABELS[value] }))}
        />
      </div>
      {chosen && (
        <Statement
          org={chosen}
          year={Number(year)}
          throughMonth={throughMonth === '' ? undefined : throughMonth}
          unit={unit}
          sign={sign}
          round={round === '' ? undefined : oneOf(FORECAST_ROUNDS, round, 'august')}
        />
      )}
    </section>
  );
}

/** One operating statement, as the API builds it. */
export function Statement(query: {
  org: string;
  year: number;
  throughMonth: string | undefined;
  unit: (typeof AMOUNT_UNITS)[number];
  sign: (typeof SIGN_CONVENTIONS)[number];
  round?: (typeof FORECAST_ROUNDS)[number];
  /** The budget document's layout: last closing, budgets and this many plan years ("5"). */
  planYears?: string;
}) {
  const statement = useApiQuery(economyApi.getStatement, { query: { ...query, details: 'true' } });
  if (statement.isPending) {
    return <Loading what="driftsammandraget" />;
  }
  if (statement.isError) {
    return <LoadError error={statement.error} />;
  }
  return <DataTable table={statement.data} id="statement" />;
}
