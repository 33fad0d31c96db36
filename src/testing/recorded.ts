// Test helper: the project's own recordings of real Directus servers (request/response pairs,
// tokens redacted), copied byte for byte from the runs described in the Directus reference.
// Node only; not for the app bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORDED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recorded');

export type RecordedServer =
  'directus-12.4.0-sqlite' | 'directus-12.4.0-postgres' | 'directus-9.0.0-rc.64-sqlite';

export interface RecordedError {
  message: string;
  extensions: { code: string; reason?: string; [key: string]: unknown };
}

/** One recorded exchange. `Body` is the request body, `Data` the response's `data`. */
export interface Recorded<Body = unknown, Data = unknown> {
  request: { method: string; path: string; body: Body };
  status: number;
  response: { data: Data; errors: RecordedError[] };
}

export function recorded<Body = unknown, Data = unknown>(
  server: RecordedServer,
  file: string,
): Recorded<Body, Data> {
  return JSON.parse(readFileSync(path.join(RECORDED_DIR, server, file), 'utf8')) as Recorded<Body, Data>;
}
