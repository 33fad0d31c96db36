// Test helper: loads the corpus of real Directus schemas (read-only, never copied into the
// project). It lives outside the repository, found through one setting: RELATA_REAL_SCHEMAS,
// by default ../shared/real-schemas beside the repository. Without it only the corpus suites
// are skipped (`describe.skipIf(!corpusAvailable)`); CI always has it. Node only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type {
  DirectusCollection,
  DirectusField,
  DirectusRelation,
  DirectusSchema,
} from '../domain/directus-types';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** RELATA_REAL_SCHEMAS, relative to the repository root unless absolute. */
export const REAL_SCHEMAS_DIR = path.resolve(
  REPO_ROOT,
  process.env.RELATA_REAL_SCHEMAS || path.join('..', 'shared', 'real-schemas'),
);
export const corpusAvailable = fs.existsSync(path.join(REAL_SCHEMAS_DIR, 'INDEX.md'));

/** The one line a run prints when the corpus is missing (see corpus-notice.ts). */
export function corpusNotice(): string | null {
  return corpusAvailable
    ? null
    : `real-schema corpus not found at ${REAL_SCHEMAS_DIR} (set RELATA_REAL_SCHEMAS): skipping the corpus suites`;
}

/**
 * INDEX.md row name → the file (or template-cli folder) its counts were taken from. Where a
 * set has both, the snapshot is used: content-machine's template-cli relations.json lacks one
 * system relation, and admin-system-directus-EDGE's schema.yml is a different, small model.
 */
export const REAL_SCHEMA_FILES: Readonly<Record<string, string>> = {
  // Its snapshot.json is `{}`: loadRealSchema falls back to the template-cli files beside it.
  'agencyos-template': 'directus-templates/agencyos/src/schema/snapshot.json',
  'agencyos-snapshot-2024': 'directus-templates/agencyos-2024-01/src/schema/snapshot.json',
  'simple-website-cms': 'directus-templates/simple-website-cms/src/schema/snapshot.json',
  'simple-crm': 'directus-templates/simple-crm/src/schema/snapshot.json',
  'simple-ecommerce': 'directus-templates/simple-ecommerce/src/schema/snapshot.json',
  'help-center': 'directus-templates/help-center/src/schema/snapshot.json',
  'website-2023': 'directus-templates/website-2023/src/schema/snapshot.json',
  'website-cms-2024': 'directus-templates/website-cms-2024/src/schema/snapshot.json',
  'starters-cms-i18n': 'starters/cms-i18n/src/schema/snapshot.json',
  'starters-cms': 'starters/cms/src/schema/snapshot.json',
  'bac-evolved': 'BAC-evolved/src/schema/snapshot.json',
  'clic-directus-config': 'directus-config/snapshot.yaml',
  'inno-work-crm-cms': 'inno-work-crm-cms/snapshot.yaml',
  'tecktal-ai-ethiopia': 'tecktal_ai_ethiopia/snapshot.yaml',
  'tafi00-directus-template': 'directus-template/src/schema/snapshot.json',
  fiestalok: 'fiestalok-directus/snapshot.yaml',
  'gornji-milanovac': 'gornji-milanovac-new/snapshot.yaml',
  'content-machine': 'content-machine/src/schema/snapshot.json',
  datahive: 'datahive/snapshot.yaml',
  'baetorra-2024': 'baetorra-2024/snapshot.yaml',
  'emobase-deploy': 'emobase-deploy/schema.yaml',
  'archive-web-app': 'archive-web-app/snapshot.yaml',
  jaa: 'jaa/snapshot.yaml',
  'wfmr-cms': 'wfmr-cms/snapshot.yaml',
  'jam-sessions': 'jam-sessions/snapshot.yaml',
  'admin-system-directus-EDGE': 'admin-system-directus/src/schema/snapshot.json',
};

export function realSchemaNames(): string[] {
  return Object.keys(REAL_SCHEMA_FILES);
}

const cache = new Map<string, DirectusSchema>();

export function loadRealSchema(name: string): DirectusSchema {
  const relative = REAL_SCHEMA_FILES[name];
  if (relative === undefined) throw new Error(`unknown real schema: ${name}`);
  const cached = cache.get(name);
  if (cached) return cached;
  const schema = normalise(readSchemaAt(path.join(REAL_SCHEMAS_DIR, relative)));
  cache.set(name, schema);
  return schema;
}

/** A snapshot (.json/.yaml/.yml), or a template-cli folder of collections/fields/relations.json. */
export function readSchemaAt(file: string): Partial<DirectusSchema> {
  if (fs.statSync(file).isDirectory()) return readTemplateCli(file);
  const text = fs.readFileSync(file, 'utf8');
  const parsed = (
    /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text)
  ) as Partial<DirectusSchema> | null;
  if (Array.isArray(parsed?.collections)) return parsed;
  // Template-cli layout: src/schema/snapshot.json beside src/{collections,fields,relations}.json.
  const templateDir = path.resolve(path.dirname(file), '..');
  if (fs.existsSync(path.join(templateDir, 'relations.json'))) return readTemplateCli(templateDir);
  throw new Error(`${file} is neither a snapshot nor beside template-cli files`);
}

function readTemplateCli(dir: string): Partial<DirectusSchema> {
  const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  return {
    collections: read('collections') as DirectusCollection[],
    fields: read('fields') as DirectusField[],
    relations: read('relations') as DirectusRelation[],
  };
}

/** Real files leave out keys the API always sends (gornji-milanovac has relations without meta). */
function normalise(raw: Partial<DirectusSchema>): DirectusSchema {
  return {
    collections: raw.collections ?? [],
    fields: raw.fields ?? [],
    relations: (raw.relations ?? []).map((r) => ({ ...r, meta: r.meta ?? null, schema: r.schema ?? null })),
  };
}

/** The row names of INDEX.md's table, to check this list against it. */
export function indexRowNames(): string[] {
  const index = fs.readFileSync(path.join(REAL_SCHEMAS_DIR, 'INDEX.md'), 'utf8');
  return [...index.matchAll(/^\| \d+ \| ([^|]+?) \|/gm)].map((m) => m[1] ?? '');
}

export interface IndexKinds {
  m2a: number;
  m2m: number;
  translations: number;
  files: number;
  o2m: number;
  /** INDEX.md's M2O column counts single-file relations too (our m2o + file). */
  m2oAndFile: number;
  relations: number;
}

/** INDEX.md's "relations" and "kinds (counting rules)" columns, per row name. */
export function indexRowKinds(): Record<string, IndexKinds> {
  const index = fs.readFileSync(path.join(REAL_SCHEMAS_DIR, 'INDEX.md'), 'utf8');
  const rows: Record<string, IndexKinds> = {};
  for (const line of index.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const kinds = cells[8]?.match(
      /^M2A (\d+) · M2M (\d+) · transl (\d+) · files (\d+) · O2M (\d+) · M2O (\d+)$/,
    );
    if (!kinds || cells[2] === undefined) continue;
    const [m2a, m2m, translations, files, o2m, m2oAndFile] = kinds.slice(1).map(Number) as number[];
    rows[cells[2]] = {
      m2a: m2a ?? NaN,
      m2m: m2m ?? NaN,
      translations: translations ?? NaN,
      files: files ?? NaN,
      o2m: o2m ?? NaN,
      m2oAndFile: m2oAndFile ?? NaN,
      relations: Number(cells[7]),
    };
  }
  return rows;
}
