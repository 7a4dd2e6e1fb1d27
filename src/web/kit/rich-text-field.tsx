/**
 * A form field for rich text (ADR 0023), labelled like the kit's TextArea: paragraphs, bulleted and numbered
 * lists, bold, italic and links, with a toolbar and the usual keys (Ctrl+B, Ctrl+I; "- " or "1. " at the
 * start of a line begins a list). The editor (Tiptap) loads with the first such field a page shows, not with
 * the app.
 */
import { lazy, Suspense } from 'react';
import type { RichTextEditorProps } from './rich-text-editor.tsx';

export { RichTextView } from './rich-text-view.tsx';

const RichTextEditor = lazy(() =>
  import('./rich-text-editor.tsx').then((module) => ({ default: module.RichTextEditor })),
);

export interface RichTextFieldProps {
  readonly id: string;
  readonly label: string;
  /** The stored value (the HTML subset, or plain text written before it) or ''. */
  readonly value: string;
  /** The HTML subset as the editor writes it; '' when the field is empty. */
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  /** Its height in lines of text. */
  readonly rows?: number;
}

export function RichTextField(props: RichTextFieldProps) {
  const { id, hint, error } = props;
  const labelId = `${id}-label`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const editorProps: RichTextEditorProps = {
    ...props,
    labelId,
    describedBy: described === '' ? undefined : described,
  };
  return (
    <div className={`field rich-text-field${error ? ' field-error' : ''}`}>
      {/* Not a <label>: the editor is no form control; it takes its name from this by aria-labelledby. */}
      <div id={labelId} className="field-label">
        {props.label}
      </div>
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
      <Suspense fallback={<Loading />}>
        <RichTextEditor {...editorProps} />
      </Suspense>
    </div>
  );
}

/** While the editor loads (a moment, once per visit). */
function Loading() {
  return (
    <p className="loading" role="status">
      Laddar textredigeraren …
    </p>
  );
}
