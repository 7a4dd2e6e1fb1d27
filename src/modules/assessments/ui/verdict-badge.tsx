/** A verdict as a badge: icon and word, never colour alone. */
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { VERDICT_LABELS, type Verdict } from '../domain/verdict.ts';

const TONES: Record<Verdict, BadgeTone> = {
  met: 'good',
  partlyMet: 'mid',
  notMet: 'bad',
  notAssessed: 'neutral',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <Badge tone={TONES[verdict]} label={VERDICT_LABELS[verdict]} />;
}
