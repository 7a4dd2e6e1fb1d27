/**
 * The JSON Schema of the data package, generated from its zod contract. `node --import tsx
 * scripts/data-package-schema.ts` rewrites docs/data-package.schema.json; a test fails when the committed
 * file and the contract disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dataPackageSchema } from '../src/modules/data-package/contract.ts';

export const SCHEMA_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'docs',
  'data-package.schema.json',
);

export function dataPackageJsonSchema(): string {
  const schema = z.toJSONSchema(dataPackageSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://verksam.se/schemas/data-package-1.json' }, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(SCHEMA_FILE, dataPackageJsonSchema());
  console.log(`Skrev ${path.relative(process.cwd(), SCHEMA_FILE)}.`);
}
