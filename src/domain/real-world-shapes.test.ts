// Inference on small models that reproduce the odd but real shapes of the real-schema corpus
// (src/testing/fixtures, each naming the schema it mirrors), so the core suite covers them
// without the corpus.
import { describe, expect, it } from 'vitest';
import {
  fiestalokReservationsArticles,
  innoWorkBusinessDivision,
} from '../testing/fixtures/dangling-junction-field';
import { directus9CommaSpecials } from '../testing/fixtures/directus-9-specials';
import { rc64DuplicateRelation } from '../testing/fixtures/duplicate-relation';
import { nestedGroups } from '../testing/fixtures/folders';
import { tecktalLessonsSimulations } from '../testing/fixtures/junction-without-alias';
import { m2aWithoutCollectionField } from '../testing/fixtures/m2a-half-configured';
import { simpleCrmActivityContacts } from '../testing/fixtures/m2m-aliased-both-sides';
import { gornjiBareRelations, jamSessionsSystemKeys } from '../testing/fixtures/meta-null';
import { fiestalokReservationsProduits, gornjiMissingAliases } from '../testing/fixtures/missing-alias-field';
import { innoWorkCustomerSupplier, tecktalPortfolioStory } from '../testing/fixtures/self-m2m';
import { fiestalokFiles, jamSessionsUserStamps } from '../testing/fixtures/sqlite-uuid-strings';
import {
  innoWorkCompanyEmployees,
  jaaSystemManySide,
  systemTargets,
} from '../testing/fixtures/system-collections';
import { edgeUndeclared } from '../testing/fixtures/undeclared-collections';
import type { DirectusSchema } from './directus-types';
import { relationKey } from './model';
import type { Relationship } from './model';
import { buildModelIndex } from './model-index';
import type { ModelIndex } from './model-index';

const shape = ({ id, kind, source, targets, junction }: Relationship) => ({
  id,
  kind,
  source,
  targets,
  junction,
});
const warnings = (index: ModelIndex) => index.warnings.map((w) => `${w.code} ${w.relation}`);
/** Both ends of a junction pair, whichever the inference took as parent. */
const ends = (r: Relationship) =>
  [r.source, ...r.targets].map((end) => `${end.collection}.${end.field ?? '-'}`).sort();

/** Every relation row belongs to exactly one relationship, less the duplicates warned about. */
function expectEveryRowUsedOnce(schema: DirectusSchema, index: ModelIndex) {
  const used = index.relationships.flatMap((r) => r.relations.map(relationKey));
  const duplicates = index.warnings.filter((w) => w.code === 'duplicate-relation').length;
  expect(used).toHaveLength(schema.relations.length - duplicates);
  expect(new Set(used).size).toBe(used.length);
}

describe('dangling junction_field', () => {
  it('inno-work: the relation stays an O2M with its alias, and is reported', () => {
    const index = buildModelIndex(innoWorkBusinessDivision);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'businessDevision.owner',
        kind: 'o2m',
        source: { collection: 'businessDevision', field: 'owner' },
        targets: [{ collection: 'company', field: 'businessDivisions' }],
        junction: null,
      },
      {
        id: 'businessDevision.partOf',
        kind: 'm2o',
        source: { collection: 'businessDevision', field: 'partOf' },
        targets: [{ collection: 'businessUnit', field: null }],
        junction: null,
      },
    ]);
    expect(warnings(index)).toEqual(['dangling-junction-field businessDevision.owner']);
    expect(index.junctions.size).toBe(0);
  });

  it('fiestalok: a half-paired junction gives two M2Os, not an M2M, and one warning', () => {
    const index = buildModelIndex(fiestalokReservationsArticles);
    expect(index.relationships.map((r) => `${r.kind} ${r.id}`)).toEqual([
      'm2o reservations_articles.reservations_id',
      'm2o reservations_articles.articles_id',
    ]);
    expect(warnings(index)).toEqual(['dangling-junction-field reservations_articles.reservations_id']);
    expectEveryRowUsedOnce(fiestalokReservationsArticles, index);
  });
});

describe('one_field naming a missing alias field', () => {
  it('gornji: the relationships are kept, each missing alias reported on its relation', () => {
    const index = buildModelIndex(gornjiMissingAliases);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'categories.parent',
        kind: 'o2m',
        source: { collection: 'categories', field: 'parent' },
        targets: [{ collection: 'categories', field: 'children' }],
        junction: null,
      },
      {
        id: 'posts.category',
        kind: 'o2m',
        source: { collection: 'posts', field: 'category' },
        targets: [{ collection: 'categories', field: 'posts' }],
        junction: null,
      },
      {
        id: 'posts_tags.posts_id',
        kind: 'm2m',
        source: { collection: 'posts', field: 'tags' },
        targets: [{ collection: 'tags', field: 'posts' }],
        junction: { collection: 'posts_tags', parentField: 'posts_id', relatedField: 'tags_id' },
      },
    ]);
    expect(warnings(index)).toEqual([
      'missing-alias-field categories.parent',
      'missing-alias-field posts.category',
      'missing-alias-field posts_tags.tags_id',
    ]);
  });

  it('fiestalok: an M2M whose only alias is missing is still an M2M from that side', () => {
    const index = buildModelIndex(fiestalokReservationsProduits);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'reservations_produits.reservations_id',
        kind: 'm2m',
        source: { collection: 'reservations', field: 'produits' },
        targets: [{ collection: 'produits', field: null }],
        junction: {
          collection: 'reservations_produits',
          parentField: 'reservations_id',
          relatedField: 'produits_id',
        },
      },
    ]);
    expect(warnings(index)).toEqual(['missing-alias-field reservations_produits.reservations_id']);
  });
});

describe('junction pairs', () => {
  it('tecktal: two junctions without any alias are two M2Ms between the same collections', () => {
    const index = buildModelIndex(tecktalLessonsSimulations);
    expect(index.relationships.map((r) => [r.kind, r.junction?.collection, ends(r)])).toEqual([
      ['m2m', 'lms_lessons_lms_simulations', ['lms_lessons.-', 'lms_simulations.-']],
      ['m2m', 'lms_lessons_lms_simulations_1', ['lms_lessons.-', 'lms_simulations.-']],
    ]);
    expect(warnings(index)).toEqual([]);
    expect([...index.junctions]).toEqual(['lms_lessons_lms_simulations', 'lms_lessons_lms_simulations_1']);
  });

  it('simple-crm: an M2M aliased on both sides is one relationship keeping both aliases', () => {
    const index = buildModelIndex(simpleCrmActivityContacts);
    expect(index.relationships).toHaveLength(1);
    const [m2m] = index.relationships;
    expect(m2m!.kind).toBe('m2m');
    expect(ends(m2m!)).toEqual(['activities.contacts', 'contacts.activities']);
    expect(m2m!.junction?.collection).toBe('activity_contacts');
    expect(warnings(index)).toEqual([]);
  });

  it('tecktal: a self-M2M pairs Lms_Portfolio_id with related_Lms_Portfolio_id, from the aliased side', () => {
    const index = buildModelIndex(tecktalPortfolioStory);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'Lms_Portfolio_Lms_Portfolio.Lms_Portfolio_id',
        kind: 'm2m',
        source: { collection: 'Lms_Portfolio', field: 'Story' },
        targets: [{ collection: 'Lms_Portfolio', field: null }],
        junction: {
          collection: 'Lms_Portfolio_Lms_Portfolio',
          parentField: 'Lms_Portfolio_id',
          relatedField: 'related_Lms_Portfolio_id',
        },
      },
    ]);
    expect(warnings(index)).toEqual([]);
  });

  it('inno-work: a self-M2M with hand-named keys and two aliases', () => {
    const index = buildModelIndex(innoWorkCustomerSupplier);
    expect(index.relationships.map((r) => [r.kind, ends(r)])).toEqual([
      ['m2m', ['company.customers', 'company.supplier']],
    ]);
    expect(index.relationsIn('company')).toHaveLength(2);
    expect(index.relationsOut('company')).toHaveLength(0);
  });

  it('inno-work: an M2M whose other alias sits on directus_users', () => {
    const index = buildModelIndex(innoWorkCompanyEmployees);
    expect(index.relationships.map((r) => [r.kind, ends(r)])).toEqual([
      ['m2m', ['company.employees', 'directus_users.employeeOfCompany']],
    ]);
    expect(index.field('directus_users', 'employeeOfCompany')?.type).toBe('alias');
    expect(index.primaryKey('directus_users')).toEqual({ field: 'id', type: 'uuid', declared: null });
    expect(warnings(index)).toEqual([]);
  });

  it('fiestalok (SQLite): a files M2M whose file key is a char(36) string', () => {
    const index = buildModelIndex(fiestalokFiles);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'articles_files.articles_id',
        kind: 'files',
        source: { collection: 'articles', field: 'images' },
        targets: [{ collection: 'directus_files', field: null }],
        junction: {
          collection: 'articles_files',
          parentField: 'articles_id',
          relatedField: 'directus_files_id',
        },
      },
      {
        id: 'reservations.fichier_devis_signe',
        kind: 'file',
        source: { collection: 'reservations', field: 'fichier_devis_signe' },
        targets: [{ collection: 'directus_files', field: null }],
        junction: null,
      },
    ]);
  });
});

describe('relations without meta', () => {
  it('jam-sessions: system → system foreign keys without meta are M2Os, without warnings', () => {
    const index = buildModelIndex(jamSessionsSystemKeys);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'directus_settings.public_registration_role',
        kind: 'm2o',
        source: { collection: 'directus_settings', field: 'public_registration_role' },
        targets: [{ collection: 'directus_roles', field: null }],
        junction: null,
      },
      {
        id: 'directus_webhooks.migrated_flow',
        kind: 'm2o',
        source: { collection: 'directus_webhooks', field: 'migrated_flow' },
        targets: [{ collection: 'directus_flows', field: null }],
        junction: null,
      },
    ]);
    expect(warnings(index)).toEqual([]);
    expect(index.relationsOut('directus_settings').map(relationKey)).toEqual([
      'directus_settings.public_registration_role',
    ]);
    expect(index.relationsIn('directus_flows').map(relationKey)).toEqual(['directus_webhooks.migrated_flow']);
    expect(index.primaryKey('directus_flows')).toEqual({ field: 'id', type: 'uuid', declared: null });
    expect(index.isTable('directus_roles')).toBe(true);
  });

  it('gornji: meta null and schema null still give a file and an M2O', () => {
    const index = buildModelIndex(gornjiBareRelations);
    expect(index.relationships.map((r) => `${r.kind} ${r.id} → ${r.targets[0]?.collection}`)).toEqual([
      'file posts.featured_image → directus_files',
      'm2o posts.author → directus_users',
    ]);
    expect(warnings(index)).toEqual([]);
  });
});

describe('system collections', () => {
  it('jaa: foreign keys on directus_files and directus_users drive O2M aliases on user collections', () => {
    const index = buildModelIndex(jaaSystemManySide);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'directus_files.doc',
        kind: 'o2m',
        source: { collection: 'directus_files', field: 'doc' },
        targets: [{ collection: 'docs', field: 'file' }],
        junction: null,
      },
      {
        id: 'directus_users.job',
        kind: 'o2m',
        source: { collection: 'directus_users', field: 'job' },
        targets: [{ collection: 'jobs', field: 'user' }],
        junction: null,
      },
    ]);
    expect(index.relationshipOf('directus_users', 'job')?.id).toBe('directus_users.job');
    expect(index.relationsIn('jobs').map(relationKey)).toEqual(['directus_users.job']);
    // A system collection's own key comes from Directus's tables, its custom field from the model.
    expect(index.primaryKey('directus_files')).toEqual({ field: 'id', type: 'uuid', declared: null });
    expect(index.fields('directus_files').map((f) => f.field)).toEqual(['doc']);
  });

  it('agencyos / content-machine: M2Os into directus_folders and directus_roles', () => {
    const index = buildModelIndex(systemTargets);
    expect(
      index.relationships.map(
        (r) => `${r.kind} ${r.id} → ${r.targets.map((t) => `${t.collection}.${t.field ?? '-'}`)}`,
      ),
    ).toEqual([
      'o2m organizations.folder → directus_folders.organizations',
      'm2o os_settings.organization_folder_root → directus_folders.-',
      'm2o directus_settings.public_registration_role → directus_roles.-',
    ]);
    expect(index.relationsIn('directus_folders')).toHaveLength(2);
    expect(warnings(index)).toEqual([]);
  });
});

describe('Directus 9 comma-separated specials', () => {
  it('a translations alias whose special is the string "translations" makes a translations pair', () => {
    const index = buildModelIndex(directus9CommaSpecials);
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'articles_translations.articles_id',
        kind: 'translations',
        source: { collection: 'articles', field: 'translations' },
        targets: [{ collection: 'languages', field: null }],
        junction: {
          collection: 'articles_translations',
          parentField: 'articles_id',
          relatedField: 'languages_code',
        },
      },
      {
        id: 'articles.cover',
        kind: 'file',
        source: { collection: 'articles', field: 'cover' },
        targets: [{ collection: 'directus_files', field: null }],
        junction: null,
      },
    ]);
    expect(index.primaryKey('languages')).toMatchObject({ field: 'code', type: 'string' });
  });
});

describe('collections referenced but not declared (admin-system-directus-EDGE)', () => {
  const index = buildModelIndex(edgeUndeclared);

  it('infers every relationship as if they were declared, without warnings', () => {
    expect(index.relationships.map(shape)).toEqual([
      {
        id: 'posts.image',
        kind: 'file',
        source: { collection: 'posts', field: 'image' },
        targets: [{ collection: 'directus_files', field: null }],
        junction: null,
      },
      {
        id: 'posts.author',
        kind: 'o2m',
        source: { collection: 'posts', field: 'author' },
        targets: [{ collection: 'directus_users', field: 'posts' }],
        junction: null,
      },
      {
        id: 'page_blocks.page',
        kind: 'm2a',
        source: { collection: 'pages', field: 'blocks' },
        targets: [
          { collection: 'block_hero', field: null },
          { collection: 'block_richtext', field: null },
        ],
        junction: { collection: 'page_blocks', parentField: 'page', relatedField: 'item' },
      },
    ]);
    expect(warnings(index)).toEqual([]);
  });

  it('lists only the declared collection, but knows the others as tables with keys', () => {
    expect(index.collections.map((c) => c.collection)).toEqual(['posts']);
    expect(index.collection('pages')).toBeUndefined();
    expect(index.isTable('pages')).toBe(true);
    expect(index.primaryKey('pages')).toMatchObject({ field: 'id', type: 'uuid' });
    expect(index.isTable('nowhere')).toBe(false);
    expect(index.relationsIn('block_hero').map(relationKey)).toEqual(['page_blocks.item']);
  });
});

describe('duplicates and half-configured rows', () => {
  it('Directus 9 rc.64: a second row for one field is dropped with a warning; the first wins', () => {
    const index = buildModelIndex(rc64DuplicateRelation);
    expect(index.relationships.map((r) => `${r.kind} ${r.id}`)).toEqual(['m2o articles.author']);
    expect(warnings(index)).toEqual(['duplicate-relation articles.author']);
    expect(index.relation('articles', 'author')?.meta?.one_field).toBeNull();
    expectEveryRowUsedOnce(rc64DuplicateRelation, index);
  });

  it('an M2A item without one_collection_field is still an M2A, with a warning', () => {
    const index = buildModelIndex(m2aWithoutCollectionField);
    expect(index.relationships.map((r) => [r.kind, r.id, r.targets.map((t) => t.collection)])).toEqual([
      ['m2a', 'page_blocks.pages_id', ['block_hero', 'block_text']],
    ]);
    expect(warnings(index)).toEqual(['m2a-half-configured page_blocks.item']);
  });
});

describe('SQLite uuid foreign keys reported as strings (jam-sessions)', () => {
  it('are plain M2Os to directus_users', () => {
    const index = buildModelIndex(jamSessionsUserStamps);
    expect(index.relationships.map((r) => `${r.kind} ${r.id} → ${r.targets[0]?.collection}`)).toEqual([
      'm2o sessions.user_created → directus_users',
      'm2o sessions.user_updated → directus_users',
    ]);
    expect(index.field('sessions', 'user_created')).toMatchObject({
      type: 'string',
      schema: { data_type: 'char', max_length: 36 },
    });
  });
});

describe('folders and meta.group nesting (inno-work, clic)', () => {
  const index = buildModelIndex(nestedGroups);

  it('lists collections by meta.sort, then name, missing sorts last', () => {
    expect(index.collections.map((c) => c.collection)).toEqual([
      'appMasterdata',
      'cms',
      'company_structure',
      'icbd_files',
      'CRM',
      'app',
      'businessUnit',
      'icbd_translations',
      'businessDevision',
      'icbd',
    ]);
  });

  it('tells folders from tables, including tables grouped under a table', () => {
    expect(['CRM', 'app', 'appMasterdata', 'company_structure'].map(index.isTable)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['businessUnit', 'businessDevision', 'icbd', 'icbd_files'].map(index.isTable)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(index.primaryKey('CRM')).toBeNull();
  });

  it('infers relationships inside folders as anywhere else', () => {
    expect(index.relationships.map((r) => `${r.kind} ${r.id}`)).toEqual(['m2o businessDevision.partOf']);
  });
});
