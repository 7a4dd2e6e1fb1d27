/**
 * Dokument: a unit's verksamhetsberättelse, delårsrapport, förvaltningsbudget or internkontrollplan for a year, generated from
 * the data. Choose the unit, the year, the document and (if not the document's own) the round; open it as a
 * web page or download it as a PDF, a Word file or an Excel workbook of its tables, at once or – for a long
 * document – created in the background with its progress (docs/adr/0027-documents.md). What is generated
 * here is always a draft, with missing texts marked; under Versioner a draft is stored as a version,
 * reviewed, approved and frozen, decided and published.
 *
 * What is chosen lives in the address (?enhet=VSS&ar=2019&typ=annual&tillfalle=<id>), so a choice can be linked.
 */
import { useSearchParams } from 'react-router';
import { operationUrl } from '#core/api.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { planningApi } from '#modules/planning/contract.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { SelectField, UnitYearFields } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { documentsApi } from '../contract.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../domain/document.ts';
import { DOCUMENT_TYPE_NAMES } from '../domain/render-html.ts';
import { RenderJobSection } from './render-job-section.tsx';
import { VersionsSection } from './versions-section.tsx';

const TYPE_ROUNDS: Readonly<Record<DocumentType, string>> = {
  annual: 'bokslutet',
  interim: 'delåret i augusti',
  budget: 'budgeten',
  internalControlPlan: 'budgeten',
  municipal: 'bokslutet',
};

/** The document type's own round. */
const OWN_ROUND = 'eget';

export function DocumentsPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const rounds = useApiQuery(planningApi.listRounds, { query: { year } });
  const org = shownUnitCode(units.data, params.get('enhet'));
  const type = oneOf(DOCUMENT_TYPES, params.get('typ') ?? '', 'annual');
  const yearRounds = rounds.data ?? [];
  const roundId = yearRounds.find((round) => round.id === params.get('tillfalle'))?.id;
  const go = (change: { enhet?: string; ar?: string; typ?: string; tillfalle?: string }) => {
    const next = new URLSearchParams({ enhet: org, ar: String(year), typ: type, ...change });
    if ((next.get('tillfalle') ?? OWN_ROUND) === OWN_ROUND || change.ar !== undefined) {
      next.delete('tillfalle');
    }
    setParams(next);
  };
  const years = [...new Set([...roundYears, year])].sort((a, b) => a - b);
  const query = { unitId: org, year, type, ...(roundId ? { roundId } : {}) };
  const unitName = units.data?.find((unit) => unit.code === org)?.name ?? org;
  return (
    <>
      <PageTitle title="Dokument">Dokument</PageTitle>
      <p className="lead">
        Verksamhetsberättelse, delårsrapport, förvaltningsbudget och internkontrollplan skapade ur Verksams
        data: tabeller, diagram, bedömningar, uppdrag och kontrollmoment som de står nu. Välj kommunen för den
        kommunövergripande sammanställningen av alla nämnder och förvaltningar. Det som skapas här är utkast;
        texter som ännu inte är skrivna är markerade i dem. Under Versioner sparas, granskas, godkänns och
        beslutas dokumentet.
      </p>
      <form className="field-row" aria-label="Välj dokument" onSubmit={(event) => event.preventDefault()}>
        <UnitYearFields idPrefix="documents" units={units.data} org={org} year={year} years={years} go={go} />
        <SelectField
          id="documents-type"
          label="Dokument"
          value={type}
          onChange={(value) => go({ typ: value })}
          options={DOCUMENT_TYPES.map((value) => ({ value, label: DOCUMENT_TYPE_NAMES[value] }))}
        />
        <SelectField
          id="documents-round"
          label="Uppföljningstillfälle"
          value={roundId ?? OWN_ROUND}
          onChange={(value) => go({ tillfalle: value })}
          options={[
            { value: OWN_ROUND, label: `Dokumentets eget (${TYPE_ROUNDS[type]})` },
            ...yearRounds.map((round) => ({ value: round.id, label: round.name })),
          ]}
        />
      </form>
      {org && (
        <section aria-labelledby="documents-files">
          <h2 id="documents-files">
            {DOCUMENT_TYPE_NAMES[type]} {year}, {unitName}
          </h2>
          <ul className="link-list">
            <li>
              <a href={operationUrl(documentsApi.renderDocument, { query: { ...query, format: 'html' } })}>
                Öppna som webbsida (HTML)
              </a>
            </li>
            <li>
              <a
                href={operationUrl(documentsApi.renderDocument, { query: { ...query, format: 'pdf' } })}
                download
              >
                Ladda ned som PDF
              </a>
            </li>
            <li>
              <a
                href={operationUrl(documentsApi.renderDocument, { query: { ...query, format: 'docx' } })}
                download
              >
                Hämta som Word
              </a>
            </li>
            <li>
              <a
                href={operationUrl(documentsApi.renderDocument, { query: { ...query, format: 'xlsx' } })}
                download
              >
                Hämta som Excel
              </a>{' '}
              (en flik per tabell)
            </li>
          </ul>
          <RenderJobSection key={JSON.stringify(query)} query={query} />
        </section>
      )}
      {org && <VersionsSection org={org} year={year} type={type} roundId={roundId} />}
    </>
  );
}
