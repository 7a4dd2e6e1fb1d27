/**
 * Kontroller: the findings of the consistency checks for a unit, a year and a round (or all the year's
 * rounds), grouped by severity – each with its rule, a link to its place, the message and the seed lines –
 * and how many each rule found. Severity is said in words and an icon, never by colour alone. Each "fel"
 * shows its acknowledgement (who, when, why) or, for those who may review or approve the unit, a form to
 * acknowledge it with a reason; printed, the list is an appendix without the forms (issue 9 item 3). Under
 * them, the unit's document versions not yet frozen, each with the findings of its own content.
 *
 * What is shown lives in the address (?enhet=VSS&ar=2019&tillfalle=closing), so a view can be linked.
 */
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { SelectField, UnitYearFields } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { consistencyApi } from '../contract.ts';
import { RULE_NAMES, SEVERITIES, SEVERITY_GROUP_LABELS, type Severity } from '../domain/finding.ts';
import { errorCount } from '../domain/report-text.ts';
import { AcknowledgementCell, type Scope, SEVERITY_TONES } from './acknowledgement.tsx';
import { DocumentVersionFindings } from './document-findings.tsx';
import { useConsistencyMay } from './use-consistency-may.ts';

type Report = OperationResult<typeof consistencyApi.findings>;
type Finding = Report['findings'][number];

const ALL_ROUNDS = 'alla';
const ROUND_CHOICES = [ALL_ROUNDS, ...ROUND_KINDS] as const;

/** "2 fel (varav 1 kvitterat), 2 varningar, 36 noteringar". */
export function severitySummary(severities: Readonly<Record<Severity, number>>, acknowledged = 0): string {
  const { fel, varning, notering } = severities;
  return (
    `${errorCount(fel, acknowledged)}, ${varning} ${varning === 1 ? 'varning' : 'varningar'}, ` +
    `${notering} ${notering === 1 ? 'notering' : 'noteringar'}`
  );
}

function FindingRow({ finding, scope }: { finding: Finding; scope: Scope | null }) {
  const { place } = finding;
  return (
    <tr>
      <th scope="row">{RULE_NAMES[finding.ruleId]}</th>
      <td>
        <Link to={place.path}>{place.label}</Link>
        <p className="meta">{[place.unit, place.round?.name].filter(Boolean).join(' · ')}</p>
      </td>
      <td>{finding.provenance.join('; ')}</td>
      <td>{finding.message}</td>
      {scope && (
        <td>
          <AcknowledgementCell finding={finding} scope={scope} />
        </td>
      )}
    </tr>
  );
}

function SeverityGroup({
  severity,
  findings,
  scope,
}: {
  severity: Severity;
  findings: readonly Finding[];
  scope: Scope;
}) {
  const id = `findings-${severity}`;
  // Only errors are acknowledged: they alone stop an approval.
  const acknowledgeable = severity === 'fel' ? scope : null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        <Badge tone={SEVERITY_TONES[severity]} label={SEVERITY_GROUP_LABELS[severity]} /> {findings.length}{' '}
        fynd
      </h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            {SEVERITY_GROUP_LABELS[severity]}: {findings.length} fynd
          </caption>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Plats</th>
              <th scope="col">Källa</th>
              <th scope="col">Beskrivning</th>
              {acknowledgeable && <th scope="col">Kvittering</th>}
            </tr>
          </thead>
          <tbody>
            {findings.map((finding) => (
              <FindingRow key={finding.key} finding={finding} scope={acknowledgeable} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RuleCounts({ report }: { report: Report }) {
  return (
    <section aria-labelledby="rule-counts-title">
      <h2 id="rule-counts-title">Per regel</h2>
      <table className="data-table">
        <caption className="visually-hidden">Antal fynd per regel</caption>
        <thead>
          <tr>
            <th scope="col">Regel</th>
            <th scope="col" className="num">
              Fynd
            </th>
          </tr>
        </thead>
        <tbody>
          {report.counts.map((count) => (
            <tr key={count.ruleId}>
              <th scope="row">{count.name}</th>
              <td className="num">{count.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Findings({ org, year, round }: { org: string; year: number; round: RoundKind | undefined }) {
  const report = useApiQuery(consistencyApi.findings, { query: { org, year, round } });
  // What the user may do here comes from the server, decided as the acknowledgement's save decides it.
  const may = useConsistencyMay(org, year);
  if (report.isError) {
    return <LoadError error={report.error} />;
  }
  if (!report.data) {
    return <Loading what="kontrollerna" />;
  }
  const { data } = report;
  const where = `${data.orgUnit.name} ${data.year}${round ? `, ${ROUND_KIND_LABELS[round]}` : ''}`;
  const scope: Scope = { org, year, round, mayAcknowledge: may.acknowledge };
  return (
    <>
      {data.findings.length === 0 ? (
        <Notice kind="success">
          <p>Kontrollerna hittade inga motsägelser för {where}.</p>
        </Notice>
      ) : (
        <p>
          <strong>
            {where}: {severitySummary(data.severities, data.acknowledged)}.
          </strong>
        </p>
      )}
      {SEVERITIES.map((severity) => {
        const found = data.findings.filter((finding) => finding.severity === severity);
        return found.length === 0 ? null : (
          <SeverityGroup key={severity} severity={severity} findings={found} scope={scope} />
        );
      })}
      <RuleCounts report={data} />
      <DocumentVersionFindings scope={scope} where={where} />
    </>
  );
}

export function ConsistencyPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const org = shownUnitCode(units.data, params.get('enhet'));
  const round = oneOf(ROUND_CHOICES, params.get('tillfalle') ?? '', ALL_ROUNDS);
  const go = (change: { enhet?: string; ar?: string; tillfalle?: string }) => {
    const next = new URLSearchParams({ enhet: org, ar: String(year), tillfalle: round, ...change });
    if (next.get('tillfalle') === ALL_ROUNDS) {
      next.delete('tillfalle');
    }
    setParams(next);
  };
  const years = [...new Set([...roundYears, year])].sort((a, b) => a - b);
  return (
    <>
      <PageTitle title="Kontroller">Kontroller</PageTitle>
      <p className="lead">
        Motsägelser i en enhets mål, bedömningar, volymer och budget innan de godkänns: bedömningar som
        indikatorerna talar emot, delar som inte summerar, budgetar över ramen och siffror som anges olika vid
        två tillfällen. Varje fynd säger vilka siffror det gäller och länkar dit.
      </p>
      <div className="field-row no-print">
        <UnitYearFields
          idPrefix="consistency"
          units={units.data}
          org={org}
          year={year}
          years={years}
          go={go}
        />
        <SelectField
          id="consistency-round"
          label="Uppföljningstillfälle"
          value={round}
          onChange={(value) => go({ tillfalle: value })}
          options={ROUND_CHOICES.map((value) => ({
            value,
            label: value === ALL_ROUNDS ? 'Alla tillfällen' : ROUND_KIND_LABELS[value],
          }))}
        />
      </div>
      {org && <Findings org={org} year={year} round={round === ALL_ROUNDS ? undefined : round} />}
    </>
  );
}

/** For a unit's page: how many findings its year (and round) has, linking to them. */
export function FindingsLink({ code, year, round }: { code: string; year: number; round?: RoundKind }) {
  const report = useApiQuery(consistencyApi.findings, { query: { org: code, year, round } });
  const search = new URLSearchParams({
    enhet: code,
    ar: String(year),
    ...(round ? { tillfalle: round } : {}),
  });
  if (!report.data) {
    return null;
  }
  return (
    <Link className="small-link findings-link" to={`/kontroller?${search}`}>
      Kontroller: {severitySummary(report.data.severities, report.data.acknowledged)}
    </Link>
  );
}
