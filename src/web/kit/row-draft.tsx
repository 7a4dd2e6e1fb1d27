/**
 * Editing a row of a report in place, as the one-screen report's grid and its sections do: the row keeps the
 * user's unsaved values (a draft) over the saved ones until they are saved or undone, says whether it is
 * saved, and when a save is refused because someone else saved first, fetches what they saved and lets the
 * user compare and choose – their own values, or the saved ones – instead of overwriting either silently.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type { Resource } from '#core/api.ts';
import { type ApiError, useRefresh } from './api.ts';
import { ErrorSummary } from './error-summary.tsx';

/** A row's values while it is edited: the draft over the saved values. */
export function useRowDraft<V extends object>(saved: V, same: (a: V, b: V) => boolean) {
  const [draft, setDraft] = useState<V | null>(null);
  const [savedHere, setSavedHere] = useState(false);
  const values = draft ?? saved;
  return {
    values,
    saved,
    /** Whether the row holds values other than the saved ones. */
    changed: draft !== null && !same(draft, saved),
    /** Whether the user has touched the row since it was last saved or undone. */
    touched: draft !== null,
    /** Whether this row was saved here since the page was shown (for "✓ Sparat"). */
    savedHere,
    change: (patch: Partial<V>) => {
      setDraft({ ...values, ...patch });
      setSavedHere(false);
    },
    /** After a save: the saved values are now the row's. */
    markSaved: () => {
      setDraft(null);
      setSavedHere(true);
    },
    /** Undo: back to the saved values. */
    discard: () => setDraft(null),
  };
}

export type RowDraft<V extends object> = ReturnType<typeof useRowDraft<V>>;

/**
 * Whether a save was refused as stale. A refused save changed nothing here, so nothing refreshed: this
 * fetches what the other person saved, so that the row can show it beside the user's own values.
 */
export function useConflictRefresh(error: ApiError | null, resources: readonly Resource[]): boolean {
  const refresh = useRefresh();
  const conflict = error?.isConflict === true;
  // The resources are an operation's constant list, so the effect runs once per conflict.
  useEffect(() => {
    if (conflict) {
      void refresh(resources);
    }
  }, [conflict, refresh, resources]);
  return conflict;
}

/** The row's state in words, announced as it changes. */
export function saveStateText(state: { saving: boolean; unsaved: boolean; saved: boolean }): string {
  return state.saving ? 'Sparar …' : state.unsaved ? 'Ej sparat' : state.saved ? '✓ Sparat' : '';
}

/** After a stale save: what is saved now beside the user's own values, and the choice between them. */
export function ConflictChoice(props: {
  /** The saved values in words. */
  saved: string;
  /** The user's values in words. */
  mine: string;
  /** "Spara mina värden". */
  keepLabel: string;
  /** "Använd de sparade". */
  useSavedLabel: string;
  /** What the row is, for screen readers: the buttons of many rows must differ by name. */
  name: string;
  saving: boolean;
  onKeep: () => void;
  onUseSaved: () => void;
  /** Fetches the saved values again, where another save may follow the first. */
  onReload?: () => void;
  small?: boolean;
}) {
  const size = props.small ? ' button-small' : '';
  const named = <span className="visually-hidden"> för ”{props.name}”</span>;
  return (
    <div className="report-conflict">
      <p>Sparat nu: {props.saved}.</p>
      <p>Dina värden: {props.mine}.</p>
      <button type="button" className={`button${size}`} onClick={props.onKeep} disabled={props.saving}>
        {props.keepLabel}
        {named}
      </button>
      <button type="button" className={`button button-secondary${size}`} onClick={props.onUseSaved}>
        {props.useSavedLabel}
        {named}
      </button>
      {props.onReload && (
        <button type="button" className={`button button-secondary${size}`} onClick={props.onReload}>
          Läs in igen{named}
        </button>
      )}
    </div>
  );
}

/** A status chosen from a list and a comment: what activities and assignments report per round. */
export interface StatusComment {
  readonly status: string;
  readonly comment: string;
}

export const sameStatusComment = (a: StatusComment, b: StatusComment) =>
  a.status === b.status && a.comment === b.comment;

/** Saving a row's status and comment: the module's own operation, with the version the row was read at. */
export interface StatusCommentSave {
  /** Saves a status that is one of the options, with the comment. */
  submit(status: string, comment: string): void;
  readonly saving: boolean;
  readonly error: ApiError | null;
  reset(): void;
}

/**
 * The status and comment cells of a report section's row (activities, assignments): the status in words
 * with its icon and, where the user may report, a status – never preselected while there is none – and a
 * comment, saved by the row's own button (or Ctrl+Enter in a field) and undone by Escape; a stale save shows
 * both versions and the choice between them. The row's draft lives with the caller (`useRowDraft`), whose
 * save hook marks it saved.
 */
export function StatusCommentCells(props: {
  /** The row's subject, naming its fields for screen readers: the activity's or assignment's text. */
  name: string;
  options: readonly { value: string; label: string }[];
  /** The saved status in words, with its icon. */
  badge: ReactNode;
  /** Whether a status is saved: then the select offers no empty choice (a status is changed, not taken back). */
  hasStatus: boolean;
  row: RowDraft<StatusComment>;
  save: StatusCommentSave;
  /** The resources to refetch after a stale save: the module's. */
  resources: readonly Resource[];
  editable: boolean;
  commentRows?: number;
}) {
  const { row, save, options } = props;
  const id = useId();
  const conflict = useConflictRefresh(save.error, props.resources);
  const { values } = row;
  const chosen = options.some((option) => option.value === values.status);
  const submit = () => {
    if (chosen) {
      save.submit(values.status, values.comment);
    }
  };
  const undo = () => {
    row.discard();
    save.reset();
  };
  const keys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      undo();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && row.changed) {
      event.preventDefault();
      submit();
    }
  };
  const describe = (of: StatusComment) => {
    const words = options.find((option) => option.value === of.status)?.label ?? 'ingen status';
    return of.comment ? `${words} – ”${of.comment}”` : words;
  };
  const ids = { status: `${id}-status`, comment: `${id}-comment`, reportingRoundId: `${id}-status` };
  const choices = props.hasStatus ? options : [{ value: '', label: 'Välj status' }, ...options];
  const invalid = (path: string) => save.error?.fields.some((field) => field.path === path) || undefined;
  return (
    <>
      <td>
        {props.badge}
        {props.editable && (
          <div>
            <label className="visually-hidden" htmlFor={ids.status}>
              Status för ”{props.name}”
            </label>
            <select
              id={ids.status}
              className="input"
              value={values.status}
              aria-invalid={invalid('status')}
              onChange={(event) => row.change({ status: event.target.value })}
              onKeyDown={keys}
            >
              {choices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </td>
      <td>
        {props.editable ? (
          <>
            <label className="visually-hidden" htmlFor={ids.comment}>
              Kommentar för ”{props.name}”
            </label>
            <textarea
              id={ids.comment}
              className="input input-full"
              rows={props.commentRows ?? 2}
              value={values.comment}
              aria-invalid={invalid('comment')}
              onChange={(event) => row.change({ comment: event.target.value })}
              onKeyDown={keys}
            />
            <div className="report-state">
              <button
                type="button"
                className="button button-small"
                disabled={save.saving || !row.changed || !chosen}
                onClick={submit}
              >
                Spara<span className="visually-hidden"> för ”{props.name}”</span>
              </button>{' '}
              <span aria-live="polite">
                {saveStateText({
                  saving: save.saving,
                  unsaved: row.changed,
                  saved: row.savedHere,
                })}
              </span>
            </div>
          </>
        ) : (
          values.comment
        )}
        {/* In the row's own cell, so that a header spanning several rows keeps spanning exactly them. */}
        <ErrorSummary error={save.error} fieldIds={ids} />
        {conflict && (
          <ConflictChoice
            saved={describe(row.saved)}
            mine={describe(values)}
            keepLabel="Spara min status"
            useSavedLabel="Använd den sparade"
            name={props.name}
            saving={save.saving}
            onKeep={submit}
            onUseSaved={undo}
            small
          />
        )}
      </td>
    </>
  );
}
