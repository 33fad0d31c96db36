// The real-schema corpus for the review tests, which read its files as files (parsing them is
// what they test): found through the one setting in real-schemas.ts.
import path from 'node:path';
import { corpusAvailable, REAL_SCHEMA_FILES, REAL_SCHEMAS_DIR } from './real-schemas';

export const CORPUS_DIR = REAL_SCHEMAS_DIR;
export const corpusPresent = corpusAvailable;

/** The file (or template-cli folder) a corpus row's counts come from. */
export function corpusPath(name: string): string {
  const relative = REAL_SCHEMA_FILES[name];
  if (relative === undefined) throw new Error(`unknown real schema: ${name}`);
  return path.join(CORPUS_DIR, relative);
}

/** What to open for a row: agencyos-template's snapshot.json is `{}`, so its template folder. */
export function corpusLocation(name: string): string {
  const file = corpusPath(name);
  return name === 'agencyos-template' ? path.dirname(path.dirname(file)) : file;
}
