import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotAt } from '../../cli/read-snapshot';
import { realSchemaNames } from '../../testing/real-schemas';
import { CORPUS_DIR, corpusLocation, corpusPath, corpusPresent } from '../../testing/review-corpus';
import { isFolder, isSystemCollection } from '../collections';
import { parseSnapshot, toSnapshot } from './snapshot';
import type { ParsedSnapshot } from './snapshot';

/**
 * INDEX.md's columns "collections (folders)", "relations" and "directus (vendor)", re-counted
 * with a separate Python pass over the raw files (user collections only; folders = no schema).
 * agencyos-template is the template-cli folder (its snapshot.json is `{}`).
 */
const EXPECTED: Record<string, [number, number, number, string | null, string | null]> = {
  'agencyos-template': [76, 5, 176, null, null],
  'agencyos-snapshot-2024': [76, 5, 176, '10.8.3', 'postgres'],
  'simple-website-cms': [24, 2, 66, '11.7.2', 'postgres'],
  'simple-crm': [14, 2, 29, '11.2.2', 'postgres'],
  'simple-ecommerce': [11, 2, 20, '11.1.2', 'postgres'],
  'help-center': [9, 1, 15, '11.1.0', 'postgres'],
  'website-2023': [46, 5, 58, '9.25.2', 'postgres'],
  'website-cms-2024': [39, 2, 64, '10.9.3', 'postgres'],
  'starters-cms-i18n': [39, 2, 122, '12.0.0', 'postgres'],
  'starters-cms': [24, 2, 66, '12.0.0', 'postgres'],
  'bac-evolved': [53, 2, 112, '11.14.0', 'postgres'],
  'clic-directus-config': [53, 0, 87, '11.1.2', 'postgres'],
  'inno-work-crm-cms': [58, 18, 73, '11.1.1', 'postgres'],
  'tecktal-ai-ethiopia': [33, 5, 80, '11.13.4', 'postgres'],
  'tafi00-directus-template': [32, 2, 81, '11.7.2', 'postgres'],
  fiestalok: [20, 0, 25, '11.17.3', 'sqlite'],
  'gornji-milanovac': [14, 0, 19, '10.10.0', null],
  'content-machine': [13, 1, 35, '10.11.0', 'postgres'],
  datahive: [13, 3, 32, '14.0.1', 'postgres'],
  'baetorra-2024': [11, 1, 31, '9.22.4', null],
  'emobase-deploy': [8, 0, 3, '11.16.0', 'mysql'],
  'archive-web-app': [7, 1, 8, '10.9.3', 'postgres'],
  jaa: [5, 0, 9, '12.1.2', 'postgres'],
  'wfmr-cms': [4, 0, 4, '9.5.2', null],
  'jam-sessions': [1, 0, 4, '10.12.0', 'sqlite'],
  'admin-system-directus-EDGE': [1, 0, 66, '11.7.2', 'postgres'],
};

/** INDEX.md's "Template-cli files give: N coll / … / M rels", for the sets that have both forms. */
const TEMPLATE_FOLDERS: Record<string, [number, number]> = {
  'directus-templates/simple-website-cms/src': [24, 66],
  'directus-templates/simple-crm/src': [14, 29],
  'directus-templates/simple-ecommerce/src': [11, 20],
  'directus-templates/help-center/src': [9, 15],
  'starters/cms-i18n/src': [39, 122],
  'starters/cms/src': [24, 66],
  'BAC-evolved/src': [53, 112],
  'directus-template/src': [32, 81],
  // One system relation fewer than its snapshot (INDEX.md: 34 vs 35).
  'content-machine/src': [13, 34],
};

/** The corpus's JSON snapshots (agencyos-template's is `{}`). */
const JSON_SNAPSHOTS = realSchemaNames().filter(
  (name) => name !== 'agencyos-template' && corpusPath(name).endsWith('.json'),
);

function counts({ schema, directus, vendor }: ParsedSnapshot) {
  const user = schema.collections.filter((c) => !isSystemCollection(c.collection));
  return [user.length, user.filter(isFolder).length, schema.relations.length, directus, vendor];
}

describe.skipIf(!corpusPresent)('every real schema file parses with the counts of INDEX.md', () => {
  it.each(realSchemaNames())('%s', (name) => {
    expect(counts(readSnapshotAt(corpusLocation(name)))).toEqual(EXPECTED[name]);
  });

  it.each(Object.keys(TEMPLATE_FOLDERS))('template-cli folder %s', (folder) => {
    const { schema, format } = readSnapshotAt(path.join(CORPUS_DIR, folder));
    const user = schema.collections.filter((c) => !isSystemCollection(c.collection));
    expect(format).toBe('json');
    expect([user.length, schema.relations.length]).toEqual(TEMPLATE_FOLDERS[folder]);
  });

  it("reads admin-system-directus's own small schema.yml", () => {
    const parsed = readSnapshotAt(path.join(CORPUS_DIR, 'admin-system-directus/src/schema/schema.yml'));
    expect(counts(parsed)).toEqual([3, 0, 9, '11.10.0', 'postgres']);
    expect(parsed.format).toBe('yaml');
  });

  // Directus 10.11 still wrote its own directus_settings relation (meta: null); today's
  // getSnapshot leaves untracked relations out, and so does toSnapshot.
  it.each(JSON_SNAPSHOTS.filter((name) => name !== 'content-machine'))(
    '%s comes back from toSnapshot as Directus wrote it',
    (name) => {
      const text = fs.readFileSync(corpusPath(name), 'utf8');
      const { schema, directus, vendor, systemFields } = parseSnapshot(text, corpusPath(name));
      const written = toSnapshot(schema, {
        directus: directus ?? '',
        vendor,
        ...(systemFields.length ? { systemFields } : {}),
      });
      expect(JSON.parse(JSON.stringify(written))).toEqual(JSON.parse(text));
    },
  );

  it("sends agencyos's empty snapshot.json to its folder", () => {
    const file = corpusPath('agencyos-template');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe('{}');
    expect(() => readSnapshotAt(file)).toThrow(/open the folder holding collections\.json/);
  });
});
