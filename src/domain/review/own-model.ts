// The project's own model: what a schema snapshot holds. A server's answer also lists Directus's
// own collections, fields and relations (meta.system), which a snapshot leaves out; they are not
// the project's to review or fix (Directus 12.4 even lists directus_access.policy twice).
import type { DirectusSchema } from '../directus-types';

const own = (item: { meta?: { system?: boolean | null } | null }) => item.meta?.system !== true;

export function withoutSystemItems(schema: DirectusSchema): DirectusSchema {
  return {
    collections: schema.collections.filter(own),
    fields: schema.fields.filter(own),
    relations: schema.relations.filter(own),
  };
}
