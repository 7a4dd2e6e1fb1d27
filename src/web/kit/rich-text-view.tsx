/**
 * Stored rich text (core/rich-text.ts) as the page shows it. Rendered from the block model as React elements,
 * never through innerHTML: whatever a value holds, the page gets only text, paragraphs, lists, bold, italic
 * and links to http, https or mailto – a second line of defence behind the server's sanitiser (ADR 0023),
 * and smaller than shipping DOMPurify. Plain text written before rich text existed shows as paragraphs.
 */
import { Fragment, type ReactNode } from 'react';
import { type ListBlock, type RichTextBlock, richTextToBlocks, type TextRun } from '#core/rich-text.ts';

function Run({ run }: { run: TextRun }): ReactNode {
  const lines = run.text.split('\n');
  let content: ReactNode =
    lines.length === 1
      ? run.text
      : lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a run never move
          <Fragment key={index}>
            {index > 0 && <br />}
            {line}
          </Fragment>
        ));
  if (run.italic) {
    content = <em>{content}</em>;
  }
  if (run.bold) {
    content = <strong>{content}</strong>;
  }
  return run.href === null ? (
    content
  ) : (
    <a href={run.href} rel="noopener noreferrer">
      {content}
    </a>
  );
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: runs are positions in a text that is not edited here
    <Run key={index} run={run} />
  ));
}

function List({ list }: { list: ListBlock }) {
  const items = list.items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: items are positions in a text that is not edited here
    <li key={index}>
      <Runs runs={item.runs} />
      {item.lists.map((nested, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: as above
        <List key={at} list={nested} />
      ))}
    </li>
  ));
  return list.type === 'bulletList' ? <ul>{items}</ul> : <ol>{items}</ol>;
}

function Block({ block, lead }: { block: RichTextBlock; lead?: ReactNode }) {
  if (block.type === 'paragraph') {
    return (
      <p>
        {lead}
        {lead ? ' ' : null}
        <Runs runs={block.runs} />
      </p>
    );
  }
  return (
    <>
      {lead ? <p>{lead}</p> : null}
      <List list={block} />
    </>
  );
}

/**
 * The text, or nothing at all when there is none (so a caller can show its own "—"). `lead` (a label such
 * as "Kommentar:") starts the first paragraph, or stands before a text that starts with a list.
 */
export function RichTextView({
  value,
  className,
  lead,
}: {
  value: string | null | undefined;
  className?: string;
  lead?: ReactNode;
}) {
  const blocks = richTextToBlocks(value);
  if (blocks.length === 0) {
    return null;
  }
  return (
    <div className={`rich-text${className ? ` ${className}` : ''}`}>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positions in a text that is not edited here
        <Block key={index} block={block} lead={index === 0 ? lead : undefined} />
      ))}
    </div>
  );
}
