/**
 * A form for one record, new or changed: its heading, the error summary linked to its fields, the notice
 * that it was saved, and the save (and, when changing, cancel) buttons – so that a form is only its fields.
 * `fieldProps` gives each field its id and the server's message for it; `ConfirmDelete` removes a record
 * only after a second, explicit step.
 */
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api.ts';
import { ErrorSummary, fieldError } from './error-summary.tsx';
import { Notice } from './page.tsx';

/** A field's id and the server's message for it, from the form's field ids: `{...field('date')}`. */
export function fieldProps<K extends string>(
  error: ApiError | null,
  ids: Readonly<Record<K, string>>,
): (name: K) => { id: string; error: string | undefined } {
  return (name) => ({ id: ids[name], error: fieldError(error, name) });
}

export function RecordForm({
  titleId,
  title,
  level = 3,
  error,
  fieldIds,
  saved,
  savedText,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  className = 'form inline-form',
  children,
}: {
  titleId: string;
  title: ReactNode;
  level?: 3 | 4;
  error: ApiError | null;
  fieldIds: Readonly<Record<string, string>>;
  /** Whether the last save succeeded: the notice shows `savedText`. */
  saved: boolean;
  savedText: string;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** Given when changing a record: a button that leaves the form without saving. */
  onCancel?: () => void;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className={className} aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      {saved && !error && <Notice kind="success">{savedText}</Notice>}
      {children}
      <div className="actions-row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Sparar …' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Removes a record in two steps: "Ta bort" asks, and only "Ja, ta bort" removes. The question names the
 * record, so that a screen reader user knows what is about to go; the refusal (a risk with controls) shows
 * here.
 */
export function ConfirmDelete({
  what,
  onConfirm,
  saving,
  error,
}: {
  /** The record, as the question and the buttons name it: "riskanalysen 15 mars 2019". */
  what: string;
  onConfirm: () => void;
  saving: boolean;
  error: ApiError | null;
}) {
  const [asking, setAsking] = useState(false);
  // The button pressed goes away: focus moves to the one that takes its place, so the keyboard stays here.
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) {
      confirm.current?.focus();
    } else if (asked.current) {
      start.current?.focus();
    }
    asked.current = asking;
  }, [asking]);
  return (
    <div>
      <ErrorSummary error={error} title="Det gick inte att ta bort" />
      {asking ? (
        <>
          <p>Ta bort {what}? Det går inte att ångra.</p>
          <div className="actions-row">
            <button
              ref={confirm}
              type="button"
              className="button"
              disabled={saving}
              onClick={() => {
                onConfirm();
                setAsking(false);
              }}
            >
              Ja, ta bort {what}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              Avbryt
            </button>
          </div>
        </>
      ) : (
        <button ref={start} type="button" className="small-button" onClick={() => setAsking(true)}>
          Ta bort <span className="visually-hidden">{what}</span>
        </button>
      )}
    </div>
  );
}
