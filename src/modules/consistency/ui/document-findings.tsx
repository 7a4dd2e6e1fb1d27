/**
 * Dokumentens egna kontroller, on Kontroller: each version of the unit's documents for the year (and round)
 * that is not yet frozen – drafts and versions in review – with what the rules over its own content find
 * as its approval reads it: sums that are not their rows', varav rows, sign conventions, a verdict stated
 * twice, footnotes, empty sections. A "fel" shows its acknowledgement or, for those who may, the form to
 * acknowledge it; it stops the version's approval until then, or until a new version no longer holds it.
 */
import { Link } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import type { RoundKind } from '#core/period.ts';
import { VERSION_STATE_LABELS } from '#modules/documents/domain/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { consistencyApi } from '../contract.ts';
import { RULE_NAMES, SEVERITY_LABELS } from '../domain/finding.ts';
import { AcknowledgementCell, type Scope, SEVERITY_TONES } from './acknowledgement.tsx';

type CheckedVersion = OperationResult<typeof consistencyApi.documentFindings>['versions'][number];

function VersionFindings({ version, scope }: { version: CheckedVersion; scope: Scope }) {
  const titleId = `document-version-${version.id}`;
  const search = new URLSearchParams({ enhet: scope.org, ar: String(scope.year), typ: version.documentType });
  const versionScope: Scope = { ...scope, documentVersion: version.id };
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>
        {version.title}, version {version.number} ({VERSION_STATE_LABELS[version.state].toLowerCase()})
      </h3>
      <p>
        {version.period}. {version.summary} <Link to={`/dokument?${search}`}>Versionerna på Dokument</Link>
      </p>
      {version.findings.length > 0 && (
        <div className="table-scroll">
          <table className="data-table wrapping">
            <caption className="visually-hidden">
              Fynd i det egna innehållet i {version.title}, version {version.number}
            </caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Allvarlighet</th>
                <th scope="col">Plats i dokumentet</th>
                <th scope="col">Beskrivning</th>
                <th scope="col">Kvittering</th>
              </tr>
            </thead>
            <tbody>
              {version.findings.map((finding) => (
                <tr key={finding.key}>
                  <th scope="row">{RULE_NAMES[finding.ruleId]}</th>
                  <td>
                    <Badge
                      tone={SEVERITY_TONES[finding.severity]}
                      label={SEVERITY_LABELS[finding.severity]}
                    />
                  </td>
                  <td>{finding.place}</td>
                  <td>{finding.message}</td>
                  <td>
                    {finding.severity === 'fel' ? (
                      <AcknowledgementCell finding={finding} scope={versionScope} />
                    ) : (
                      <p>Bara fel kvitteras.</p>
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

export function DocumentVersionFindings({
  scope,
  where,
}: {
  scope: Scope;
  /** "Verksamhetsstöd och service 2019, Bokslut". */
  where: string;
}) {
  const round: RoundKind | undefined = scope.round;
  const found = useApiQuery(consistencyApi.documentFindings, {
    query: { org: scope.org, year: scope.year, round },
  });
  return (
    <section aria-labelledby="document-findings-title">
      <h2 id="document-findings-title">Dokumentens egna kontroller</h2>
      <p>
        Reglerna över ett dokuments eget innehåll – summor, varav-rader, teckenkonventioner, bedömningar som
        anges två gånger, fotnoter och tomma avsnitt – läser varje version som ännu inte är godkänd, så som
        godkännandet läser den. Ett fel hindrar godkännandet tills det är rättat i en ny version eller
        kvitterat här; en kvittering gäller samma motsägelse med samma siffror i senare versioner också.
      </p>
      {found.isError ? (
        <LoadError error={found.error} />
      ) : !found.data ? (
        <Loading what="dokumentens kontroller" />
      ) : found.data.versions.length === 0 ? (
        <p>Inga utkast eller versioner i granskning finns för {where}.</p>
      ) : (
        found.data.versions.map((version) => (
          <VersionFindings key={version.id} version={version} scope={scope} />
        ))
      )}
    </section>
  );
}
