// Where the real-schema corpus is for the review tests, which read its files as files (parsing
// them is what they test). RELATA_REAL_SCHEMAS, relative to the repository unless absolute,
// else ../shared/real-schemas beside the repository; the suites are skipped without it.
import fs from 'node:fs';
import path from 'node:path';
import { REAL_SCHEMA_FILES, REAL_SCHEMAS_DIR, REPO_ROOT } from './real-schemas';

export const CORPUS_DIR = process.env.RELATA_REAL_SCHEMAS
  ? path.resolve(REPO_ROOT, process.env.RELATA_REAL_SCHEMAS)
  : REAL_SCHEMAS_DIR;

export const corpusPresent = fs.existsSync(path.join(CORPUS_DIR, 'INDEX.md'));

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
