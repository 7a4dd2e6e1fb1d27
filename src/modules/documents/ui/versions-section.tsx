/**
 * Versioner on the Dokument page: the stored versions of the chosen document, each with its state in words,
 * who made and approved it, the board's decision and its checksum; the moves the signed-in user may make
 * (as the server says in `actions`), the decision form, opening a version from its snapshot, and comparing
 * two – tables cell by cell and text block by block, differences marked with words and <del>/<ins>, never by
 * colour alone (docs/adr/0027-documents.md, "Versions").
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { type DeepReadonly, operationUrl } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import { ApiError, useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { TextField } from '#web/kit/field.tsx';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice } from '#web/kit/page.tsx';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { type DocumentVersionDto, documentsApi, type VersionComparisonDto } from '../contract.ts';
import type { DocumentType } from '../domain/document.ts';
import { BUILTIN_TEMPLATES } from '../domain/templates.ts';
import {
  groupedChecksum,
  VERSION_ACTION_LABELS,
  VERSION_STATE_LABELS,
  type VersionAction,
  type VersionState,
} from '../domain/versions.ts';

const STATE_TONES: Readonly<Record<VersionState, BadgeTone>> = {
  draft: 'neutral',
  readyForReview: 'mid',
  approved: 'good',
  decided: 'good',
  published: 'good',
};

const CONFIRMATIONS: Readonly<Record<VersionAction, string>> = {
  submit: 'Versionen är skickad till granskning.',
  sendBack: 'Versionen är skickad tillbaka till utkast.',
  approve: 'Versionen är godkänd och fryst. Den kan inte längre ändras eller tas bort.',
  decide: 'Beslutet är registrerat på versionen.',
  publish: 'Versionen är publicerad.',
};

const STATUS_WORDS = { changed: 'Ändrad', added: 'Tillagd', removed: 'Borttagen' } as const;

interface Props {
  readonly org: string;
  readonly year: number;
  readonly type: DocumentType;
  readonly roundId: string | undefined;
}

export function VersionsSection({ org, year, type, roundId }: Props) {
  const id = useId();
  const list = useApiQuery(documentsApi.listVersions, { query: { unitId: org, year, type } });
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [compared, setCompared] = useState<[string, string] | null>(null);
  const create = useApiMutation(documentsApi.createVersion, {
    onSaved: (version) => setConfirmation(`Version ${version.number} är skapad som utkast.`),
  });
  const titleId = `${id}-title`;

  if (list.isError) {
    return (
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>Versioner</h2>
        <LoadError error={list.error} />
      </section>
    );
  }
  if (!list.data) {
    return <Loading what="versionerna" />;
  }
  const { versions, mayCreate } = list.data;
  const toggle = (versionId: string, on: boolean) =>
    setChosen((current) =>
      on
        ? [...current.filter((item) => item !== versionId), versionId].slice(-2)
        : current.filter((item) => item !== versionId),
    );
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>Versioner</h2>
      <p>
        En version sparar dokumentet som det ser ut när den skapas. Den går till granskning, godkänns – och
        fryses: innehållet, HTML-filen och PDF:en ändras aldrig mer och versionen kan inte tas bort, inte ens
        av en administratör. Sedan registreras beslutet och versionen publiceras. Varje version bär en
        kontrollsumma som kontrolleras när den öppnas.
      </p>
      <p>
        En version godkänns inte så länge kontrollerna har ett fel som varken är rättat eller kvitterat –
        enhetens eller versionens eget, som en summa som inte stämmer med sina rader. De listas och kvitteras
        på{' '}
        <Link
          to={`/kontroller?${new URLSearchParams({ enhet: org, ar: String(year), tillfalle: BUILTIN_TEMPLATES[type].roundKind })}`}
        >
          Kontroller
        </Link>
        .
      </p>
      {confirmation && (
        <Notice kind="success">
          <p>{confirmation}</p>
        </Notice>
      )}
      {mayCreate && (
        <div className="actions-row">
          <ErrorSummary error={create.error} title="Det gick inte att skapa versionen" />
          <button
            type="button"
            className="button"
            disabled={create.saving}
            onClick={() => {
              setConfirmation(null);
              create.save({ body: { unitId: org, year, type, ...(roundId ? { roundId } : {}) } });
            }}
          >
            Skapa ny version (utkast)
          </button>
        </div>
      )}
      {versions.length === 0 ? (
        <p>Inga versioner är sparade av dokumentet ännu.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <caption>Versioner, senaste först</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Läge</th>
                  <th scope="col">Skapad</th>
                  <th scope="col">Godkänd</th>
                  <th scope="col">Beslut</th>
                  <th scope="col">Öppna</th>
                  <th scope="col">Jämför</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.id}>
                    <th scope="row">
                      {version.number}
                      <span className="meta"> ({version.period})</span>
                    </th>
                    <td>
                      <Badge tone={STATE_TONES[version.state]} label={VERSION_STATE_LABELS[version.state]} />
                      {version.frozen && <span className="meta"> Fryst</span>}
                      {version.frozen && (
                        <p className="meta">
                          Kontrollsumma: <code>{groupedChecksum(version.contentHash)}</code>
                        </p>
                      )}
                      <HistoryDetails
                        operation={documentsApi.versionHistory}
                        input={{ params: { id: version.id } }}
                        valueLabels={{ state: VERSION_STATE_LABELS }}
                        summary={
                          <>
                            Historik <span className="visually-hidden">för version {version.number}</span>
                          </>
                        }
                      />
                    </td>
                    <td>
                      {formatDateTime(version.createdAt)} av {version.createdByName}
                    </td>
                    <td>
                      {version.approvedAt
                        ? `${formatDateTime(version.approvedAt)} av ${version.approvedByName ?? ''}`
                        : '–'}
                    </td>
                    <td>
                      {version.decision?.text ?? '–'}
                      {version.publishedAt && (
                        <span className="meta"> Publicerad {formatDateTime(version.publishedAt)}</span>
                      )}
                    </td>
                    <td>
                      <ul className="link-list">
                        <li>
                          <a
                            href={operationUrl(documentsApi.versionFile, {
                              params: { id: version.id },
                              query: { format: 'html' },
                            })}
                          >
                            HTML <span className="visually-hidden">version {version.number}</span>
                          </a>
                        </li>
                        {version.hasPdf && (
                          <li>
                            <a
                              href={operationUrl(documentsApi.versionFile, {
                                params: { id: version.id },
                                query: { format: 'pdf' },
                              })}
                              download
                            >
                              PDF <span className="visually-hidden">version {version.number}</span>
                            </a>
                          </li>
                        )}
                      </ul>
                      {version.frozen && !version.hasPdf && version.pdfMissing && (
                        <span className="meta">Ingen PDF: {version.pdfMissing}.</span>
                      )}
                    </td>
                    <td>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={chosen.includes(version.id)}
                          onChange={(event) => toggle(version.id, event.target.checked)}
                        />
                        <span className="visually-hidden">Jämför version {version.number}</span>
                        <span aria-hidden="true">Välj</span>
                      </label>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions-row">
            <button
              type="button"
              className="button button-secondary"
              disabled={chosen.length !== 2}
              onClick={() => setCompared([chosen[0] as string, chosen[1] as string])}
            >
              Jämför valda versioner
            </button>
            {chosen.length !== 2 && <span className="hint">Välj två versioner i listan.</span>}
          </div>
          {versions.map((version) => (
            <VersionActions
              key={`${version.id}-${version.version}`}
              version={version}
              onDone={(text) => setConfirmation(text)}
            />
          ))}
          {compared && <Comparison first={compared[0]} second={compared[1]} />}
        </>
      )}
    </section>
  );
}

/** A version's moves, the decision form when it is to be decided, and removing a draft. */
function VersionActions({
  version,
  onDone,
}: {
  version: DeepReadonly<DocumentVersionDto>;
  onDone: (text: string) => void;
}) {
  const id = useId();
  const [decision, setDecision] = useState({ decisionBody: '', decisionParagraph: '', decisionDate: '' });
  const [refused, setRefused] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<VersionAction | null>(null);
  const move = useApiMutation(documentsApi.actOnVersion, {
    onSaved: () => onDone(sent ? CONFIRMATIONS[sent] : ''),
  });
  const remove = useApiMutation(documentsApi.deleteVersion, {
    onSaved: () => onDone(`Version ${version.number} är borttagen.`),
  });
  if (version.actions.length === 0 && !version.mayDelete) {
    return null;
  }
  const error = refused ?? move.error;
  const act = (action: VersionAction) => {
    move.reset();
    setSent(action);
    const body = { action, version: version.version };
    if (action === 'decide') {
      const missing = (Object.keys(decision) as (keyof typeof decision)[]).filter(
        (key) => decision[key].trim() === '',
      );
      if (missing.length > 0) {
        const message = 'Ange beslutande organ, paragraf och datum, t.ex. ”KS”, ”315” och 2019-10-22.';
        setRefused(
          new ApiError(
            422,
            'documents.decision_required',
            message,
            missing.map((path) => ({ path, message })),
          ),
        );
        return;
      }
      setRefused(null);
      move.save({ params: { id: version.id }, body: { ...body, ...decision } });
      return;
    }
    setRefused(null);
    move.save({ params: { id: version.id }, body });
  };
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className="version-actions">
      <h3 id={titleId}>
        Version {version.number}: {VERSION_STATE_LABELS[version.state].toLowerCase()}
      </h3>
      <ErrorSummary
        error={error}
        fieldIds={{
          decisionBody: `${id}-body`,
          decisionParagraph: `${id}-paragraph`,
          decisionDate: `${id}-date`,
        }}
        title="Det gick inte att ändra versionen"
      />
      {version.actions.includes('decide') && (
        <fieldset className="form">
          <legend>Beslut om version {version.number}</legend>
          <div className="field-row">
            <TextField
              id={`${id}-body`}
              label="Beslutande organ"
              hint="T.ex. KS eller Kommunstyrelsen"
              width="medium"
              value={decision.decisionBody}
              onChange={(value) => setDecision({ ...decision, decisionBody: value })}
              error={fieldError(error, 'decisionBody')}
            />
            <TextField
              id={`${id}-paragraph`}
              label="Paragraf"
              hint="T.ex. 315"
              width="short"
              value={decision.decisionParagraph}
              onChange={(value) => setDecision({ ...decision, decisionParagraph: value })}
              error={fieldError(error, 'decisionParagraph')}
            />
            <TextField
              id={`${id}-date`}
              label="Beslutsdatum"
              type="date"
              width="medium"
              value={decision.decisionDate}
              onChange={(value) => setDecision({ ...decision, decisionDate: value })}
              error={fieldError(error, 'decisionDate')}
            />
          </div>
        </fieldset>
      )}
      {version.actions.length > 0 && (
        <div className="actions-row">
          {version.actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'sendBack' ? 'button button-secondary' : 'button'}
              disabled={move.saving}
              onClick={() => act(action)}
            >
              {VERSION_ACTION_LABELS[action]}{' '}
              <span className="visually-hidden">version {version.number}</span>
            </button>
          ))}
        </div>
      )}
      {version.actions.includes('approve') && (
        <p className="hint">
          Godkänn fryser versionen för alltid; den godkända versionen får en egen kontrollsumma, utan
          utkastets märkning. Utkastets kontrollsumma: <code>{groupedChecksum(version.contentHash)}</code>
        </p>
      )}
      {version.mayDelete && (
        <ConfirmDelete
          what={`version ${version.number}`}
          saving={remove.saving}
          error={remove.error}
          onConfirm={() => remove.save({ params: { id: version.id }, query: { version: version.version } })}
        />
      )}
    </section>
  );
}

/** Words taken away and put in, each marked in words for screen readers and by <del>/<ins> for the eye. */
function Pieces({
  pieces,
  side,
}: {
  pieces: DeepReadonly<
    NonNullable<Extract<VersionComparisonDto['items'][number], { kind: 'text' }>['pieces']>
  >;
  side: 'before' | 'after';
}) {
  return (
    <>
      {pieces.map((piece, index) => {
        const key = `${index}-${piece.change}`;
        if (piece.change === 'same') {
          return <span key={key}>{piece.text}</span>;
        }
        if (piece.change === 'removed' && side === 'before') {
          return (
            <del key={key}>
              <span className="visually-hidden">[borttaget: </span>
              {piece.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (piece.change === 'added' && side === 'after') {
          return (
            <ins key={key}>
              <span className="visually-hidden">[tillagt: </span>
              {piece.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return null;
      })}
    </>
  );
}

function Comparison({ first, second }: { first: string; second: string }) {
  const id = useId();
  const result = useApiQuery(documentsApi.compareVersions, { query: { first, second } });
  const titleId = `${id}-title`;
  if (result.isError) {
    return <LoadError error={result.error} />;
  }
  if (!result.data) {
    return <Loading what="jämförelsen" />;
  }
  const { before, after, items, summary } = result.data;
  const a = `Version ${before.number}`;
  const b = `Version ${after.number}`;
  return (
    <section aria-labelledby={titleId} className="version-comparison">
      <h3 id={titleId}>
        {a} jämförd med {b}
      </h3>
      {[before, after].map(
        (version) =>
          version.integrity && (
            <div key={version.id} className="notice notice-error" role="alert">
              <p>
                <strong>{version.integrity}</strong>
              </p>
            </div>
          ),
      )}
      <p>{summary}</p>
      {items.map((item, index) => {
        const key = `${item.kind}-${index}`;
        const heading = `${STATUS_WORDS[item.status]}: ${item.kind === 'table' ? item.caption : item.label}`;
        const where = item.section === '' ? null : <p className="meta">I avsnittet {item.section}</p>;
        if (item.kind === 'text') {
          return (
            <div key={key} className="comparison-item">
              <h4>{heading}</h4>
              {where}
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{a}</th>
                    <th scope="col">{b}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td>
                      {item.before === null ? (
                        <em>Finns inte</em>
                      ) : item.pieces ? (
                        <Pieces pieces={item.pieces} side="before" />
                      ) : item.status === 'changed' || item.status === 'removed' ? (
                        <del>{item.before}</del>
                      ) : (
                        item.before
                      )}
                    </td>
                    <td>
                      {item.after === null ? (
                        <em>Finns inte</em>
                      ) : item.pieces ? (
                        <Pieces pieces={item.pieces} side="after" />
                      ) : (
                        <ins>{item.after}</ins>
                      )}
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          );
        }
        return (
          <div key={key} className="comparison-item table-scroll">
            <h4>{heading}</h4>
            {where}
            <table className="data-table">
              <caption>
                {item.caption}: rader som skiljer sig ({item.unchangedRows} oförändrade rader visas inte)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rad</th>
                  {item.columns.map((column) => (
                    <th key={column} scope="col" className="num">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {item.rows.map((row, rowIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a comparison's rows never reorder; a row header may repeat
                  <tr key={`${row.group ?? ''}-${row.header}-${rowIndex}`}>
                    <th scope="row">
                      {STATUS_WORDS[row.status]} rad: {row.group ? `${row.group} – ` : ''}
                      {row.header}
                    </th>
                    {row.cells.map((cell, cellIndex) => (
                      <td key={item.columns[cellIndex] ?? cellIndex} className="num">
                        {cell.changed ? (
                          <>
                            {cell.before !== null && (
                              <del>
                                <span className="visually-hidden">{a}: </span>
                                {cell.before}
                              </del>
                            )}{' '}
                            {cell.after !== null && (
                              <ins>
                                <span className="visually-hidden">{b}: </span>
                                {cell.after}
                              </ins>
                            )}
                          </>
                        ) : (
                          cell.after
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
