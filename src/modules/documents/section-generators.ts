/**
 * The generated sections the modules offer, by name ("economy.operatingStatement"). The documents module
 * cannot import the modules that own the data (they may come after it); the registry hands their
 * generators over once, at start-up, as it hands indicator computations to the goal tables.
 */
import type { DocumentSectionGenerator } from '../module-definition.ts';

let generators: ReadonlyMap<string, DocumentSectionGenerator> = new Map();

export function provideDocumentSections(list: readonly DocumentSectionGenerator[]): void {
  generators = new Map(list.map((generator) => [generator.name, generator]));
}

export function findSectionGenerator(name: string): DocumentSectionGenerator | undefined {
  return generators.get(name);
}

/** Every generator the modules offer, in the registry's order: what the template editor lists. */
export function listSectionGenerators(): DocumentSectionGenerator[] {
  return [...generators.values()];
}
