/** The public server surface of the narratives module. */
export type { NarrativeDto, UnitNarrativesDto } from './contract.ts';
export { listNarratives, type NarrativeText } from './db/narrative-repository.ts';
export { listUnitNarratives, roundSlots, saveNarrative } from './narrative-service.ts';
