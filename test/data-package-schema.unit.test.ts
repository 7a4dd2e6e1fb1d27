import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPackageJsonSchema, SCHEMA_FILE } from '../scripts/data-package-schema.ts';

describe('docs/data-package.schema.json', () => {
  it('is what the contract generates (run scripts/data-package-schema.ts after changing the contract)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(dataPackageJsonSchema());
  });
});
