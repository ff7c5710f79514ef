import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phrasebookJsonSchema } from '../../scripts/schemas-phrasebook';

describe('schemas/phrasebook.schema.json', () => {
  it('is up to date (run: npx tsx scripts/schemas-phrasebook.ts)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'phrasebook.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(phrasebookJsonSchema());
  });
  it('requires a Dutch or English text and rejects unknown fields', () => {
    const schema = JSON.stringify(phrasebookJsonSchema());
    expect(schema).toContain('"minProperties":1');
    expect(schema).toContain('"additionalProperties":false');
  });
});
