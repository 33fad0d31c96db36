import { getRelationType } from '../testing/directus-utils';
import { describe, expect, it } from 'vitest';
import {
  corpusAvailable,
  indexRowKinds,
  indexRowNames,
  loadRealSchema,
  realSchemaNames,
} from '../testing/real-schemas';
import { relationKey } from './model';
import type { InferredModel, RelationshipKind } from './model';
import { inferRelationships } from './relationships';

type Counts = Record<RelationshipKind, number>;

function countKinds(model: InferredModel): Counts {
  const counts: Counts = { m2a: 0, m2m: 0, translations: 0, files: 0, o2m: 0, m2o: 0, file: 0 };
  for (const r of model.relationships) counts[r.kind] += 1;
  return counts;
}

/**
 * Expected kinds per schema, written down before running the code under test. Derived with a
 * separate Python script that implements INDEX.md's counting rules over the raw files
 * (M2A items + partner, then mutual junction_field pairs classed by alias special /
 * directus_files, then one_field → o2m, directus_files → file, rest → m2o). Every row agrees
 * with INDEX.md's kinds column (INDEX M2O = m2o + file). For agencyos-template, simple-crm
 * and starters-cms-i18n they were also re-counted with jq: junction rows = 2 × pairs
 * (24, 10, 32), file/o2m/m2o rows filtered on junction_field/one_field/related_collection,
 * and the translations/m2m alias fields counted (14 translations; 8 and 9 m2m aliases, i.e.
 * 5 and 6 pairs with 3 aliased on both sides).
 * Columns: m2a, m2m, translations, files, o2m, m2o, file.
 */
const EXPECTED: Record<string, [number, number, number, number, number, number, number]> = {
  'agencyos-template': [2, 6, 0, 4, 20, 118, 14],
  'agencyos-snapshot-2024': [2, 6, 0, 4, 20, 118, 14],
  'simple-website-cms': [1, 0, 0, 1, 8, 48, 6],
  'simple-crm': [0, 5, 0, 0, 4, 14, 1],
  'simple-ecommerce': [0, 0, 0, 1, 5, 11, 2],
  'help-center': [0, 0, 3, 0, 1, 8, 0],
  'website-2023': [1, 2, 0, 3, 5, 26, 15],
  'website-cms-2024': [1, 1, 0, 3, 6, 39, 9],
  'starters-cms-i18n': [1, 0, 14, 1, 8, 76, 6],
  'starters-cms': [1, 0, 0, 1, 8, 48, 6],
  'bac-evolved': [1, 1, 15, 2, 9, 57, 8],
  'clic-directus-config': [0, 6, 17, 1, 1, 13, 25],
  'inno-work-crm-cms': [3, 6, 0, 1, 7, 38, 8],
  'tecktal-ai-ethiopia': [0, 9, 0, 1, 9, 42, 9],
  'tafi00-directus-template': [1, 0, 0, 1, 11, 51, 15],
  fiestalok: [0, 2, 0, 1, 0, 17, 2],
  'gornji-milanovac': [0, 1, 0, 3, 7, 1, 3],
  'content-machine': [0, 0, 1, 1, 4, 22, 5],
  datahive: [0, 0, 0, 0, 13, 16, 3],
  'baetorra-2024': [0, 2, 0, 0, 4, 22, 1],
  'emobase-deploy': [0, 0, 0, 0, 1, 0, 2],
  'archive-web-app': [0, 1, 0, 0, 0, 6, 0],
  jaa: [0, 0, 0, 0, 6, 3, 0],
  'wfmr-cms': [0, 0, 0, 0, 0, 1, 3],
  'jam-sessions': [0, 0, 0, 0, 0, 4, 0],
  'admin-system-directus-EDGE': [1, 0, 0, 1, 8, 48, 6],
};

/** The anomalies INDEX.md lists, as warnings (plus none elsewhere). */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  'inno-work-crm-cms': ['dangling-junction-field businessDevision.owner'],
  fiestalok: [
    'dangling-junction-field reservations_articles.reservations_id',
    'missing-alias-field reservations_produits.reservations_id',
  ],
  'gornji-milanovac': [
    'missing-alias-field categories.parent',
    'missing-alias-field posts.category',
    'missing-alias-field posts_tags.tags_id',
    'missing-alias-field listings.category',
    'missing-alias-field products.vendor_id',
    'missing-alias-field services.vendor_id',
    'missing-alias-field bookings.service_id',
    'missing-alias-field bookings.vendor_id',
  ],
};

describe.skipIf(!corpusAvailable)('real schemas', () => {
  it('lists exactly the 26 rows of INDEX.md', () => {
    expect(realSchemaNames()).toEqual(indexRowNames());
    expect(realSchemaNames()).toHaveLength(26);
  });

  describe.each(realSchemaNames())('%s', (name) => {
    // Read when a test runs, not while suites are collected (skipped suites are collected too).
    const subject = () => {
      const schema = loadRealSchema(name);
      return { schema, model: inferRelationships(schema) };
    };

    it('has the expected number of each kind', () => {
      const { model } = subject();
      const [m2a, m2m, translations, files, o2m, m2o, file] = EXPECTED[name]!;
      expect(countKinds(model)).toEqual({ m2a, m2m, translations, files, o2m, m2o, file });
    });

    it("agrees with INDEX.md's kinds and relations columns", () => {
      const { schema, model } = subject();
      const row = indexRowKinds()[name]!;
      const { m2o, file, ...pairsAndO2m } = countKinds(model);
      expect(schema.relations).toHaveLength(row.relations);
      expect({ ...pairsAndO2m, m2oAndFile: m2o + file }).toEqual({
        m2a: row.m2a,
        m2m: row.m2m,
        translations: row.translations,
        files: row.files,
        o2m: row.o2m,
        m2oAndFile: row.m2oAndFile,
      });
    });

    it('uses every relation row exactly once, less the duplicates warned about', () => {
      const { schema, model } = subject();
      const used = model.relationships.flatMap((r) => r.relations);
      const duplicates = model.warnings.filter((w) => w.code === 'duplicate-relation').length;
      expect(used).toHaveLength(schema.relations.length - duplicates);
      expect(new Set(used).size).toBe(used.length);
      expect(new Set(used.map(relationKey)).size).toBe(used.length);
    });

    it('reports exactly the anomalies INDEX.md lists', () => {
      const { model } = subject();
      expect(model.warnings.map((w) => `${w.code} ${w.relation}`)).toEqual(EXPECTED_WARNINGS[name] ?? []);
    });

    it("agrees with Directus's getRelationType on every relation's own field and alias", () => {
      const { model } = subject();
      for (const relationship of model.relationships) {
        for (const relation of relationship.relations) {
          const own = getRelationType({ relation, collection: relation.collection, field: relation.field });
          const isItem = relationship.kind === 'm2a' && relation.related_collection == null;
          expect(own, relationKey(relation)).toBe(isItem ? 'm2a' : 'm2o');
          const alias = relation.meta?.one_field;
          if (alias)
            expect(getRelationType({ relation, collection: relation.related_collection, field: alias })).toBe(
              'o2m',
            );
        }
        if (relationship.kind === 'o2m') {
          const [relation] = relationship.relations;
          const target = relationship.targets[0]!;
          expect(
            getRelationType({ relation: relation!, collection: target.collection, field: target.field! }),
          ).toBe('o2m');
        }
        if (relationship.junction && relationship.source.field) {
          const parentSide = relationship.relations[0]!;
          expect(
            getRelationType({
              relation: parentSide,
              collection: relationship.source.collection,
              field: relationship.source.field,
            }),
          ).toBe('o2m');
        }
      }
    });
  });
});
