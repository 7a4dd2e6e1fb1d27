/** The planning module's UI surface. */
export { CreateRounds } from './create-rounds.tsx';
