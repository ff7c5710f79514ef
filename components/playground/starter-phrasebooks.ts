/**
 * The starter phrasebooks, whichever exist at build time. Vite (the extension build) expands the glob; the static
 * site build (scripts/build-playground-site.ts) replaces this module with the same list for esbuild. No file: no
 * suggestions, nothing breaks.
 */
import { readPhrasebookModules, type LoadedPhrasebooks } from '../../lib/playground/phrasebooks';

const modules: Record<string, unknown> = import.meta.glob('../../lib/phrasebook/data/starter.*.json', { eager: true });

let loaded: LoadedPhrasebooks | undefined;

export function starterPhrasebooks(): LoadedPhrasebooks {
  loaded ??= readPhrasebookModules(modules);
  return loaded;
}
