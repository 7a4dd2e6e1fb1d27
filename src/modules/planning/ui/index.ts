/** The planning module's UI surface: no pages of its own yet; parts for the shell and other modules. */
import type { UiModule } from '#web/kit/ui-module.ts';

export { CloseRound } from './close-round.tsx';
export { CreateRounds } from './create-rounds.tsx';
export { useRounds, useYearsWithRounds } from './use-rounds.ts';

export const planningUi: UiModule = { name: 'planning', routes: [] };
