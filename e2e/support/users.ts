// Creates a non-admin Directus user with read access to a few collections (through a policy on
// Directus 11 and later, on the role itself on Directus 10).
// App access also grants reading the schema (directus_collections, fields, relations): without
// it, the user may read the collections' items but not the data model.
import { createPermissions, createPolicy, createRole, createUser, readMe } from '@directus/sdk';
import type { RunningDirectus } from './directus';

export async function createViewer(
  directus: RunningDirectus,
  collections: string[],
  { appAccess = true }: { appAccess?: boolean } = {},
) {
  const email = `viewer-${Date.now()}@example.com`;
  const token = `viewer-token-${Date.now()}`;
  if (Number(directus.version.split('.')[0]) < 11) {
    // Directus 10 has no policies: access and permissions belong to the role.
    const role = await directus.api.request(
      createRole({ name: `Viewer ${email}`, admin_access: false, app_access: appAccess } as never),
    );
    await directus.api.request(
      createPermissions(
        collections.map(
          (collection) => ({ role: role.id, collection, action: 'read', fields: ['*'] }) as never,
        ),
      ),
    );
    await directus.api.request(createUser({ email, password: 'viewer-password', role: role.id, token }));
    return { email, password: 'viewer-password', token };
  }
  const policy = await directus.api.request(
    createPolicy({ name: `Viewer ${email}`, admin_access: false, app_access: appAccess }),
  );
  await directus.api.request(
    createPermissions(
      collections.map((collection) => ({ policy: policy.id, collection, action: 'read', fields: ['*'] })),
    ),
  );
  const role = await directus.api.request(
    createRole({
      name: `Viewer ${email}`, // Nested create of the directus_access row; the SDK types only the full row.
      policies: [{ policy: policy.id }] as never,
    }),
  );
  await directus.api.request(createUser({ email, password: 'viewer-password', role: role.id, token }));
  return { email, password: 'viewer-password', token };
}

/** Another admin: a user with the Administrator role the bootstrap admin has. */
export async function createAdmin(directus: RunningDirectus) {
  const me = (await directus.api.request(readMe({ fields: ['role'] }))) as { role: string };
  const email = `admin-${Date.now()}@example.com`;
  await directus.api.request(createUser({ email, password: 'second-admin-password', role: me.role }));
  return { email, password: 'second-admin-password' };
}
