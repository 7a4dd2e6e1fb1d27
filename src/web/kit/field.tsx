/** Form fields with a visible label, an optional hint and an inline error wired up for screen readers. */
import type { ReactNode } from 'react';

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric';
  width?: 'short' | 'medium' | 'wide' | 'full';
  /** A date picker (ÅÅÅÅ-MM-DD) instead of text. */
  type?: 'text' | 'date';
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(aria) => (
        <input
          {...aria}
          type={props.type ?? 'text'}
          className={`input input-${props.width ?? 'full'}`}
          value={props.value}
          required={props.required}
          inputMode={props.inputMode}
          autoComplete="off"
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(aria) => (
        <textarea
          {...aria}
          className="input input-full"
          rows={props.rows ?? 4}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(aria) => (
        <select
          {...aria}
          className="input"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The unit and the year a page looks at, side by side ("Enhet", "År"), in the address as `enhet` and `ar`:
 * the one way the pages that show one unit's year (Dokument, Texter, Kontroller) let the user choose them.
 */
export function UnitYearFields(props: {
  /** Prefixes the fields' ids: "documents" gives "documents-org" and "documents-year". */
  idPrefix: string;
  units: readonly { code: string; name: string }[] | undefined;
  org: string;
  year: number;
  years: readonly number[];
  go: (change: { enhet?: string; ar?: string }) => void;
}) {
  return (
    <>
      <SelectField
        id={`${props.idPrefix}-org`}
        label="Enhet"
        value={props.org}
        onChange={(value) => props.go({ enhet: value })}
        options={(props.units ?? []).map((unit) => ({
          value: unit.code,
          label: `${unit.name} (${unit.code})`,
        }))}
      />
      <SelectField
        id={`${props.idPrefix}-year`}
        label="År"
        value={String(props.year)}
        onChange={(value) => props.go({ ar: value })}
        options={props.years.map((value) => ({ value: String(value), label: String(value) }))}
      />
    </>
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="field checkbox">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <div className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}
