// Probes how /schema/snapshot → /schema/diff → /schema/apply behaves for relation changes on
// real servers (see ../FINDINGS.md for what it found). Each scenario runs on a fresh copy of
// the seeded demo template; nothing is kept.
//
// Usage: node directus/scripts/probe-schema-apply.mjs [version:db ...] [--only a,b,...] [--out file.json]
//   default targets: 12.4.0:sqlite 12.4.0:postgres 11.16.1:sqlite 11.16.1:postgres
// Starts the PostgreSQL cluster / MariaDB server when a target needs it and stops it again if
// it started it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDirectus } from './install.mjs';
import { createInstance, startInstance, stopInstance } from './instance.mjs';
import * as mariadb from './mariadb.mjs';
import { runtimeFor } from './paths.mjs';
import * as postgres from './postgres.mjs';
import { exec, freePort } from './process.mjs';
import { ensureDemoTemplate } from './templates.mjs';

// ---------------------------------------------------------------- HTTP

async function call(ctx, method, path, body, token = ctx.token) {
  const started = performance.now();
  const response = await fetch(`${ctx.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: parseBody(text), ms: Math.round(performance.now() - started) };
}

function parseBody(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** "400 INVALID_PAYLOAD: message (reason)" or "200". */
function outcome(response) {
  const errors = response.body?.errors;
  if (!errors) return String(response.status);
  return `${response.status} ${errors
    .map(
      (e) =>
        `${e.extensions?.code}: ${e.message}${e.extensions?.reason ? ` [reason: ${e.extensions.reason}]` : ''}`,
    )
    .join(' | ')}`;
}

async function snapshot(ctx) {
  const response = await call(ctx, 'GET', '/schema/snapshot');
  if (response.status !== 200) throw new Error(`snapshot: ${outcome(response)}`);
  ctx.timings.snapshot.push(response.ms);
  return response.body.data;
}

/** POST /schema/diff then /schema/apply; `between` runs in between (hash-guard tests). */
async function diffAndApply(ctx, target, { between } = {}) {
  const diff = await call(ctx, 'POST', '/schema/diff', target);
  ctx.timings.diff.push(diff.ms);
  const result = { diff: outcome(diff) };
  if (diff.status === 204) return { ...result, note: 'empty diff' };
  if (diff.status !== 200) return result;
  const { hash, diff: changes } = diff.body.data;
  result.diffSummary = summarizeDiff(changes);
  if (between) result.between = await between();
  const apply = await call(ctx, 'POST', '/schema/apply', { hash, diff: changes });
  ctx.timings.apply.push(apply.ms);
  result.apply = outcome(apply);
  result.applyMs = apply.ms;
  result.payload = { hash, diff: changes };
  return result;
}

function summarizeDiff(diff) {
  // "field articles.category:EE" (kinds: N new, D deleted, E edited, A array), with the paths when few.
  const kinds = (changes) =>
    changes.length <= 3
      ? changes.map((d) => `${d.kind}${d.path ? `(${d.path.join('.')})` : ''}`).join(' ')
      : changes.map((d) => d.kind).join('');
  const line = (kind, entries) =>
    entries.map((e) => `${kind} ${e.collection}${e.field ? `.${e.field}` : ''}:${kinds(e.diff)}`);
  return [
    ...line('collection', diff.collections),
    ...line('field', diff.fields),
    ...line('relation', diff.relations),
    ...line('systemField', diff.systemFields ?? []),
  ];
}

/** Posts the same target again: what the server still sees as different after the apply. */
async function residual(ctx, target) {
  const diff = await call(ctx, 'POST', '/schema/diff', target);
  if (diff.status === 204) return 'none (204)';
  if (diff.status !== 200) return outcome(diff);
  return summarizeDiff(diff.body.data.diff);
}

// ---------------------------------------------------------------- database inspection

async function foreignKeys(ctx, table) {
  if (ctx.db === 'sqlite') {
    const script = `const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(process.argv[1], { readOnly: true });
      console.log(JSON.stringify(db.prepare('PRAGMA foreign_key_list(' + JSON.stringify(process.argv[2]) + ')').all()));`;
    const out = await exec(runtimeFor(22).nodeBin, [
      '--no-warnings',
      '-e',
      script,
      join(ctx.dir, 'data.db'),
      table,
    ]);
    return JSON.parse(out).map((fk) => `${fk.from} → ${fk.table}.${fk.to} ON DELETE ${fk.on_delete}`);
  }
  if (ctx.db === 'postgres') {
    const out = await postgres.psql(
      `SELECT a.attname || ' → ' || c.confrelid::regclass || ' ON DELETE ' || c.confdeltype::text || ' (' || c.conname || ')'
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
       WHERE c.contype = 'f' AND c.conrelid = to_regclass('"${table}"') ORDER BY 1`,
      ctx.database,
    );
    // confdeltype: a no action, r restrict, c cascade, n set null, d set default
    return out.split('\n').filter(Boolean);
  }
  const out = await mariadb.sql(
    `SELECT CONCAT(k.column_name, ' → ', k.referenced_table_name, ' ON DELETE ', r.delete_rule, ' (', k.constraint_name, ')')
     FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r
       ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name
     WHERE k.table_schema = '${ctx.database}' AND k.table_name = '${table}' AND k.referenced_table_name IS NOT NULL ORDER BY 1`,
  );
  return out.split('\n').filter(Boolean);
}

async function tableExists(ctx, table) {
  if (ctx.db === 'sqlite') {
    const script = `const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(process.argv[1], { readOnly: true });
      console.log(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(process.argv[2]).n);`;
    return (
      (
        await exec(runtimeFor(22).nodeBin, ['--no-warnings', '-e', script, join(ctx.dir, 'data.db'), table])
      ).trim() === '1'
    );
  }
  if (ctx.db === 'postgres') {
    return (await postgres.psql(`SELECT to_regclass('"${table}"') IS NOT NULL`, ctx.database)).trim() === 't';
  }
  const out = await mariadb.sql(
    `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${ctx.database}' AND table_name = '${table}'`,
  );
  return out.trim() === '1';
}

async function columnExists(ctx, table, column) {
  if (ctx.db === 'sqlite') {
    const script = `const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(process.argv[1], { readOnly: true });
      console.log(db.prepare('PRAGMA table_info(' + JSON.stringify(process.argv[2]) + ')').all().some((c) => c.name === process.argv[3]));`;
    return (
      (
        await exec(runtimeFor(22).nodeBin, [
          '--no-warnings',
          '-e',
          script,
          join(ctx.dir, 'data.db'),
          table,
          column,
        ])
      ).trim() === 'true'
    );
  }
  if (ctx.db === 'postgres') {
    const out = await postgres.psql(
      `SELECT count(*) FROM information_schema.columns WHERE table_name = '${table}' AND column_name = '${column}'`,
      ctx.database,
    );
    return out.trim() === '1';
  }
  const out = await mariadb.sql(
    `SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '${ctx.database}' AND table_name = '${table}' AND column_name = '${column}'`,
  );
  return out.trim() === '1';
}

/** A COUNT(*) query straight on the instance's database. */
async function count(ctx, query) {
  if (ctx.db === 'sqlite') {
    const script = `const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(process.argv[1], { readOnly: true });
      console.log(Object.values(db.prepare(process.argv[2]).get())[0]);`;
    return Number(
      await exec(runtimeFor(22).nodeBin, ['--no-warnings', '-e', script, join(ctx.dir, 'data.db'), query]),
    );
  }
  if (ctx.db === 'postgres') return Number(await postgres.psql(query, ctx.database));
  return Number(await mariadb.sql(query, ctx.database));
}

/** What the API says about a relation now: "absent (403)" or {related_collection, meta?, schema?}. */
async function relationState(ctx, collection, field) {
  const response = await call(ctx, 'GET', `/relations/${collection}/${field}`);
  if (response.status !== 200) return `absent (${outcome(response)})`;
  const { related_collection, meta, schema } = response.body.data;
  return {
    related_collection,
    meta: meta && {
      one_field: meta.one_field,
      junction_field: meta.junction_field,
      sort_field: meta.sort_field,
      one_collection_field: meta.one_collection_field,
      one_allowed_collections: meta.one_allowed_collections,
    },
    schema: schema && { on_delete: schema.on_delete, constraint_name: schema.constraint_name },
  };
}

async function fieldState(ctx, collection, field) {
  const response = await call(ctx, 'GET', `/fields/${collection}/${field}`);
  if (response.status !== 200) return `absent (${outcome(response)})`;
  const { type, meta } = response.body.data;
  return { type, special: meta?.special ?? null, interface: meta?.interface ?? null, hidden: meta?.hidden };
}

// ---------------------------------------------------------------- snapshot entries

const clone = (value) => structuredClone(value);

function collectionEntry(collection, meta = {}) {
  return {
    collection,
    meta: { collection, hidden: false, icon: null, ...meta },
    schema: { name: collection },
  };
}

function fieldEntry(collection, field, type, { meta = {}, schema = {} } = {}) {
  return {
    collection,
    field,
    type,
    meta: { collection, field, hidden: false, interface: null, special: null, ...meta },
    schema: { name: field, table: collection, data_type: type, is_nullable: true, ...schema },
  };
}

const pkEntry = (collection) =>
  fieldEntry(collection, 'id', 'integer', {
    meta: { hidden: true, interface: 'input', readonly: true },
    schema: { is_nullable: false, is_primary_key: true, has_auto_increment: true },
  });

function aliasEntry(collection, field, special, iface) {
  return {
    collection,
    field,
    type: 'alias',
    meta: { collection, field, special: [special], interface: iface },
  };
}

/** relationEntry(..., OMIT): no `schema` key at all. */
const OMIT = Symbol('omit');

function relationEntry(collection, field, related_collection, meta = {}, schema = { on_delete: 'SET NULL' }) {
  const entry = {
    collection,
    field,
    related_collection,
    meta: {
      many_collection: collection,
      many_field: field,
      one_collection: related_collection,
      one_field: null,
      one_collection_field: null,
      one_allowed_collections: null,
      junction_field: null,
      sort_field: null,
      one_deselect_action: 'nullify',
      ...meta,
    },
  };
  if (schema !== OMIT) entry.schema = schema;
  return entry;
}

const isRelation = (collection, field) => (r) => r.collection === collection && r.field === field;

// ---------------------------------------------------------------- scenarios

const scenarios = {
  /** (a) a whole M2M pages ⇄ tags through a new junction pages_tags. */
  async a_create_m2m(ctx) {
    const target = clone(await snapshot(ctx));
    target.collections.push(collectionEntry('pages_tags', { hidden: true, icon: 'import_export' }));
    target.fields.push(
      pkEntry('pages_tags'),
      fieldEntry('pages_tags', 'pages_id', 'integer', { meta: { hidden: true } }),
      fieldEntry('pages_tags', 'tags_id', 'integer', { meta: { hidden: true } }),
      aliasEntry('pages', 'tags', 'm2m', 'list-m2m'),
    );
    target.relations.push(
      relationEntry('pages_tags', 'pages_id', 'pages', { one_field: 'tags', junction_field: 'tags_id' }),
      relationEntry('pages_tags', 'tags_id', 'tags', { junction_field: 'pages_id' }),
    );
    const result = await diffAndApply(ctx, target);
    delete result.payload;
    result.after = {
      'pages_tags.pages_id': await relationState(ctx, 'pages_tags', 'pages_id'),
      'pages_tags.tags_id': await relationState(ctx, 'pages_tags', 'tags_id'),
      'pages.tags': await fieldState(ctx, 'pages', 'tags'),
      'pages_tags collection meta': await call(ctx, 'GET', '/collections/pages_tags').then((r) =>
        r.status === 200 ? { hidden: r.body.data.meta?.hidden, icon: r.body.data.meta?.icon } : outcome(r),
      ),
      'FKs in the database': await foreignKeys(ctx, 'pages_tags'),
    };
    const tag = await call(ctx, 'POST', '/items/tags', { name: 'probe' });
    const page = await call(ctx, 'POST', '/items/pages?fields=id', {
      title: 'probe',
      tags: [{ tags_id: tag.body?.data?.id }],
    });
    const read = await call(ctx, 'GET', `/items/pages/${page.body?.data?.id}?fields=tags.tags_id.name`);
    result.after['items: page with a tag through the new M2M'] =
      read.status === 200 ? read.body.data : outcome(page);
    result.residual = await residual(ctx, target);
    return result;
  },

  /** (b) a whole M2A articles.sections through articles_sections; item relation with schema: null. */
  async b_create_m2a_schema_null(ctx) {
    return createM2a(ctx, null);
  },

  /** (b') the same with no `schema` key on the item relation (as Directus's own snapshots write it). */
  async b_create_m2a_schema_absent(ctx) {
    return createM2a(ctx, OMIT);
  },

  /** (b'') the same with schema: { on_delete: 'SET NULL' } on the item relation (no related collection). */
  async b_create_m2a_schema_on_delete(ctx) {
    return createM2a(ctx, { on_delete: 'SET NULL' });
  },

  /** (c) deleting the relation articles.category → categories (its FK exists); field kept. */
  async c_delete_relation_cache_default(ctx) {
    return deleteRelation(ctx);
  },

  async c_delete_relation_cache_off(ctx) {
    return deleteRelation(ctx);
  },

  /** (c, for comparison) the same deletion through DELETE /relations/articles/category. */
  async c_delete_relation_rest(ctx) {
    await call(ctx, 'GET', '/relations');
    const before = await foreignKeys(ctx, 'articles');
    const response = await call(ctx, 'DELETE', '/relations/articles/category');
    return {
      delete: outcome(response),
      'FKs of articles before': before,
      'FKs of articles after': await foreignKeys(ctx, 'articles'),
      'articles.category relation after': await relationState(ctx, 'articles', 'category'),
    };
  },

  /** (d) deleting the whole M2M articles ⇄ tags (junction, alias, both relations) in one apply. */
  async d_delete_m2m(ctx) {
    const target = clone(await snapshot(ctx));
    target.collections = target.collections.filter((c) => c.collection !== 'articles_tags');
    target.fields = target.fields.filter(
      (f) => f.collection !== 'articles_tags' && !(f.collection === 'articles' && f.field === 'tags'),
    );
    target.relations = target.relations.filter((r) => r.collection !== 'articles_tags');
    const result = await diffAndApply(ctx, target);
    delete result.payload;
    result.after = {
      'articles_tags table exists': await tableExists(ctx, 'articles_tags'),
      'articles_tags collection': await call(ctx, 'GET', '/collections/articles_tags').then(outcome),
      'articles.tags': await fieldState(ctx, 'articles', 'tags'),
      'relations on articles_tags': await call(ctx, 'GET', '/relations/articles_tags').then((r) =>
        r.status === 200 ? r.body.data.map((x) => `${x.collection}.${x.field}`) : outcome(r),
      ),
    };
    result.residual = await residual(ctx, target);
    return result;
  },

  /** (e) comments.article: on_delete CASCADE → SET NULL and sort_field sort → null, one apply. */
  async e_change_on_delete_and_sort_field(ctx) {
    const target = clone(await snapshot(ctx));
    const relation = target.relations.find(isRelation('comments', 'article'));
    const before = {
      relation: await relationState(ctx, 'comments', 'article'),
      fks: await foreignKeys(ctx, 'comments'),
    };
    relation.schema.on_delete = 'SET NULL';
    relation.meta.sort_field = null;
    const result = await diffAndApply(ctx, target);
    result.diffDetail = result.payload?.diff.relations.map((r) => r.diff);
    delete result.payload;
    result.before = before;
    result.after = {
      relation: await relationState(ctx, 'comments', 'article'),
      fks: await foreignKeys(ctx, 'comments'),
    };
    result.residual = await residual(ctx, target);
    return result;
  },

  /** (f1) a new collection and a new field, then a relation on a field that does not exist. */
  async f1_failure_validation(ctx) {
    const target = clone(await snapshot(ctx));
    target.collections.push(collectionEntry('probe_ok'));
    target.fields.push(pkEntry('probe_ok'), fieldEntry('tags', 'probe_note', 'string'));
    target.relations.push(relationEntry('probe_ok', 'missing_field', 'tags'));
    return failureOutcome(ctx, target);
  },

  /** (f2) a new collection and a new field, then a NOT NULL column without default on a non-empty table. */
  async f2_failure_not_null(ctx) {
    const target = clone(await snapshot(ctx));
    target.collections.push(collectionEntry('probe_ok'));
    target.fields.push(
      pkEntry('probe_ok'),
      fieldEntry('tags', 'probe_note', 'string'),
      fieldEntry('articles', 'probe_required', 'integer', { schema: { is_nullable: false } }),
    );
    return failureOutcome(ctx, target);
  },

  /** (f3) a new collection and a new field, then a string FK onto the integer key of authors. */
  async f3_failure_fk_type(ctx) {
    const target = clone(await snapshot(ctx));
    target.collections.push(collectionEntry('probe_ok'));
    target.fields.push(
      pkEntry('probe_ok'),
      fieldEntry('tags', 'probe_note', 'string'),
      fieldEntry('tags', 'probe_author', 'string'),
    );
    target.relations.push(relationEntry('tags', 'probe_author', 'authors'));
    return failureOutcome(ctx, target);
  },

  /** (g) a change through /relations between diff and apply; then a non-schema write; then a replay. */
  async g_hash_guard(ctx) {
    const current = await snapshot(ctx);
    const target = clone(current);
    target.fields.push(fieldEntry('tags', 'probe_g', 'string'));
    const patched = await diffAndApply(ctx, target, {
      between: async () => {
        const relation = (await call(ctx, 'GET', '/relations/comments/article')).body.data;
        const patch = await call(ctx, 'PATCH', '/relations/comments/article', {
          collection: 'comments',
          field: 'article',
          related_collection: 'articles',
          meta: { ...relation.meta, sort_field: null },
          schema: { on_delete: relation.schema.on_delete, on_update: relation.schema.on_update },
        });
        return `PATCH /relations/comments/article (meta.sort_field → null): ${outcome(patch)}`;
      },
    });
    delete patched.payload;
    patched['tags.probe_g after'] = await fieldState(ctx, 'tags', 'probe_g');

    const fresh = clone(await snapshot(ctx));
    fresh.fields.push(fieldEntry('tags', 'probe_g', 'string'));
    const itemWrite = await diffAndApply(ctx, fresh, {
      between: async () =>
        `POST /items/tags: ${outcome(await call(ctx, 'POST', '/items/tags', { name: 'x' }))}`,
    });
    const replay = itemWrite.payload
      ? outcome(await call(ctx, 'POST', '/schema/apply', itemWrite.payload))
      : 'not run (no payload)';
    delete itemWrite.payload;
    return {
      'relation PATCH between diff and apply': patched,
      'item write between diff and apply': itemWrite,
      'same diff applied twice': replay,
    };
  },

  /**
   * (h) twelve new collections in one apply, then one more through POST /collections. The demo
   * has 16 collections, 2 of them folders; Directus 12 counts 14 against its cap of 25.
   */
  async h_collection_cap(ctx) {
    const target = clone(await snapshot(ctx));
    const before = target.collections.length;
    for (let i = 1; i <= 12; i++) {
      const name = `probe_c${String(i).padStart(2, '0')}`;
      target.collections.push(collectionEntry(name));
      target.fields.push(pkEntry(name));
    }
    const result = await diffAndApply(ctx, target);
    delete result.payload;
    const collections = await call(ctx, 'GET', '/collections?limit=-1');
    result.collectionsBefore = before;
    result.collectionsAfter = collections.body.data.filter(
      (c) => !c.collection.startsWith('directus_'),
    ).length;
    result['POST /collections probe_extra afterwards'] = outcome(
      await call(ctx, 'POST', '/collections', {
        collection: 'probe_extra',
        schema: {},
        meta: {},
        fields: [pkEntry('probe_extra')],
      }),
    );
    result['POST /fields on an existing collection afterwards'] = outcome(
      await call(ctx, 'POST', '/fields/tags', {
        field: 'probe_after_cap',
        type: 'string',
        schema: {},
        meta: {},
      }),
    );
    return result;
  },

  /**
   * (i) a partial snapshot (12.x: ?includeCollections=) of one collection, changed and applied;
   * then a diff with ?mode=merge of a partial target that leaves a relation out.
   */
  async i_partial_snapshot(ctx) {
    const full = await snapshot(ctx);
    const response = await call(ctx, 'GET', '/schema/snapshot?includeCollections=comments');
    const partial = response.body?.data;
    const result = {
      'GET /schema/snapshot?includeCollections=comments': outcome(response),
      partialVersion: partial?.version,
      fullVersion: full.version,
      counts: partial && {
        collections: partial.collections.length,
        fields: partial.fields.length,
        relations: partial.relations.length,
        systemFields: partial.systemFields?.length,
      },
      bytes: { partial: JSON.stringify(partial).length, full: JSON.stringify(full).length },
    };
    if (!partial) return result;
    const target = clone(partial);
    const relation = target.relations.find(isRelation('comments', 'article'));
    if (relation) relation.schema.on_delete = 'SET NULL';
    const applied = await diffAndApply(ctx, target);
    delete applied.payload;
    result['partial target, on_delete → SET NULL'] = applied;
    result['comments.article after'] = await relationState(ctx, 'comments', 'article');
    result['articles_tags still there'] = await tableExists(ctx, 'articles_tags');
    // Leaving a relation out of a partial target: deleted (mirror) or kept (merge)?
    const without = clone(
      await call(ctx, 'GET', '/schema/snapshot?includeCollections=comments').then((r) => r.body.data),
    );
    without.relations = without.relations.filter((r) => !isRelation('comments', 'article')(r));
    const merge = await call(ctx, 'POST', '/schema/diff?mode=merge', without);
    result['relation left out, POST /schema/diff?mode=merge'] =
      merge.status === 200 ? summarizeDiff(merge.body.data.diff) : outcome(merge);
    const mirror = await call(ctx, 'POST', '/schema/diff', without);
    result['relation left out, POST /schema/diff (default mode)'] =
      mirror.status === 200 ? summarizeDiff(mirror.body.data.diff) : outcome(mirror);
    return result;
  },

  /** GET /fields?fields=..., GET /schema/snapshot as a non-admin, timings of the three calls. */
  async misc(ctx) {
    const result = {};
    const fields = await call(ctx, 'GET', '/fields?fields=collection,field,type');
    const keys =
      fields.status === 200 ? [...new Set(fields.body.data.flatMap((f) => Object.keys(f)))] : outcome(fields);
    const full = await call(ctx, 'GET', '/fields');
    result['GET /fields?fields=collection,field,type'] = {
      status: fields.status,
      keysInItems: keys,
      bytes: JSON.stringify(fields.body).length,
      bytesWithoutParam: JSON.stringify(full.body).length,
      ms: fields.ms,
      msWithoutParam: full.ms,
    };
    const viewer = await createViewer(ctx);
    result['non-admin user'] = viewer.how;
    result['GET /schema/snapshot as non-admin'] = outcome(
      await call(ctx, 'GET', '/schema/snapshot', undefined, viewer.token),
    );
    result['POST /schema/diff as non-admin'] = outcome(
      await call(ctx, 'POST', '/schema/diff', await snapshot(ctx), viewer.token),
    );
    result['GET /relations as non-admin (count)'] = await call(
      ctx,
      'GET',
      '/relations',
      undefined,
      viewer.token,
    ).then((r) => (r.status === 200 ? r.body.data.length : outcome(r)));
    // Timings on the demo model: 5 snapshots, 5 diffs of a one-field change, 1 apply.
    const times = { snapshot: [], diff: [], apply: [] };
    let base;
    for (let i = 0; i < 5; i++) {
      const r = await call(ctx, 'GET', '/schema/snapshot');
      times.snapshot.push(r.ms);
      base = r.body.data;
    }
    const target = clone(base);
    target.fields.push(fieldEntry('tags', 'probe_timing', 'string'));
    let payload;
    for (let i = 0; i < 5; i++) {
      const r = await call(ctx, 'POST', '/schema/diff', target);
      times.diff.push(r.ms);
      payload = r.body.data;
    }
    const apply = await call(ctx, 'POST', '/schema/apply', payload);
    times.apply.push(apply.ms);
    result.timingsMs = times;
    result.timingApply = outcome(apply);
    result.snapshotBytes = JSON.stringify(base).length;
    return result;
  },
};

async function createM2a(ctx, itemSchema) {
  const target = clone(await snapshot(ctx));
  target.collections.push(collectionEntry('articles_sections', { hidden: true, icon: 'import_export' }));
  target.fields.push(
    pkEntry('articles_sections'),
    fieldEntry('articles_sections', 'articles_id', 'integer', { meta: { hidden: true } }),
    fieldEntry('articles_sections', 'item', 'string', {
      meta: { hidden: true },
      schema: { max_length: 255 },
    }),
    fieldEntry('articles_sections', 'collection', 'string', {
      meta: { hidden: true },
      schema: { max_length: 255 },
    }),
    aliasEntry('articles', 'sections', 'm2a', 'list-m2a'),
  );
  target.relations.push(
    relationEntry('articles_sections', 'articles_id', 'articles', {
      one_field: 'sections',
      junction_field: 'item',
    }),
    relationEntry(
      'articles_sections',
      'item',
      null,
      {
        one_collection_field: 'collection',
        one_allowed_collections: ['block_hero', 'block_text'],
        junction_field: 'articles_id',
      },
      itemSchema,
    ),
  );
  const result = await diffAndApply(ctx, target);
  result.itemRelationInDiff = result.payload?.diff.relations.find((r) => r.field === 'item');
  delete result.payload;
  result.after = {
    'articles_sections.articles_id': await relationState(ctx, 'articles_sections', 'articles_id'),
    'articles_sections.item': await relationState(ctx, 'articles_sections', 'item'),
    'articles.sections': await fieldState(ctx, 'articles', 'sections'),
    'FKs in the database': await foreignKeys(ctx, 'articles_sections'),
  };
  const article = await call(ctx, 'POST', '/items/articles?fields=id', {
    title: 'probe',
    author: 1,
    sections: [{ collection: 'block_text', item: { body: 'probe text' } }],
  });
  const read = await call(
    ctx,
    'GET',
    `/items/articles/${article.body?.data?.id}?fields=sections.collection,sections.item:block_text.body`,
  );
  result.after['items: article with a block_text section'] =
    read.status === 200 ? read.body.data : outcome(article);
  result.residual = await residual(ctx, target);
  return result;
}

async function deleteRelation(ctx) {
  // Warm the schema cache first, as a running server would have it.
  await call(ctx, 'GET', '/relations');
  await call(ctx, 'GET', '/fields');
  const target = clone(await snapshot(ctx));
  target.relations = target.relations.filter((r) => !isRelation('articles', 'category')(r));
  const before = await foreignKeys(ctx, 'articles');
  const result = await diffAndApply(ctx, target);
  delete result.payload;
  result['FKs of articles before'] = before;
  result.after = {
    'FKs of articles': await foreignKeys(ctx, 'articles'),
    'articles.category relation': await relationState(ctx, 'articles', 'category'),
    'articles.category field': await fieldState(ctx, 'articles', 'category'),
  };
  result.residual = await residual(ctx, target);
  return result;
}

async function failureOutcome(ctx, target) {
  const result = await diffAndApply(ctx, target);
  delete result.payload;
  result.after = {
    'probe_ok table': await tableExists(ctx, 'probe_ok'),
    'probe_ok collection (API)': await call(ctx, 'GET', '/collections/probe_ok').then(outcome),
    'tags.probe_note column': await columnExists(ctx, 'tags', 'probe_note'),
    'tags.probe_note field (API)': await fieldState(ctx, 'tags', 'probe_note'),
    'articles.probe_required column': await columnExists(ctx, 'articles', 'probe_required'),
    'tags.probe_author column': await columnExists(ctx, 'tags', 'probe_author'),
    'directus_collections rows for probe_ok': await count(
      ctx,
      "SELECT COUNT(*) FROM directus_collections WHERE collection = 'probe_ok'",
    ),
    'directus_fields rows for tags.probe_*': await count(
      ctx,
      "SELECT COUNT(*) FROM directus_fields WHERE collection = 'tags' AND field LIKE 'probe%'",
    ),
    'directus_relations rows for the new relation': await count(
      ctx,
      "SELECT COUNT(*) FROM directus_relations WHERE many_field IN ('missing_field', 'probe_author')",
    ),
  };
  const cleared = await call(ctx, 'POST', '/utils/cache/clear');
  result.afterCacheClear = {
    'POST /utils/cache/clear': outcome(cleared),
    'tags.probe_note field (API)': await fieldState(ctx, 'tags', 'probe_note'),
    'probe_ok collection (API)': await call(ctx, 'GET', '/collections/probe_ok').then(outcome),
  };
  return result;
}

async function createViewer(ctx) {
  const token = `viewer-token-${Date.now()}`;
  const policy = await call(ctx, 'POST', '/policies', {
    name: 'Viewer',
    admin_access: false,
    app_access: true,
  });
  let role;
  let how;
  if (policy.status === 200) {
    await call(ctx, 'POST', '/permissions', {
      policy: policy.body.data.id,
      collection: 'articles',
      action: 'read',
      fields: ['*'],
    });
    role = await call(ctx, 'POST', '/roles', { name: 'Viewer', policies: [{ policy: policy.body.data.id }] });
    how = 'role with a policy (admin_access false, app_access true, read on articles)';
  } else {
    role = await call(ctx, 'POST', '/roles', { name: 'Viewer', admin_access: false, app_access: true });
    how = 'role with admin_access false, app_access true';
  }
  const user = await call(ctx, 'POST', '/users', {
    email: `viewer-${Date.now()}@example.com`,
    password: 'viewer-password',
    role: role.body?.data?.id,
    token,
  });
  if (user.status !== 200) how += ` (creating the user: ${outcome(user)})`;
  return { token, how };
}

// ---------------------------------------------------------------- runner

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  if (index < 0) return null;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const out = option('--out');
const only = option('--only')?.split(',') ?? null;
const targets = args;
const combos = (
  targets.length ? targets : ['12.4.0:sqlite', '12.4.0:postgres', '11.16.1:sqlite', '11.16.1:postgres']
).map((t) => {
  const [version, db = 'sqlite'] = t.split(':');
  return { version, db };
});

const results = {};
let startedPostgres = false;
let startedMariadb = false;
try {
  if (combos.some((c) => c.db === 'postgres')) startedPostgres = await postgres.ensureCluster();
  if (combos.some((c) => c.db === 'mysql')) startedMariadb = await mariadb.ensureMariadb();
  for (const { version, db } of combos) {
    await installDirectus(version);
    const template = await ensureDemoTemplate(version, db);
    const key = `${version}:${db}`;
    results[key] = {};
    for (const [name, scenario] of Object.entries(scenarios)) {
      if (only && !only.some((o) => name.startsWith(o))) continue;
      if (name.startsWith('h_') && !only && version.startsWith('10.')) continue;
      const dir = join(tmpdir(), `relata-probe-${version}-${db}-${name}`);
      const instance = await createInstance({ version, db, dir, template });
      const env = name.endsWith('cache_off') ? { CACHE_SCHEMA: 'false' } : {};
      const running = await startInstance(instance, { port: await freePort(), env });
      const ctx = { ...running, timings: { snapshot: [], diff: [], apply: [] } };
      try {
        results[key][name] = await scenario(ctx);
      } catch (error) {
        results[key][name] = { error: error.message };
      } finally {
        await stopInstance(running, { dropData: true });
      }
      console.log(`\n### ${key} ${name}\n${JSON.stringify(results[key][name], null, 2)}`);
    }
  }
} finally {
  if (startedPostgres) await postgres.stopCluster();
  if (startedMariadb) await mariadb.stopMariadb();
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
}
