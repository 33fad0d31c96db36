// A deterministic, realistic Directus data model of any size, for layout tests and benchmarks
// (and to seed a real Directus for the browser benchmark, so every field is one the API can
// create). Its shape follows the real schemas in shared/real-schemas: most collections carry
// user_created/user_updated into directus_users (AgencyOS: 82 of 176 relations), a few dozen
// file fields point at directus_files, a quarter of the many-to-ones have an O2M alias, and there
// are M2M, translations, files and M2A junctions and folders.
import type {
  DirectusCollection,
  DirectusField,
  DirectusRelation,
  DirectusSchema,
} from '../domain/directus-types';
import {
  aCollection,
  aField,
  aFolder,
  aJunctionCollection,
  anAlias,
  aPrimaryKey,
  aRelation,
} from './builders';

export interface SyntheticOptions {
  /** Collections with a table, junctions included; folders come on top of these. */
  collections?: number;
  /** Relation rows, exactly. */
  relations?: number;
  seed?: number;
}

/** mulberry32: a tiny seeded PRNG, so the same options always give the same model. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'orders',
  'customers',
  'products',
  'invoices',
  'projects',
  'tasks',
  'articles',
  'events',
  'teams',
  'contacts',
  'payments',
  'tickets',
  'venues',
  'authors',
  'reviews',
  'courses',
  'lessons',
  'assets',
  'regions',
  'campaigns',
  'vendors',
  'shipments',
  'contracts',
  'meetings',
  'notes',
  'pages',
  'posts',
  'categories',
];

const ORDINARY_TYPES = [
  'string',
  'string',
  'string',
  'text',
  'boolean',
  'integer',
  'float',
  'dateTime',
  'date',
  'timestamp',
  'json',
  'uuid',
] as const;

const USERS = 'directus_users';
const FILES = 'directus_files';

/** How many junctions of each kind a model of this size gets; two relation rows each. */
function junctionCounts(collections: number, relations: number) {
  const counts = {
    m2m: Math.floor(collections * 0.06),
    translations: Math.floor(collections * 0.01),
    files: Math.floor(collections * 0.01),
    m2a: collections >= 50 ? 2 : collections >= 20 ? 1 : 0,
  };
  const total = () => counts.m2m + counts.translations + counts.files + counts.m2a;
  // Junctions must leave room for plain collections (and an M2A needs blocks to point at).
  while (total() > 0 && (4 * total() > relations || 3 * total() > collections)) {
    const largest = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) =>
      counts[b] > counts[a] ? b : a,
    );
    counts[largest] -= 1;
  }
  return counts;
}

export function syntheticModel({
  collections = 500,
  relations = 1500,
  seed = 1,
}: SyntheticOptions = {}): DirectusSchema {
  if (collections < 1 && relations > 0) throw new Error('relations need at least one collection');
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const junctions = junctionCounts(collections, relations);
  const junctionTotal = junctions.m2m + junctions.translations + junctions.files + junctions.m2a;
  const plain = collections - junctionTotal;
  const names = Array.from({ length: plain }, (_, i) =>
    // Last, so that the bias towards early targets does not make it a hub.
    i === plain - 1 && junctions.translations > 0 ? 'languages' : `${WORDS[i % WORDS.length]}_${i}`,
  );
  // Earlier collections are the likelier targets: a few become local hubs, like organizations.
  const biasedTarget = () => names[Math.floor(random() ** 2 * plain)] as string;

  const folders =
    collections >= 10 ? Array.from({ length: Math.ceil(plain / 40) }, (_, i) => `folder_${i + 1}`) : [];
  const groupOf = new Map<string, string | null>();
  const collectionRows: DirectusCollection[] = folders.map(aFolder);
  const fields = new Map<string, DirectusField[]>();
  const relationRows: DirectusRelation[] = [];

  const addField = (field: DirectusField) => {
    const list = fields.get(field.collection) ?? [];
    field.meta = { ...field.meta, sort: list.length + 1 };
    list.push(field);
    fields.set(field.collection, list);
  };
  const freeName = (collection: string, wanted: string) => {
    const taken = new Set((fields.get(collection) ?? []).map((f) => f.field));
    let name = wanted;
    for (let n = 2; taken.has(name); n += 1) name = `${wanted}_${n}`;
    return name;
  };
  const addCollection = (name: string, junction: boolean, group: string | null) => {
    const row = junction ? aJunctionCollection(name) : aCollection(name);
    row.meta = { ...row.meta, group };
    groupOf.set(name, group);
    collectionRows.push(row);
    addField(aPrimaryKey(name));
  };

  for (const name of names) {
    addCollection(name, false, folders.length > 0 && random() < 0.75 ? pick(folders) : null);
    const ordinary = int(8, 20);
    addField(aField({ collection: name, field: 'name', type: 'string' }));
    for (let f = 1; f < ordinary; f += 1) {
      const type = pick(ORDINARY_TYPES);
      addField(aField({ collection: name, field: `${type.toLowerCase()}_${f}`, type }));
    }
  }

  /** An M2O (or file / user) field and its relation row; an O2M alias when `alias` is given. */
  const manyToOne = (
    collection: string,
    wanted: string,
    related: string,
    special: string,
    alias: string | null,
  ) => {
    const field = freeName(collection, wanted);
    const type = related.startsWith('directus_') ? 'uuid' : 'integer';
    addField(
      aField({ collection, field, type, special: [special], meta: { interface: 'select-dropdown-m2o' } }),
    );
    const oneField = alias === null ? null : freeName(related, alias);
    if (oneField !== null) addField(anAlias(related, oneField, 'o2m'));
    relationRows.push(
      aRelation({ collection, field, related_collection: related, meta: { one_field: oneField } }),
    );
  };

  const usedCollections = new Set(names);
  const freeCollectionName = (wanted: string) => {
    let name = wanted;
    for (let n = 2; usedCollections.has(name); n += 1) name = `${wanted}_${n}`;
    usedCollections.add(name);
    return name;
  };

  /** A hidden junction with two foreign keys whose relations name each other's field. */
  const junction = (parent: string, related: string, name: string, relatedKey: string, special: string) => {
    const collection = freeCollectionName(name);
    addCollection(collection, true, groupOf.get(parent) ?? null);
    const parentKey = freeName(collection, `${parent}_id`);
    addField(junctionKey(collection, parentKey, 'integer'));
    const relatedField = freeName(collection, relatedKey);
    const relatedType = related === FILES ? 'uuid' : 'integer';
    addField(junctionKey(collection, relatedField, relatedType));
    const parentAlias = freeName(
      parent,
      special === 'm2m' ? related : special === 'files' ? 'gallery' : special,
    );
    addField(anAlias(parent, parentAlias, special));
    const relatedAlias = special === 'm2m' && random() < 0.3 ? freeName(related, parent) : null;
    if (relatedAlias !== null) addField(anAlias(related, relatedAlias, 'm2m'));
    relationRows.push(
      aRelation({
        collection,
        field: relatedField,
        related_collection: related,
        meta: { one_field: relatedAlias, junction_field: parentKey },
      }),
      aRelation({
        collection,
        field: parentKey,
        related_collection: parent,
        meta: { one_field: parentAlias, junction_field: relatedField },
      }),
    );
  };

  for (let i = 0; i < junctions.m2m; i += 1) {
    const parent = pick(names);
    const related = biasedTarget();
    junction(
      parent,
      related,
      `${parent}_${related}`,
      related === parent ? `related_${related}_id` : `${related}_id`,
      'm2m',
    );
  }
  for (let i = 0; i < junctions.translations; i += 1) {
    const parent = pick(names.slice(0, -1));
    junction(parent, 'languages', `${parent}_translations`, 'languages_id', 'translations');
  }
  for (let i = 0; i < junctions.files; i += 1) {
    const parent = pick(names);
    junction(parent, FILES, `${parent}_files`, 'directus_files_id', 'files');
  }
  for (let i = 0; i < junctions.m2a; i += 1) manyToAny(pick(names));

  function manyToAny(parent: string) {
    const collection = freeCollectionName(`${parent}_blocks`);
    addCollection(collection, true, groupOf.get(parent) ?? null);
    const parentKey = freeName(collection, `${parent}_id`);
    addField(junctionKey(collection, parentKey, 'integer'));
    addField(junctionKey(collection, 'item', 'string'));
    addField(junctionKey(collection, 'collection', 'string'));
    const alias = freeName(parent, 'blocks');
    addField(anAlias(parent, alias, 'm2a'));
    const allowed = [...new Set(Array.from({ length: int(2, 4) }, () => pick(names)))].sort();
    relationRows.push(
      aRelation({
        collection,
        field: 'item',
        related_collection: null,
        meta: {
          one_collection_field: 'collection',
          one_allowed_collections: allowed,
          junction_field: parentKey,
        },
        schema: null,
      }),
      aRelation({
        collection,
        field: parentKey,
        related_collection: parent,
        meta: { one_field: alias, junction_field: 'item' },
      }),
    );
  }

  const remaining = relations - relationRows.length;
  const users = Math.min(Math.round(remaining * 0.4), 2 * plain);
  const files = Math.min(Math.round(remaining * 0.05), remaining - users);
  const byUser = shuffle(names, random);
  for (let i = 0; i < users; i += 1) {
    const collection = byUser[i % plain] as string;
    manyToOne(
      collection,
      i < plain ? 'user_created' : 'user_updated',
      USERS,
      i < plain ? 'user-created' : 'user-updated',
      null,
    );
  }
  for (let i = 0; i < files; i += 1)
    manyToOne(pick(names), pick(['image', 'cover', 'logo', 'document']), FILES, 'file', null);
  while (relationRows.length < relations) {
    const collection = pick(names);
    const related = random() < 0.03 ? collection : biasedTarget();
    const field = related === collection ? 'parent' : related.replace(/_\d+$/, '').replace(/s$/, '');
    manyToOne(collection, field, related, 'm2o', random() < 0.25 ? collection : null);
  }

  return {
    collections: collectionRows,
    fields: collectionRows.flatMap((c) => fields.get(c.collection) ?? []),
    relations: relationRows,
  };
}

/** A junction's own key columns carry no special and no interface, as the Data Studio makes them. */
function junctionKey(collection: string, field: string, type: string): DirectusField {
  return aField({ collection, field, type, meta: { interface: null, hidden: true } });
}

/** Fisher–Yates on a copy: deterministic for a seeded PRNG, unlike sort with a random comparator. */
function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
