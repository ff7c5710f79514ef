/**
 * `npx tsx scripts/schemas-phrasebook.ts`: writes only schemas/phrasebook.schema.json, the published JSON Schema
 * of the phrasebook file (contracts.md). The schema itself is defined once, in scripts/published-schemas.ts
 * (`npx tsx scripts/schemas.ts` writes every public format).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas } from './published-schemas';

export function phrasebookJsonSchema(): unknown {
  return publishedSchemas()['phrasebook.schema.json'];
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const file = join(import.meta.dirname, '..', 'schemas', 'phrasebook.schema.json');
  writeFileSync(file, JSON.stringify(phrasebookJsonSchema(), null, 2) + '\n');
  process.stdout.write('schemas/phrasebook.schema.json\n');
}
