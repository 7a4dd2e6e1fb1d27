/**
 * The editor behind RichTextField, loaded lazily (it is Tiptap and ProseMirror, about the size of React).
 * Restricted to what the stored format holds (core/rich-text.ts): paragraphs, line breaks, bulleted and
 * numbered lists, bold, italic, and links to http, https and mailto. The server sanitises whatever arrives
 * all the same (ADR 0023); the restriction is so that the user never writes what would not be kept.
 */
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { blocksToHtml, richTextToBlocks, safeHref } from '#core/rich-text.ts';
import { Echoes } from './echoes.ts';

export interface RichTextEditorProps {
  readonly id: string;
  readonly labelId: string;
  readonly describedBy?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly rows?: number;
}

/** A stored value as the editor reads it: legacy plain text becomes paragraphs, as it shows elsewhere. */
function toEditorHtml(value: string): string {
  return blocksToHtml(richTextToBlocks(value));
}

/** What the field holds: '' for an empty editor (not "<p></p>"), so "no text" has one form. */
function fromEditor(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}

/** An address as typed: "www.example.se" is read as https; anything but http, https and mailto is refused. */
function linkAddress(typed: string): string | null {
  const text = typed.trim();
  if (text === '') {
    return null;
  }
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) {
    return safeHref(`mailto:${text}`);
  }
  return safeHref(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
}

const EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    listItem: { HTMLAttributes: { class: 'rich-text-item' } },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => safeHref(url) !== null,
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  }),
];

interface ToolbarButtonProps {
  readonly label: string;
  readonly shortcut?: string;
  readonly pressed: boolean;
  readonly onPress: () => void;
}

function ToolbarButton({ label, shortcut, pressed, onPress }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="rich-text-button"
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label}
      // Keeps the editor's selection: the button acts on the text that is selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {label}
    </button>
  );
}

/** The link row: the address of the selected link, or a new one for the selected text. */
function LinkForm({ editor, id, onClose }: { editor: Editor; id: string; onClose: () => void }) {
  const current = editor.getAttributes('link').href as string | undefined;
  const [address, setAddress] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  // `typed`: the field's value as the key press finds it, which a render may not yet have put in `address`.
  const apply = (event?: FormEvent, typed = address) => {
    event?.preventDefault();
    const href = linkAddress(typed);
    if (href === null) {
      setProblem(
        `Länkadressen ”${typed.trim()}” går inte att använda: skriv en adress som börjar med https://, http:// eller mailto:.`,
      );
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link's text.
      chain
        .insertContent({ type: 'text', text: typed.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      apply(event, event.currentTarget.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
      onClose();
    }
  };
  const inputId = `${id}-link`;
  return (
    // Not a <form>: the field already sits in the page's form, and forms do not nest.
    <fieldset className="rich-text-link">
      <legend className="visually-hidden">Länk</legend>
      <label htmlFor={inputId}>Länkadress</label>
      <input
        id={inputId}
        className="input input-medium"
        type="url"
        inputMode="url"
        // biome-ignore lint/a11y/noAutofocus: the row opens at the user's request, to type the address in
        autoFocus
        value={address}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setAddress(event.target.value);
          setProblem(null);
        }}
        onKeyDown={keys}
      />
      <button type="button" className="small-button" onClick={() => apply()}>
        {current ? 'Ändra länken' : 'Lägg till länk'}
      </button>
      {current && (
        <button type="button" className="small-button" onClick={remove}>
          Ta bort länken
        </button>
      )}
      <button
        type="button"
        className="small-button"
        onClick={() => {
          editor.commands.focus();
          onClose();
        }}
      >
        Avbryt
      </button>
      {problem && (
        <p className="error-message rich-text-link-error" id={`${inputId}-error`}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { id, onChange } = props;
  // The values this editor wrote, which come back to it through the parent, told from one set from outside.
  const [echoes] = useState(() => new Echoes(props.value));
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [linking, setLinking] = useState(false);
  // The text box's name, description and state: given again when the error or the hint changes.
  const attributes: Record<string, string> = {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': props.labelId,
    ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
    ...(props.error ? { 'aria-invalid': 'true' } : {}),
    class: `input input-full rich-text-editor rich-text-rows-${props.rows ?? 6}`,
  };
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: toEditorHtml(props.value),
    editorProps: { attributes },
    onUpdate: ({ editor: changed }) => {
      const value = fromEditor(changed);
      echoes.emit(value);
      onChangeRef.current(value);
    },
  });
  const attributesKey = JSON.stringify(attributes);
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: JSON.parse(attributesKey) } });
  }, [editor, attributesKey]);
  useEffect(() => {
    if (echoes.isFromOutside(props.value)) {
      editor.commands.setContent(toEditorHtml(props.value), { emitUpdate: false });
    }
  }, [editor, echoes, props.value]);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
  });
  const toolbarKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    // The toolbar's arrow keys (WAI-ARIA toolbar pattern); Tab still reaches every button as well.
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') {
      return;
    }
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };
  return (
    <div className="rich-text-input">
      <div
        className="rich-text-toolbar"
        role="toolbar"
        aria-label="Formatering"
        aria-controls={id}
        tabIndex={-1}
        onKeyDown={toolbarKeys}
      >
        <ToolbarButton
          label="Fet"
          shortcut="Control+B"
          pressed={active.bold}
          onPress={() => editor.chain().focus().toggleBold().run()}
        />
        <ToolbarButton
          label="Kursiv"
          shortcut="Control+I"
          pressed={active.italic}
          onPress={() => editor.chain().focus().toggleItalic().run()}
        />
        <ToolbarButton
          label="Punktlista"
          shortcut="Control+Shift+8"
          pressed={active.bulletList}
          onPress={() => editor.chain().focus().toggleBulletList().run()}
        />
        <ToolbarButton
          label="Numrerad lista"
          shortcut="Control+Shift+7"
          pressed={active.orderedList}
          onPress={() => editor.chain().focus().toggleOrderedList().run()}
        />
        <ToolbarButton label="Länk" pressed={active.link} onPress={() => setLinking((open) => !open)} />
      </div>
      {linking && <LinkForm editor={editor} id={id} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
