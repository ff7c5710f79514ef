/** The public formats and the file each one's JSON Schema is published under (schemas/). */
import { z } from 'zod';
import { threadSchema } from '../lib/thread/schema';
import { analysisSchema } from '../lib/analysis/types';
import { entryTextSchema, phrasebookSchema } from '../lib/phrasebook/schema';
import { scenarioSetSchema } from '../lib/playground/schema';
import { logExportSchema } from '../lib/db/records';

export function publishedSchemas(): Record<string, unknown> {
  return {
    'thread.schema.json': z.toJSONSchema(threadSchema, { io: 'input', unrepresentable: 'any' }),
    'analysis.schema.json': z.toJSONSchema(analysisSchema, { unrepresentable: 'any' }),
    'phrasebook.schema.json': z.toJSONSchema(phrasebookSchema, {
      io: 'input',
      unrepresentable: 'any',
      // zod cannot express the refine "nl or en or both"; JSON Schema can.
      override: (context) => {
        if (context.zodSchema === entryTextSchema) context.jsonSchema.minProperties = 1;
      },
    }),
    'log-export.schema.json': z.toJSONSchema(logExportSchema, { io: 'input', unrepresentable: 'any' }),
    'playground-scenarios.schema.json': z.toJSONSchema(scenarioSetSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
