import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '../scripts/published-schemas';

describe('published JSON Schemas', () => {
  for (const [file, schema] of Object.entries(publishedSchemas())) {
    it(`schemas/${file} is up to date (run: npx tsx scripts/schemas.ts)`, () => {
      const committed: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', file), 'utf8'));
      expect(committed).toEqual(schema);
    });
  }
});
