import { describe, expect, it } from 'vitest';
import { readSnapshotAt } from '../../cli/read-snapshot';
import { realSchemaNames } from '../../testing/real-schemas';
import { corpusLocation, corpusPresent } from '../../testing/review-corpus';
import { buildModelIndex } from '../model-index';
import { healthFindings } from './health';

/**
 * Findings per real schema, by severity and code, worked out before running healthFindings with
 * a separate Python pass over the raw files that implements each rule on its own (duplicates,
 * junction pairing, one_field against fields[], declared/system/has-fields presence, meta and
 * schema null, key storage). They are the anomalies INDEX.md lists: gornji-milanovac's 8 missing
 * aliases and 4 relations with meta: null and schema: null; fiestalok's dangling junction_field
 * and missing alias; inno-work's dangling junction_field; the 21 collections
 * admin-system-directus-EDGE uses without declaring; and Directus's own system relations listed
 * without meta (content-machine, datahive, jam-sessions), which are real and only info.
 * Every other schema has none.
 */
const EXPECTED: Record<string, Record<string, number>> = {
  'inno-work-crm-cms': { 'warning dangling-junction-field': 1 },
  fiestalok: { 'warning dangling-junction-field': 1, 'warning missing-alias-field': 1 },
  'gornji-milanovac': { 'warning missing-alias-field': 8, 'warning relation-without-meta-or-schema': 4 },
  'content-machine': { 'info untracked-relation': 1 },
  datahive: { 'info untracked-relation': 1 },
  'jam-sessions': { 'info untracked-relation': 2 },
  'admin-system-directus-EDGE': { 'error undeclared-collection': 21 },
};

describe.skipIf(!corpusPresent)('health findings of the real schemas', () => {
  it.each(realSchemaNames())('%s', (name) => {
    const findings = healthFindings(buildModelIndex(readSnapshotAt(corpusLocation(name)).schema));
    const counts: Record<string, number> = {};
    for (const f of findings)
      counts[`${f.severity} ${f.code}`] = (counts[`${f.severity} ${f.code}`] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED[name] ?? {});
  });

  it("names gornji-milanovac's missing aliases and offers to clear each", () => {
    const findings = healthFindings(
      buildModelIndex(readSnapshotAt(corpusLocation('gornji-milanovac')).schema),
    );
    const aliases = findings.filter((f) => f.code === 'missing-alias-field');
    expect(aliases.map((f) => f.location.relation).sort()).toEqual(
      [
        'bookings.service_id',
        'bookings.vendor_id',
        'categories.parent',
        'listings.category',
        'posts.category',
        'posts_tags.tags_id',
        'products.vendor_id',
        'services.vendor_id',
      ].sort(),
    );
    expect(aliases.every((f) => f.fix?.type === 'updateRelation')).toBe(true);
    expect(
      findings.filter((f) => f.code === 'relation-without-meta-or-schema').map((f) => f.location.relation),
    ).toEqual(['posts.author', 'posts.featured_image', 'vendors.cover_image', 'vendors.logo']);
  });
});
