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

const tracked = (item: { meta?: { system?: boolean | null } | null }) =>
  item.meta != null && item.meta.system !== true;

/**
 * What `directus schema snapshot` would write of a server's model (getSnapshot: no system items,
 * no untracked ones, meta: null): a server compared with a snapshot file is compared on what the
 * file can hold. Directus 12.4 lists columns of its own tables without meta
 * (directus_deployments.webhook_secret) that no snapshot has.
 */
export function snapshotItems(schema: DirectusSchema): DirectusSchema {
  return {
    collections: schema.collections.filter(tracked),
    fields: schema.fields.filter(tracked),
    relations: schema.relations.filter(tracked),
  };
}
