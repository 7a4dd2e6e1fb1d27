/** An outcome's status against its target, with an icon and a word, never colour alone. */
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { type IndicatorStatus, STATUS_LABELS } from '../domain/status.ts';

const TONES: Record<IndicatorStatus, BadgeTone> = {
  met: 'good',
  notMet: 'bad',
  noTarget: 'neutral',
  noData: 'neutral',
  notApplicable: 'neutral',
  notComputable: 'neutral',
};

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  return <Badge tone={TONES[status]} label={STATUS_LABELS[status]} />;
}
