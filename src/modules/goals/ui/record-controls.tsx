/** Controls shared by the goal and indicator pages: edit and delete buttons in a table row, and retiring. */
import type { ApiError } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';

/** "Ändra" and "Ta bort" for a row, each with an accessible name that says which row. */
export function RowActions({
  what,
  onEdit,
  onDelete,
  deleting = false,
}: {
  what: string;
  onEdit: () => void;
  onDelete: () => void;
  /** While a deletion is being saved, so that a second click does not send another. */
  deleting?: boolean;
}) {
  return (
    <td className="actions">
      <button type="button" className="small-button" onClick={onEdit} aria-label={`Ändra ${what}`}>
        Ändra
      </button>
      <button
        type="button"
        className="small-button"
        onClick={onDelete}
        disabled={deleting}
        aria-label={`Ta bort ${what}`}
      >
        Ta bort
      </button>
    </td>
  );
}

/** Retires a record (it keeps its history) or reinstates it. `noun` is definite: "målet", "indikatorn". */
export function RetireControl(props: {
  noun: string;
  isRetired: boolean;
  saving: boolean;
  error: ApiError | null;
  onToggle: () => void;
}) {
  return (
    <div className="danger-zone">
      <ErrorSummary error={props.error} />
      <button
        type="button"
        className="button button-secondary"
        disabled={props.saving}
        onClick={props.onToggle}
      >
        {props.isRetired ? `Återinför ${props.noun}` : `Avveckla ${props.noun}`}
      </button>
    </div>
  );
}
