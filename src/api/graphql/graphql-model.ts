// The answer to the model query, as the domain's lists. GraphQL's types have no `system` flag:
// the server's own rows are the ones without an id.
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import type { Generation } from '../gateway';
import { parseLegacyRows, relationFromLegacyRow } from '../legacy/rows';
import { parseCollections, parseFields, parseRelations } from '../parse';

function markSystem(relation: DirectusRelation): DirectusRelation {
  const meta = relation.meta;
  if (!meta || typeof meta.id === 'number') return relation;
  const rest = { ...meta };
  delete rest.id;
  return { ...relation, meta: { ...rest, system: true } };
}

export function modelFromGraphql(data: Record<string, unknown>, generation: Generation): DirectusSchema {
  return {
    collections: parseCollections(data['collections']),
    fields: parseFields(data['fields']),
    relations:
      generation === 'legacy'
        ? parseLegacyRows(data['relations']).map(relationFromLegacyRow)
        : parseRelations(data['relations']).map(markSystem),
  };
}
