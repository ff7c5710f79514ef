/** The public formats and the file each one's JSON Schema is published under (schemas/). */
import { z } from 'zod';
import { threadSchema } from '../lib/thread/schema';
import { analysisSchema } from '../lib/analysis/types';

export function publishedSchemas(): Record<string, unknown> {
  return {
    'thread.schema.json': z.toJSONSchema(threadSchema, { io: 'input', unrepresentable: 'any' }),
    'analysis.schema.json': z.toJSONSchema(analysisSchema, { unrepresentable: 'any' }),
  };
}
