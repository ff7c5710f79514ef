/**
 * `npx tsx scripts/schemas.ts`: writes the JSON Schema of each public format (contracts.md) to schemas/, from the
 * same zod schemas the code validates with, so other tools can validate too. tests/schemas.test.ts fails when a
 * committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas } from './published-schemas';

for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(join(import.meta.dirname, '..', 'schemas', file), JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`schemas/${file}\n`);
}
