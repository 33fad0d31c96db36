// `npm run bench`: the pure pipeline (inference + diagram) on the largest real model and on a
// synthetic 500-collection model, the top of the range Relata's users have.
import { bench, describe } from 'vitest';
import { corpusAvailable, loadRealSchema } from '../testing/real-schemas';
import { toDiagram } from './diagram';
import type { DirectusSchema } from './directus-types';
import { buildModelIndex } from './model-index';
import { inferRelationships } from './relationships';

/** n collections of 12 fields each, every one with two many-to-ones into earlier collections. */
function syntheticSchema(n: number): DirectusSchema {
  const schema: DirectusSchema = { collections: [], fields: [], relations: [] };
  for (let i = 0; i < n; i += 1) {
    const collection = `c${i}`;
    schema.collections.push({ collection, schema: { name: collection }, meta: {} });
    schema.fields.push({ collection, field: 'id', type: 'integer', schema: { is_primary_key: true } });
    for (let f = 0; f < 9; f += 1)
      schema.fields.push({ collection, field: `f${f}`, type: 'string', schema: {} });
    for (const [k, target] of [Math.floor(i / 2), Math.floor(i / 3)].entries()) {
      schema.fields.push({ collection, field: `ref${k}`, type: 'integer', schema: {} });
      schema.relations.push({
        collection,
        field: `ref${k}`,
        related_collection: `c${target}`,
        meta: { one_field: null },
        schema: { on_delete: 'SET NULL' },
      });
    }
  }
  return schema;
}

const cases: [string, DirectusSchema][] = [
  // The real model is in the corpus beside the repository (RELATA_REAL_SCHEMAS), when present.
  ...(corpusAvailable
    ? [
        ['agencyos (76 collections, 176 relations)', loadRealSchema('agencyos-snapshot-2024')] as [
          string,
          DirectusSchema,
        ],
      ]
    : []),
  ['synthetic (500 collections, 1000 relations)', syntheticSchema(500)],
];

for (const [name, schema] of cases) {
  describe(name, () => {
    const index = buildModelIndex(schema);
    bench('inferRelationships', () => {
      inferRelationships(schema);
    });
    bench('buildModelIndex', () => {
      buildModelIndex(schema);
    });
    bench('toDiagram', () => {
      toDiagram(index, { showJunctions: false, showSystem: false });
    });
  });
}
