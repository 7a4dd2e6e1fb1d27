/**
 * The findings beside the record they are about, on the page that shows it (issue 9 item 1): the
 * assessment, an indicator's outcomes, a text, a measure's values, the frames and the bridge. Each with its
 * severity in words and an icon, its rule, its message and, for an acknowledged error, who acknowledged it
 * and why; then a link to all the check's findings on the page Kontroller.
 *
 * One request per check: every list on a page asks the same unit, year and round, so they share the query
 * (and with the unit page's count and Kontroller). Loading, a refusal or no findings show nothing: the
 * page around it is about something else and must not wait for, or break with, the checks.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { formatDate } from '#core/format.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import type { PlaceFindingsProps } from '#web/kit/place-findings.tsx';
import { consistencyApi } from '../contract.ts';
import { RULE_NAMES, SEVERITY_LABELS } from '../domain/finding.ts';
import { checkLink, findingsAt } from '../domain/place-findings.ts';
import { SEVERITY_TONES } from './acknowledgement.tsx';

type Finding = OperationResult<typeof consistencyApi.findings>['findings'][number];

function Acknowledgement({ acknowledgement }: { acknowledgement: NonNullable<Finding['acknowledgement']> }) {
  return (
    <p>
      <Badge tone="neutral" label="Kvitterat" /> av {acknowledgement.byName} den{' '}
      {formatDate(acknowledgement.at)}: {acknowledgement.reason}
    </p>
  );
}

function FindingItem({ finding, namesPlace }: { finding: Finding; namesPlace: boolean }) {
  const { place } = finding;
  return (
    <li>
      <p>
        <Badge tone={SEVERITY_TONES[finding.severity]} label={SEVERITY_LABELS[finding.severity]} />{' '}
        <strong>{RULE_NAMES[finding.ruleId]}</strong>
        {namesPlace && (
          <span className="meta"> – {[place.label, place.round?.name].filter(Boolean).join(', ')}</span>
        )}
      </p>
      <p>{finding.message}</p>
      {finding.acknowledgement ? (
        <Acknowledgement acknowledgement={finding.acknowledgement} />
      ) : (
        finding.severity === 'fel' && (
          <p>
            <strong>Inte kvitterat.</strong> Hindrar godkännande tills det är rättat eller kvitterat.
          </p>
        )
      )}
    </li>
  );
}

export function PlaceFindings({
  unit,
  year,
  round,
  records,
  label,
  namesPlaces = false,
}: PlaceFindingsProps) {
  const report = useApiQuery(
    consistencyApi.findings,
    { query: { org: unit, year, round } },
    { enabled: unit !== '' && records.length > 0 },
  );
  const titleId = useId();
  const found = report.data ? findingsAt(report.data.findings, records) : [];
  if (found.length === 0) {
    return null;
  }
  const link = checkLink(unit, year, round);
  // The heading names the list; a region (a section with a name) lets a screen reader jump to it.
  return (
    <section className="notice place-findings" aria-labelledby={titleId}>
      <h3 id={titleId}>{label}</h3>
      <ul className="problem-list">
        {found.map((finding) => (
          <FindingItem key={finding.key} finding={finding} namesPlace={namesPlaces} />
        ))}
      </ul>
      <p>
        <Link to={link.path}>{link.text}</Link>
      </p>
    </section>
  );
}
