// Layouts the team shares, kept in Directus as global presets (directus_presets rows with no user
// and no role): every user with app access may read those, only admins may write them, and they
// add no collection to the project (Directus 12 caps unlicensed projects at 25). Each is a
// bookmark on directus_relations with the layout "relata": never a collection's default preset,
// shown nowhere in the Content module, listed in Settings → Presets & Bookmarks.
// layout_query holds the small part a list needs (version, when, by whom); layout_options the
// arrangement itself, which this module passes through unread.
import { createPreset, readPreset, readPresets, updatePreset } from '@directus/sdk';
import type { RelataClient } from './client';
import { RelataError } from './errors';
import { call } from './request';

export const SHARED_LAYOUT_COLLECTION = 'directus_relations';
export const SHARED_LAYOUT_KIND = 'relata';

export interface SharedLayoutMeta {
  id: number;
  name: string;
  /** 1 when first saved, one more at every save. */
  version: number;
  savedAt: string;
  savedBy: { id: string; email: string | null };
}

export interface SharedLayout extends SharedLayoutMeta {
  /** What the app stored; the app checks it when it reads it. */
  content: unknown;
}

/** Saving would replace a version the saver has not seen. Nothing was written. */
export class SharedLayoutConflict extends Error {
  constructor(
    readonly current: SharedLayoutMeta,
    /** `newer`: saved again since the saver's version; `exists`: another layout has the name. */
    readonly reason: 'newer' | 'exists',
  ) {
    super(
      reason === 'newer'
        ? `"${current.name}" was saved again (version ${current.version}) since the version you started from.`
        : `A shared layout named "${current.name}" already exists.`,
    );
    this.name = 'SharedLayoutConflict';
  }
}

const SHARED = {
  collection: { _eq: SHARED_LAYOUT_COLLECTION },
  layout: { _eq: SHARED_LAYOUT_KIND },
  user: { _null: true },
  role: { _null: true },
};

/** A new row: global (no user, no role), so everyone with app access can read it. */
const SHARED_ROW = {
  collection: SHARED_LAYOUT_COLLECTION,
  layout: SHARED_LAYOUT_KIND,
  user: null,
  role: null,
};

interface PresetRow {
  id: number;
  bookmark: string | null;
  layout_query: Record<string, unknown> | null;
  layout_options?: Record<string, unknown> | null;
}

function toMeta(row: PresetRow): SharedLayoutMeta {
  const info = (row.layout_query?.[SHARED_LAYOUT_KIND] ?? {}) as Record<string, unknown>;
  const by = (info.savedBy ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    name: row.bookmark ?? `Layout ${row.id}`,
    version: typeof info.version === 'number' ? info.version : 0,
    savedAt: typeof info.savedAt === 'string' ? info.savedAt : '',
    savedBy: { id: String(by.id ?? ''), email: typeof by.email === 'string' ? by.email : null },
  };
}

export async function listSharedLayouts(client: RelataClient): Promise<SharedLayoutMeta[]> {
  const rows = await call(() =>
    client.request(
      readPresets({
        filter: SHARED,
        fields: ['id', 'bookmark', 'layout_query'],
        sort: ['bookmark'],
        limit: -1,
      }),
    ),
  );
  return ((rows ?? []) as PresetRow[]).map(toMeta);
}

export async function readSharedLayout(client: RelataClient, id: number): Promise<SharedLayout> {
  const row = (await call(() =>
    client.request(readPreset(id, { fields: ['id', 'bookmark', 'layout_query', 'layout_options'] })),
  )) as PresetRow | null;
  if (!row) throw new RelataError('malformed-response', `Directus returned no shared layout ${id}.`);
  return { ...toMeta(row), content: row.layout_options?.[SHARED_LAYOUT_KIND] ?? null };
}

export interface SaveSharedLayout {
  name: string;
  content: unknown;
  savedBy: SharedLayoutMeta['savedBy'];
  /** The shared layout (and version) the arrangement started from, if any. */
  base: { id: number; version: number } | null;
  /** Replace it even when someone saved a newer version (the saver chose to). */
  overwrite?: boolean;
  now?: () => Date;
}

/**
 * Saves under `name`: re-reads the list first, and refuses (SharedLayoutConflict) to replace a
 * layout whose version the saver has not started from. Directus offers no compare-and-swap on
 * items, so two saves within the same moment can still both pass the check; the later one wins.
 */
export async function saveSharedLayout(
  client: RelataClient,
  { name, content, savedBy, base, overwrite = false, now = () => new Date() }: SaveSharedLayout,
): Promise<SharedLayoutMeta> {
  const current = (await listSharedLayouts(client)).find((layout) => layout.name === name);
  if (current && !overwrite) {
    if (base?.id !== current.id) throw new SharedLayoutConflict(current, 'exists');
    if (current.version > base.version) throw new SharedLayoutConflict(current, 'newer');
  }
  const info = { version: (current?.version ?? 0) + 1, savedAt: now().toISOString(), savedBy };
  const body = {
    bookmark: name,
    layout_query: { [SHARED_LAYOUT_KIND]: info },
    layout_options: { [SHARED_LAYOUT_KIND]: content },
  };
  const row = current
    ? await call(() =>
        client.request(updatePreset(current.id, body, { fields: ['id', 'bookmark', 'layout_query'] })),
      )
    : await call(() =>
        client.request(
          createPreset(
            { ...body, ...SHARED_ROW, icon: 'schema' },
            { fields: ['id', 'bookmark', 'layout_query'] },
          ),
        ),
      );
  if (!row) throw new RelataError('malformed-response', 'Directus did not return the saved layout.');
  return toMeta(row as PresetRow);
}
