/** Ekonomi: the ledger loaded from SIE files, the operating statement built from it, and cost centres. */
import { PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { CostCentres } from './cost-centres.tsx';
import { EconomyCharts } from './economy-charts.tsx';
import { ForecastForm } from './forecast-form.tsx';
import { LedgerHistory } from './ledger-history.tsx';
import { LedgerImportForm } from './ledger-import-form.tsx';
import { StatementView } from './statement-view.tsx';
import { useEconomyMay } from './use-economy-may.ts';
import { YearClosings } from './year-closings.tsx';

export function EconomyPage() {
  const year = useYear();
  const roundYears = useRoundYears();
  // The ledger may hold years that have no reporting rounds yet; offer a few around the current one.
  const years = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => b - a);
  // Only what the user may do is offered: a reader sees the figures and no form.
  const may = useEconomyMay(year);
  return (
    <>
      <PageTitle title="Ekonomi">Ekonomi</PageTitle>
      <p className="lead">
        Utfall från huvudboken, inläst som SIE-filer från ekonomisystemet, och driftsammandrag per enhet.
      </p>
      <StatementView year={year} years={years} />
      <EconomyCharts year={year} years={years} />
      {may.forecastUnits.length > 0 && <ForecastForm year={year} years={years} unitIds={may.forecastUnits} />}
      {may.importLedger && <LedgerImportForm year={year} years={years} />}
      <LedgerHistory />
      <YearClosings years={years} mayClose={may.closeYears} />
      <CostCentres mayEdit={may.editCostCentres} />
    </>
  );
}
