/**
 * The economy's charts on the Ekonomi page: costs and revenues per unit this year against last year, and
 * the whole-year forecast against the budget over the year's rounds, for a chosen unit and year. Each is a
 * figure with its table (web/kit/chart.tsx); the server draws the same charts as SVG for documents.
 */
import { useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { ChartAnswer } from '#web/kit/chart.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { economyChartsApi } from '../chart-contract.ts';
import { AMOUNT_UNITS } from '../contract.ts';

type AmountUnit = (typeof AMOUNT_UNITS)[number];

function Charts(query: { org: string; year: number; unit: AmountUnit }) {
  const costs = useApiQuery(economyChartsApi.costsAndRevenuesChart, { query });
  const forecast = useApiQuery(economyChartsApi.forecastVsBudgetChart, { query });
  return (
    <>
      <ChartAnswer answer={costs} id="chart-costs" />
      <ChartAnswer answer={forecast} id="chart-forecast" />
    </>
  );
}

export function EconomyCharts({ year: initialYear, years }: { year: number; years: readonly number[] }) {
  const units = useOrgUnits();
  const [org, setOrg] = useState('');
  const [year, setYear] = useState(String(initialYear));
  const [unit, setUnit] = useState<AmountUnit>('tkr');
  const chosen = org || units.data?.[0]?.code || '';
  const query = { org: chosen, year: Number(year), unit };
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">Diagram</h2>
      <div className="field-row">
        <SelectField
          id="charts-org"
          label="Enhet"
          hint="Staplar per underenhet, med allt under den."
          value={chosen}
          onChange={setOrg}
          options={(units.data ?? []).map((option) => ({
            value: option.code,
            label: `${option.name} (${option.code})`,
          }))}
        />
        <SelectField
          id="charts-year"
          label="År"
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="charts-unit"
          label="Belopp i"
          value={unit}
          onChange={(value) => setUnit(oneOf(AMOUNT_UNITS, value, 'tkr'))}
          options={AMOUNT_UNITS.map((value) => ({ value, label: value }))}
        />
      </div>
      {chosen && <Charts {...query} />}
    </section>
  );
}
