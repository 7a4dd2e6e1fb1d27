/**
 * The data package's documented lists (data-package/contract.ts) are the module manifests' sections: same
 * names, same order, same record schemas; and every section comes after the lists it refers to.
 */
import { describe, expect, it } from 'vitest';
import { PACKAGE_LISTS } from '../src/modules/data-package/contract.ts';
import { packageSections } from '../src/modules/registry.ts';

describe('data-package sections', () => {
  it('are the lists the package contract documents, in the same order and with the same records', () => {
    const sections = packageSections();
    expect(sections.map((section) => section.list)).toEqual(Object.keys(PACKAGE_LISTS));
    for (const section of sections) {
      expect(section.record, section.list).toBe(PACKAGE_LISTS[section.list as keyof typeof PACKAGE_LISTS]);
    }
  });

  it('come after every list they refer to', () => {
    const seen = new Set<string>();
    for (const section of packageSections()) {
      seen.add(section.list);
      for (const ref of section.references) {
        expect(seen.has(ref.list), `${section.list}.${ref.field} → ${ref.list}`).toBe(true);
      }
    }
  });
});
