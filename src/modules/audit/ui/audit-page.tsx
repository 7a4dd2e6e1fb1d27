/**
 * Ändringslogg: every change, newest first – who, when, what kind of record, what was done, and each field
 * it changed with the old and the new value – narrowed by person, unit (with the units under it), period and
 * kind of record, a page at a time, and downloadable as CSV for Swedish Excel or as an Excel workbook with
 * the same selection. For auditors, central controllers and administrators; others are told so by the
 * server's answer.
 *
 * The selection lives in the address (?person=…&enhet=VSS&fran=2026-01-01&till=…&typ=indicator), so a
 * view can be linked.
 */
import { useSearchParams } from 'react-router';
import { type OperationResult, operationUrl } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import { CHANGE_ACTION_LABELS, fieldChanges, type ValueText, withUnitNames } from '#core/history.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { auditApi, type ChangeFilterQuery } from '../contract.ts';

type Change = OperationResult<typeof auditApi.listChanges>['changes'][number];

const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The address's words for the filters. */
const PARAMS = { person: 'person', unit: 'enhet', from: 'fran', to: 'till', entityType: 'typ' } as const;
const BEFORE = 'fore';

function filterFrom(params: URLSearchParams): ChangeFilterQuery {
  const value = (name: string) => params.get(name) || undefined;
  const date = (name: string) => {
    const text = value(name);
    return text && DATE.test(text) ? text : undefined;
  };
  return {
    person: value(PARAMS.person),
    unit: value(PARAMS.unit),
    from: date(PARAMS.from),
    to: date(PARAMS.to),
    entityType: value(PARAMS.entityType),
  };
}

function ChangeRow({ change, text }: { change: Change; text: ValueText }) {
  const fields = fieldChanges(change.oldValue, change.newValue);
  return (
    <tr>
      <td>
        <time dateTime={change.createdAt}>{formatDateTime(change.createdAt)}</time>
      </td>
      <td>{change.actorName}</td>
      <td>
        {change.entityLabel}
        {change.title && <>: {change.title}</>}
        {change.unit && (
          <p className="meta">
            {change.unit.name} ({change.unit.code})
          </p>
        )}
      </td>
      <td>{CHANGE_ACTION_LABELS[change.action]}</td>
      <td>
        {fields.length === 0 ? (
          '–'
        ) : (
          <dl className="changes">
            {fields.map((field) => (
              <div key={field.field}>
                <dt>{field.label}:</dt>
                <dd>
                  {change.oldValue !== null && (
                    <>
                      <del>{text(field.field, field.oldValue)}</del> →{' '}
                    </>
                  )}
                  <ins>{text(field.field, field.newValue)}</ins>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}

function Changes({
  filter,
  before,
  text,
  onOlder,
  onNewest,
}: {
  filter: ChangeFilterQuery;
  before: string | undefined;
  text: ValueText;
  onOlder: (before: string) => void;
  onNewest: () => void;
}) {
  const page = useApiQuery(auditApi.listChanges, {
    query: { ...filter, before, limit: String(PAGE_SIZE) },
  });
  if (page.isError) {
    return <LoadError error={page.error} />;
  }
  if (!page.data) {
    return <Loading what="ändringarna" />;
  }
  const { changes, nextBefore } = page.data;
  if (changes.length === 0) {
    return (
      <Notice>
        <p>Inga ändringar matchar urvalet.</p>
      </Notice>
    );
  }
  const first = changes[0];
  const last = changes.at(-1);
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">Ändringar</h2>
      <p role="status">
        Visar {changes.length} {changes.length === 1 ? 'ändring' : 'ändringar'}
        {first && last && (
          <>
            {' '}
            från {formatDateTime(last.createdAt)} till {formatDateTime(first.createdAt)}
          </>
        )}
        , nyast först.
      </p>
      <div className="table-scroll">
        <table className="data-table wrapping">
          <caption className="visually-hidden">Ändringar, nyast först</caption>
          <thead>
            <tr>
              <th scope="col">När</th>
              <th scope="col">Vem</th>
              <th scope="col">Vad</th>
              <th scope="col">Åtgärd</th>
              <th scope="col">Fält: gammalt → nytt</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <ChangeRow key={change.id} change={change} text={text} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        {before !== undefined && (
          <button type="button" className="button button-secondary" onClick={onNewest}>
            Till de nyaste ändringarna
          </button>
        )}
        {nextBefore !== null && (
          <button type="button" className="button button-secondary" onClick={() => onOlder(nextBefore)}>
            Äldre ändringar
          </button>
        )}
      </p>
    </section>
  );
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const choices = useApiQuery(auditApi.listChoices, {});
  const filter = filterFrom(params);
  const before = params.get(BEFORE) || undefined;
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') {
      next.delete(name);
    } else {
      next.set(name, value);
    }
    // Another selection starts at its newest change.
    next.delete(BEFORE);
    setParams(next);
  };
  const page = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) {
      next.delete(BEFORE);
    } else {
      next.set(BEFORE, value);
    }
    setParams(next);
  };
  const download = (format: 'csv' | 'xlsx') =>
    operationUrl(auditApi.exportChanges, { query: { ...filter, format } });
  const text = withUnitNames(new Map((units.data ?? []).map((unit) => [unit.id, unit])));
  if (choices.isError) {
    return (
      <>
        <PageTitle title="Ändringslogg">Ändringslogg</PageTitle>
        <LoadError error={choices.error} />
      </>
    );
  }
  return (
    <>
      <PageTitle title="Ändringslogg">Ändringslogg</PageTitle>
      <p className="lead">
        Varje ändring i Verksam: vem som gjorde den och när, vilken post den gällde och varje fält med gammalt
        och nytt värde. Välj person, enhet (med enheterna under den), period och sorts post, och hämta samma
        urval som fil.
      </p>
      <form className="field-row" aria-label="Urval" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="audit-person"
          label="Person"
          value={filter.person ?? ''}
          onChange={(value) => set(PARAMS.person, value)}
          options={[
            { value: '', label: 'Alla personer' },
            ...(choices.data?.people ?? []).map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <SelectField
          id="audit-unit"
          label="Enhet"
          value={filter.unit ?? ''}
          onChange={(value) => set(PARAMS.unit, value)}
          options={[
            { value: '', label: 'Alla enheter' },
            ...(units.data ?? []).map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
          ]}
        />
        <TextField
          id="audit-from"
          label="Från och med"
          type="date"
          width="medium"
          value={filter.from ?? ''}
          onChange={(value) => set(PARAMS.from, value)}
        />
        <TextField
          id="audit-to"
          label="Till och med"
          type="date"
          width="medium"
          value={filter.to ?? ''}
          onChange={(value) => set(PARAMS.to, value)}
        />
        <SelectField
          id="audit-type"
          label="Sorts post"
          value={filter.entityType ?? ''}
          onChange={(value) => set(PARAMS.entityType, value)}
          options={[
            { value: '', label: 'Alla sorters poster' },
            ...(choices.data?.entityTypes ?? []).map((type) => ({ value: type.type, label: type.label })),
          ]}
        />
      </form>
      <p className="actions">
        <a className="button button-secondary" href={download('csv')} download>
          Hämta som CSV (Excel)
        </a>
        <a className="button button-secondary" href={download('xlsx')} download>
          Hämta som Excel-fil (xlsx)
        </a>
      </p>
      <Changes
        filter={filter}
        before={before}
        text={text}
        onOlder={(value) => page(value)}
        onNewest={() => page(null)}
      />
    </>
  );
}
