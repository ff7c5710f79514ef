/** The starter phrasebooks shipped with the extension (data/starter.*.json), checked by zod when loaded. */
import starterNl from './data/starter.nl.json' with { type: 'json' };
import starterEn from './data/starter.en.json' with { type: 'json' };
import { phrasebookSchema, type Phrasebook } from './schema';

export function starterPhrasebooks(): Phrasebook[] {
  return [phrasebookSchema.parse(starterNl), phrasebookSchema.parse(starterEn)];
}
