/** The narratives module's pure domain: which texts a round's document asks for, and their state. */
export * from './slots.ts';
