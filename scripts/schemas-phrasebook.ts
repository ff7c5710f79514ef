/**
 * `npx tsx scripts/schemas-phrasebook.ts`: writes schemas/phrasebook.schema.json, the published JSON Schema of the
 * phrasebook file (contracts.md), from the same zod schema imports and subscriptions validate with.
 * (The lead may fold this into scripts/published-schemas.ts; the output is the same.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { entryTextSchema, phrasebookSchema } from '../lib/phrasebook/schema';

export function phrasebookJsonSchema(): unknown {
  return z.toJSONSchema(phrasebookSchema, {
    io: 'input',
    unrepresentable: 'any',
    // zod cannot express the refine "nl or en or both"; JSON Schema can.
    override: (context) => {
      if (context.zodSchema === entryTextSchema) context.jsonSchema.minProperties = 1;
    },
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const file = join(import.meta.dirname, '..', 'schemas', 'phrasebook.schema.json');
  writeFileSync(file, JSON.stringify(phrasebookJsonSchema(), null, 2) + '\n');
  process.stdout.write('schemas/phrasebook.schema.json\n');
}
