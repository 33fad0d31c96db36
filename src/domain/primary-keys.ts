// Directus's own tables and their keys. Schema snapshots carry no fields for system
// collections, and non-admins may not read them, yet relations point at them all the time.

const SYSTEM_KEYS: Record<string, { field: string; type: string }> = {
  directus_collections: { field: 'collection', type: 'string' },
  directus_migrations: { field: 'version', type: 'string' },
  directus_sessions: { field: 'token', type: 'string' },
  directus_access: { field: 'id', type: 'uuid' },
  directus_comments: { field: 'id', type: 'uuid' },
  directus_dashboards: { field: 'id', type: 'uuid' },
  directus_extensions: { field: 'id', type: 'uuid' },
  directus_files: { field: 'id', type: 'uuid' },
  directus_flows: { field: 'id', type: 'uuid' },
  directus_folders: { field: 'id', type: 'uuid' },
  directus_operations: { field: 'id', type: 'uuid' },
  directus_panels: { field: 'id', type: 'uuid' },
  directus_policies: { field: 'id', type: 'uuid' },
  directus_roles: { field: 'id', type: 'uuid' },
  directus_shares: { field: 'id', type: 'uuid' },
  directus_translations: { field: 'id', type: 'uuid' },
  directus_users: { field: 'id', type: 'uuid' },
  directus_versions: { field: 'id', type: 'uuid' },
};

/** The key of a directus_* collection: the table above, else an integer `id`. */
export function systemPrimaryKey(collection: string): { field: string; type: string } {
  return SYSTEM_KEYS[collection] ?? { field: 'id', type: 'integer' };
}
