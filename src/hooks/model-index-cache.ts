// One index per model read: the diagram and the commit path share it, so planning a save does
// not index the whole model again at the moment the user clicks (1,100 fields on AgencyOS).
import type { DirectusSchema } from '../domain/directus-types';
import { buildModelIndex, type ModelIndex } from '../domain/model-index';

const indexes = new WeakMap<DirectusSchema, ModelIndex>();

export function modelIndexOf(schema: DirectusSchema): ModelIndex {
  let index = indexes.get(schema);
  if (!index) {
    index = buildModelIndex(schema);
    indexes.set(schema, index);
  }
  return index;
}
