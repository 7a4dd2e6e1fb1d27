/**
 * The error summary at the top of a form (after GOV.UK's pattern): it takes focus when it appears so screen
 * readers announce it, and each problem links to its field.
 */
import { useEffect, useId, useRef } from 'react';
import type { ApiError } from './api.ts';

export function ErrorSummary({
  error,
  fieldIds = {},
  title = 'Det gick inte att spara',
}: {
  error: ApiError | null;
  fieldIds?: Record<string, string>;
  /** What failed, when it was not a save ("Det gick inte att logga in"). */
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Several rows of one page can fail at once: each summary names itself by its own title.
  const titleId = useId();
  useEffect(() => {
    if (error) {
      ref.current?.focus();
    }
  }, [error]);
  if (!error) {
    return null;
  }
  const linked = error.fields.filter((field) => fieldIds[field.path]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {linked.length === 0 ? <p>{error.message}</p> : <p>Rätta följande och försök igen:</p>}
      {linked.length > 0 && (
        <ul>
          {linked.map((field) => (
            <li key={field.path}>
              <a
                href={`#${fieldIds[field.path]}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldIds[field.path] ?? '')?.focus();
                }}
              >
                {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
      {/* The action the message advises, only where it advises it: a stale version, a duplicate, a lost
          token – not a refusal that no reload mends ("Uppdraget har rapporterade statusar …"). */}
      {error.message.includes('Ladda om sidan') && (
        <p>
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Ladda om sidan
          </button>
        </p>
      )}
    </div>
  );
}

/** The first message for a field, for showing next to it. */
export function fieldError(error: ApiError | null, path: string): string | undefined {
  return error?.fields.find((field) => field.path === path)?.message;
}
