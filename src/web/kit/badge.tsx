/** A small label with an icon, so that meaning never rests on colour alone (WCAG 1.4.1). */
export type BadgeTone = 'good' | 'bad' | 'mid' | 'neutral';

const ICONS: Record<BadgeTone, string> = { good: '✓', bad: '✗', mid: '◐', neutral: '–' };

export function Badge({ tone, label, title }: { tone: BadgeTone; label: string; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      <span aria-hidden="true">{ICONS[tone]}</span> {label}
    </span>
  );
}
