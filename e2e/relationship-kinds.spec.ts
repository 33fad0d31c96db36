// Every relationship kind, created whole from the toolbar's dialog, checked in Directus as the
// Data Studio would make it, used through the items API, and removed whole.
import {
  createCollection,
  createField,
  createItem,
  readCollection,
  readFile,
  readItem,
  readItems,
  updateItem,
  uploadFiles,
} from '@directus/sdk';
import { expect, test } from './fixtures';
import { addUntrackedColumn, dropFailTrigger, failRelationOf } from './support/database';
import { errorCodeOf, type RunningDirectus } from './support/directus';
import {
  expectGone,
  expectJunctionCollection,
  fieldShape,
  readFieldRow,
  relationShape,
} from './support/model-checks';
import { RelationFormPage, type NewRelationshipDialog, type RelataPage } from './support/relata-page';

const JUNCTION_WHOLE = 'Also delete the alias fields and the junction collection';
const FIELD_WHOLE = 'Also delete the alias field and the foreign-key field';

/** The preview's lines, each ending with the given text (a mark such as "+" comes first). */
const lines = (texts: string[]) =>
  texts.map((text) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

type Item = Record<string, unknown>;
const item = (value: unknown) => value as Item;

async function uploadTextFile(directus: RunningDirectus, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([`${name}\n`], { type: 'text/plain' }), name);
  const file = item(await directus.api.request(uploadFiles(form)));
  return String(file.id);
}

async function connect(relata: RelataPage, directus: RunningDirectus) {
  await relata.openConnected(directus);
}

// Each story creates, uses and deletes a whole relationship on its own Directus: on a busy machine
// (PostgreSQL especially) that takes close to the default minute.
test.describe.configure({ timeout: 120_000 });

/**
 * The dialog closed and the panel shows what was made: durable, unlike the "Relationship
 * created" toast, which closes after 4 s (sometimes before a busy machine's test has looked).
 */
async function created(relata: RelataPage, title: string) {
  await expect(relata.page.getByRole('dialog', { name: 'New relationship' })).toHaveCount(0);
  await expect(relata.panel.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(relata.panel).not.toContainText('is not in this data model');
}

test.describe('every relationship kind, created and removed whole @write', () => {
  test.beforeEach(async ({ relata, freshDirectus }) => {
    await connect(relata, freshDirectus);
  });

  test('a many-to-one', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Many to one');
    await dialog.choose('Collection', 'comments');
    await dialog.choose('Related collection', 'authors');
    await expect(dialog.textbox('Field name')).toHaveValue('authors_id');
    await expect(dialog.textbox('Reverse field name')).toHaveValue('');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create field comments.authors_id (integer, m2o)',
        'Create relation comments.authors_id → authors (on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'comments.authors_id');
    await expect(relata.edge('comments.authors_id → authors (M2O)')).toHaveCount(1);

    expect(await fieldShape(freshDirectus, 'comments', 'authors_id')).toEqual({
      type: 'integer',
      special: ['m2o'],
      interface: 'select-dropdown-m2o',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'comments', 'authors_id')).toMatchObject({
      related_collection: 'authors',
      one_field: null,
      junction_field: null,
      on_delete: 'SET NULL',
    });

    const comment = item(
      await freshDirectus.api.request(
        createItem('comments', { body: 'Well said', authors_id: { name: 'Grace Hopper' } }),
      ),
    );
    expect(
      await freshDirectus.api.request(
        readItem('comments', String(comment.id), { fields: ['body', 'authors_id.name'] }),
      ),
    ).toEqual({ body: 'Well said', authors_id: { name: 'Grace Hopper' } });

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(FIELD_WHOLE, 'comments.authors_id');
    await expect(relata.edge('comments.authors_id → authors (M2O)')).toHaveCount(0);
    await expectGone(freshDirectus, { fields: ['comments.authors_id'], relations: ['comments.authors_id'] });
  });

  test('a one-to-many', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'One to many');
    await dialog.choose('Collection', 'authors');
    await dialog.choose('Related collection', 'comments');
    await expect(dialog.textbox('Field name')).toHaveValue('comments');
    await expect(dialog.textbox('Reverse field name')).toHaveValue('authors_id');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create field authors.comments (alias, o2m)',
        'Create field comments.authors_id (integer, hidden)',
        'Create relation comments.authors_id → authors (alias authors.comments, on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'comments.authors_id');
    await expect(relata.edge('comments.authors_id → authors.comments (O2M)')).toHaveCount(1);

    expect(await fieldShape(freshDirectus, 'authors', 'comments')).toEqual({
      type: 'alias',
      special: ['o2m'],
      interface: 'list-o2m',
      hidden: false,
    });
    expect(await fieldShape(freshDirectus, 'comments', 'authors_id')).toEqual({
      type: 'integer',
      special: null,
      interface: 'select-dropdown-m2o',
      hidden: true,
    });
    expect(await relationShape(freshDirectus, 'comments', 'authors_id')).toMatchObject({
      related_collection: 'authors',
      one_field: 'comments',
      junction_field: null,
      sort_field: null,
      one_deselect_action: 'nullify',
      on_delete: 'SET NULL',
    });

    const author = item(
      await freshDirectus.api.request(
        createItem('authors', { name: 'Grace Hopper', comments: [{ body: 'First' }, { body: 'Second' }] }),
      ),
    );
    const read = item(
      await freshDirectus.api.request(readItem('authors', String(author.id), { fields: ['comments.body'] })),
    );
    expect(read.comments).toEqual([{ body: 'First' }, { body: 'Second' }]);

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(FIELD_WHOLE, 'comments.authors_id');
    await expect(relata.edge('comments.authors_id → authors.comments (O2M)')).toHaveCount(0);
    await expectGone(freshDirectus, {
      fields: ['authors.comments', 'comments.authors_id'],
      relations: ['comments.authors_id'],
    });
  });

  test('a many-to-many @versions', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Many to many');
    await dialog.choose('Collection', 'authors');
    await dialog.choose('Related collection', 'tags');
    await expect(dialog.textbox('Field name')).toHaveValue('tags');
    await dialog.fill('Reverse field name', 'authors');
    await expect(dialog.select('Junction collection')).toHaveValue('authors_tags');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create hidden junction collection authors_tags (key id: integer)',
        'Create field authors_tags.authors_id (integer, hidden)',
        'Create field authors_tags.tags_id (integer, hidden)',
        'Create field authors.tags (alias, m2m)',
        'Create field tags.authors (alias, m2m)',
        'Create relation authors_tags.authors_id → authors (alias authors.tags, junction field tags_id, on delete SET NULL)',
        'Create relation authors_tags.tags_id → tags (alias tags.authors, junction field authors_id, on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'authors.tags');
    await expect(relata.edge('authors.tags ⇄ tags (M2M via authors_tags)')).toHaveCount(1);

    await expectJunctionCollection(freshDirectus, 'authors_tags');
    for (const key of ['authors_id', 'tags_id'])
      expect(await fieldShape(freshDirectus, 'authors_tags', key)).toEqual({
        type: 'integer',
        special: null,
        interface: null,
        hidden: true,
      });
    for (const [collection, alias] of [
      ['authors', 'tags'],
      ['tags', 'authors'],
    ] as const)
      expect(await fieldShape(freshDirectus, collection, alias)).toEqual({
        type: 'alias',
        special: ['m2m'],
        interface: 'list-m2m',
        hidden: false,
      });
    expect(await relationShape(freshDirectus, 'authors_tags', 'authors_id')).toMatchObject({
      related_collection: 'authors',
      one_field: 'tags',
      junction_field: 'tags_id',
      sort_field: null,
      on_delete: 'SET NULL',
    });
    expect(await relationShape(freshDirectus, 'authors_tags', 'tags_id')).toMatchObject({
      related_collection: 'tags',
      one_field: 'authors',
      junction_field: 'authors_id',
      on_delete: 'SET NULL',
    });

    const author = item(
      await freshDirectus.api.request(
        createItem('authors', { name: 'Grace Hopper', tags: [{ tags_id: { name: 'pioneer' } }] }),
      ),
    );
    const read = item(
      await freshDirectus.api.request(
        readItem('authors', String(author.id), { fields: ['tags.tags_id.id', 'tags.tags_id.name'] }),
      ),
    );
    const tags = read.tags as { tags_id: Item }[];
    expect(tags.map((t) => t.tags_id.name)).toEqual(['pioneer']);
    const tag = item(
      await freshDirectus.api.request(
        readItem('tags', String(tags[0]?.tags_id.id), { fields: ['authors.authors_id.name'] }),
      ),
    );
    expect(tag.authors).toEqual([{ authors_id: { name: 'Grace Hopper' } }]);

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(JUNCTION_WHOLE, 'authors_tags');
    await expect(relata.edge('authors.tags ⇄ tags (M2M via authors_tags)')).toHaveCount(0);
    await expectGone(freshDirectus, {
      collections: ['authors_tags'],
      fields: ['authors.tags', 'tags.authors'],
      relations: ['authors_tags.authors_id', 'authors_tags.tags_id'],
    });
  });

  test('a many-to-many through an existing junction, typed by name', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Many to many');
    await dialog.choose('Collection', 'tags');
    await dialog.choose('Related collection', 'articles');
    await expect(dialog.textbox('Field name')).toHaveValue('articles');
    const junction = dialog.select('Junction collection');
    await expect(junction).toHaveValue('tags_articles');
    await junction.fill('articles_tags');
    await expect(junction).toHaveAccessibleDescription(
      'Reuses the existing junction articles_tags (tags_id, articles_id)',
    );
    await expect(await dialog.preview()).toHaveText(
      lines(['Create field tags.articles (alias, m2m)', 'Change relation articles_tags.tags_id']),
    );
    await dialog.create();
    await created(relata, 'articles.tags');
    // One M2M with an alias on each side now; its id stays the older relation's.
    await expect(page).toHaveURL(/[?&]relationship=articles_tags\.articles_id(&|$)/);
    await expect(relata.panel.getByRole('heading', { name: 'articles.tags', level: 2 })).toBeVisible();
    await expect(relata.panel).not.toContainText('is not in this data model');
    await expect(relata.edge('articles.tags ⇄ tags (M2M via articles_tags)')).toHaveCount(1);

    expect(await errorCodeOf(freshDirectus.api.request(readCollection('tags_articles')))).toBe('FORBIDDEN');
    expect(await fieldShape(freshDirectus, 'tags', 'articles')).toEqual({
      type: 'alias',
      special: ['m2m'],
      interface: 'list-m2m',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'articles_tags', 'tags_id')).toMatchObject({
      related_collection: 'tags',
      one_field: 'articles',
      junction_field: 'articles_id',
    });
    expect(await relationShape(freshDirectus, 'articles_tags', 'articles_id')).toMatchObject({
      one_field: 'tags',
      junction_field: 'tags_id',
    });

    const tag = item(
      await freshDirectus.api.request(createItem('tags', { name: 'intro', articles: [{ articles_id: 1 }] })),
    );
    expect(
      await freshDirectus.api.request(
        readItem('tags', String(tag.id), { fields: ['articles.articles_id.title'] }),
      ),
    ).toEqual({ articles: [{ articles_id: { title: 'Hello Relata' } }] });
    expect(
      await freshDirectus.api.request(readItem('articles', 1, { fields: ['tags.tags_id.name'] })),
    ).toEqual({ tags: [{ tags_id: { name: 'intro' } }] });
  });

  test('a many-to-any', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Many to any');
    await dialog.choose('Collection', 'pages');
    await dialog.chooseAll('Allowed collections', ['block_text', 'block_cta']);
    await dialog.fill('Field name', 'sections');
    await expect(dialog.textbox('Reverse field name')).toHaveCount(0);
    await expect(dialog.select('Junction collection')).toHaveValue('pages_sections');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create hidden junction collection pages_sections (key id: integer)',
        'Create field pages_sections.pages_id (integer, hidden)',
        'Create field pages_sections.item (string, hidden)',
        'Create field pages_sections.collection (string, hidden)',
        'Create field pages.sections (alias, m2a)',
        'Create relation pages_sections.pages_id → pages (alias pages.sections, junction field item, on delete SET NULL)',
        'Create relation pages_sections.item → any of block_text, block_cta (junction field pages_id)',
      ]),
    );
    await dialog.create();
    await created(relata, 'pages.sections');
    for (const block of ['block_text', 'block_cta'])
      await expect(relata.edge(`pages.sections ⇄ ${block} (M2A via pages_sections)`)).toHaveCount(1);

    await expectJunctionCollection(freshDirectus, 'pages_sections');
    expect(await fieldShape(freshDirectus, 'pages_sections', 'item')).toMatchObject({
      type: 'string',
      hidden: true,
    });
    expect(await fieldShape(freshDirectus, 'pages_sections', 'collection')).toMatchObject({
      type: 'string',
      hidden: true,
    });
    expect(await fieldShape(freshDirectus, 'pages', 'sections')).toEqual({
      type: 'alias',
      special: ['m2a'],
      interface: 'list-m2a',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'pages_sections', 'pages_id')).toMatchObject({
      related_collection: 'pages',
      one_field: 'sections',
      junction_field: 'item',
      on_delete: 'SET NULL',
    });
    expect(await relationShape(freshDirectus, 'pages_sections', 'item')).toMatchObject({
      related_collection: null,
      one_field: null,
      junction_field: 'pages_id',
      one_collection_field: 'collection',
      one_allowed_collections: ['block_text', 'block_cta'],
      on_delete: null,
    });

    const home = item(
      await freshDirectus.api.request(
        createItem('pages', {
          title: 'Home',
          sections: [
            { collection: 'block_text', item: { body: 'Welcome' } },
            { collection: 'block_cta', item: { label: 'Sign up', url: '/join' } },
          ],
        }),
      ),
    );
    const read = item(
      await freshDirectus.api.request(
        readItem('pages', String(home.id), {
          fields: ['sections.collection', 'sections.item:block_text.body', 'sections.item:block_cta.label'],
        }),
      ),
    );
    expect(read.sections).toEqual([
      { collection: 'block_text', item: { body: 'Welcome' } },
      { collection: 'block_cta', item: { label: 'Sign up' } },
    ]);

    await relata.selectEdge('pages.sections ⇄ block_text (M2A via pages_sections)');
    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(JUNCTION_WHOLE, 'pages_sections');
    await expect(relata.edges.filter({ hasText: 'pages_sections' })).toHaveCount(0);
    await expectGone(freshDirectus, {
      collections: ['pages_sections'],
      fields: ['pages.sections'],
      relations: ['pages_sections.pages_id', 'pages_sections.item'],
    });
    // The blocks themselves stay.
    expect(await freshDirectus.api.request(readItems('block_text', { fields: ['body'] }))).toEqual([
      { body: 'Welcome' },
    ]);
  });

  test('translations', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Translations');
    await dialog.choose('Collection', 'pages');
    await expect(dialog.select('Related collection')).toHaveValue('languages');
    await expect(dialog.textbox('Field name')).toHaveValue('translations');
    await expect(dialog.select('Junction collection')).toHaveValue('pages_translations');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create hidden junction collection pages_translations (key id: integer)',
        'Create field pages_translations.pages_id (integer, hidden)',
        'Create field pages_translations.languages_code (string, hidden)',
        'Create field pages.translations (alias, translations)',
        'Create relation pages_translations.pages_id → pages (alias pages.translations, junction field languages_code, on delete SET NULL)',
        'Create relation pages_translations.languages_code → languages (junction field pages_id, on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'pages.translations');
    await expect(
      relata.edge('pages.translations ⇄ languages (translations via pages_translations)'),
    ).toHaveCount(1);

    await expectJunctionCollection(freshDirectus, 'pages_translations');
    expect(await fieldShape(freshDirectus, 'pages_translations', 'languages_code')).toMatchObject({
      type: 'string',
      hidden: true,
    });
    expect(await fieldShape(freshDirectus, 'pages', 'translations')).toEqual({
      type: 'alias',
      special: ['translations'],
      interface: 'translations',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'pages_translations', 'pages_id')).toMatchObject({
      related_collection: 'pages',
      one_field: 'translations',
      junction_field: 'languages_code',
      on_delete: 'SET NULL',
    });
    expect(await relationShape(freshDirectus, 'pages_translations', 'languages_code')).toMatchObject({
      related_collection: 'languages',
      one_field: null,
      junction_field: 'pages_id',
      on_delete: 'SET NULL',
    });

    // The translated fields are the user's to add to the junction, as in the Data Studio.
    await freshDirectus.api.request(
      createField('pages_translations', {
        field: 'title',
        type: 'string',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    const home = item(
      await freshDirectus.api.request(
        createItem('pages', {
          title: 'Home',
          translations: [
            { languages_code: 'en-US', title: 'Home' },
            { languages_code: 'de-DE', title: 'Startseite' },
          ],
        }),
      ),
    );
    const read = item(
      await freshDirectus.api.request(
        readItem('pages', String(home.id), {
          fields: ['translations.languages_code.name', 'translations.title'],
        }),
      ),
    );
    expect(read.translations).toEqual([
      { languages_code: { name: 'English' }, title: 'Home' },
      { languages_code: { name: 'Deutsch' }, title: 'Startseite' },
    ]);

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(JUNCTION_WHOLE, 'pages_translations');
    await expect(
      relata.edge('pages.translations ⇄ languages (translations via pages_translations)'),
    ).toHaveCount(0);
    await expectGone(freshDirectus, {
      collections: ['pages_translations'],
      fields: ['pages.translations'],
      relations: ['pages_translations.pages_id', 'pages_translations.languages_code'],
    });
    // The languages stay, with their items.
    expect(
      await freshDirectus.api.request(readItems('languages', { fields: ['code'], sort: ['code'] })),
    ).toEqual([{ code: 'de-DE' }, { code: 'en-US' }]);
  });

  test('a file', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'File');
    await dialog.choose('Collection', 'tags');
    await expect(dialog.select('Related collection')).toHaveValue('directus_files');
    await expect(dialog.select('Related collection')).toBeDisabled();
    await expect(dialog.textbox('Field name')).toHaveValue('file');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create field tags.file (uuid, file)',
        'Create relation tags.file → directus_files (on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'tags.file');
    await expect(relata.edge('tags.file → directus_files (file)')).toHaveCount(1);

    expect(await fieldShape(freshDirectus, 'tags', 'file')).toEqual({
      type: 'uuid',
      special: ['file'],
      interface: 'file',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'tags', 'file')).toMatchObject({
      related_collection: 'directus_files',
      one_field: null,
      on_delete: 'SET NULL',
    });

    const fileId = await uploadTextFile(freshDirectus, 'logo.txt');
    const tag = item(await freshDirectus.api.request(createItem('tags', { name: 'logo', file: fileId })));
    expect(
      await freshDirectus.api.request(
        readItem('tags', String(tag.id), { fields: ['file.filename_download'] }),
      ),
    ).toEqual({ file: { filename_download: 'logo.txt' } });

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(FIELD_WHOLE, 'tags.file');
    await expect(relata.edge('tags.file → directus_files (file)')).toHaveCount(0);
    await expectGone(freshDirectus, { fields: ['tags.file'], relations: ['tags.file'] });
    // The file itself stays.
    expect(item(await freshDirectus.api.request(readFile(fileId))).filename_download).toBe('logo.txt');
  });

  test('files', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await dialog.choose('Kind', 'Files');
    await dialog.choose('Collection', 'pages');
    await expect(dialog.select('Related collection')).toHaveValue('directus_files');
    await expect(dialog.textbox('Field name')).toHaveValue('files');
    await expect(dialog.select('Junction collection')).toHaveValue('pages_files');
    await expect(await dialog.preview()).toHaveText(
      lines([
        'Create hidden junction collection pages_files (key id: integer)',
        'Create field pages_files.pages_id (integer, hidden)',
        'Create field pages_files.directus_files_id (uuid, hidden)',
        'Create field pages.files (alias, files)',
        'Create relation pages_files.pages_id → pages (alias pages.files, junction field directus_files_id, on delete SET NULL)',
        'Create relation pages_files.directus_files_id → directus_files (junction field pages_id, on delete SET NULL)',
      ]),
    );
    await dialog.create();
    await created(relata, 'pages.files');
    await expect(relata.edge('pages.files ⇄ directus_files (files via pages_files)')).toHaveCount(1);

    await expectJunctionCollection(freshDirectus, 'pages_files');
    const fileKey = await readFieldRow(freshDirectus, 'pages_files', 'directus_files_id');
    // SQLite stores a uuid as char(36), and /fields calls it a string without the uuid special,
    // exactly as for the junctions the Data Studio makes (the demo's articles_files).
    expect(fileKey.type).toBe(freshDirectus.db === 'sqlite' ? 'string' : 'uuid');
    expect(fileKey.meta).toMatchObject({ hidden: true });
    expect(await fieldShape(freshDirectus, 'pages', 'files')).toEqual({
      type: 'alias',
      special: ['files'],
      interface: 'files',
      hidden: false,
    });
    expect(await relationShape(freshDirectus, 'pages_files', 'pages_id')).toMatchObject({
      related_collection: 'pages',
      one_field: 'files',
      junction_field: 'directus_files_id',
      on_delete: 'SET NULL',
    });
    expect(await relationShape(freshDirectus, 'pages_files', 'directus_files_id')).toMatchObject({
      related_collection: 'directus_files',
      one_field: null,
      junction_field: 'pages_id',
      on_delete: 'SET NULL',
    });

    const fileId = await uploadTextFile(freshDirectus, 'gallery.txt');
    const gallery = item(
      await freshDirectus.api.request(
        createItem('pages', { title: 'Gallery', files: [{ directus_files_id: fileId }] }),
      ),
    );
    const read = item(
      await freshDirectus.api.request(
        readItem('pages', String(gallery.id), { fields: ['files.directus_files_id.filename_download'] }),
      ),
    );
    expect(read.files).toEqual([{ directus_files_id: { filename_download: 'gallery.txt' } }]);

    const remove = await relata.deleteRelationship();
    await remove.deleteWhole(JUNCTION_WHOLE, 'pages_files');
    await expect(relata.edge('pages.files ⇄ directus_files (files via pages_files)')).toHaveCount(0);
    await expectGone(freshDirectus, {
      collections: ['pages_files'],
      fields: ['pages.files'],
      relations: ['pages_files.pages_id', 'pages_files.directus_files_id'],
    });
    expect(item(await freshDirectus.api.request(readFile(fileId))).filename_download).toBe('gallery.txt');
  });
});

test.describe('new relationships on the canvas @write', () => {
  test('a uuid many-to-one created by dragging, with SQLite reporting the field as a string', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const { api } = freshDirectus;
    await api.request(
      createCollection({
        collection: 'devices',
        meta: {},
        schema: {},
        fields: [
          {
            field: 'id',
            type: 'uuid',
            meta: { special: ['uuid'], hidden: true, readonly: true, interface: 'input' },
            schema: { is_primary_key: true, has_auto_increment: false },
          },
          { field: 'name', type: 'string', meta: { interface: 'input' }, schema: {} },
        ],
      }),
    );
    await api.request(
      createCollection({
        collection: 'readings',
        meta: {},
        schema: {},
        fields: [
          {
            field: 'id',
            type: 'integer',
            meta: { hidden: true },
            schema: { is_primary_key: true, has_auto_increment: true },
          },
        ],
      }),
    );
    // A uuid field without the uuid special: AgencyOS's foreign keys look like this.
    await api.request(
      createField('readings', { field: 'device', type: 'uuid', meta: { interface: 'input' }, schema: {} }),
    );
    const device = await readFieldRow(freshDirectus, 'readings', 'device');
    expect(device.type).toBe(freshDirectus.db === 'sqlite' ? 'string' : 'uuid');
    if (freshDirectus.db === 'sqlite')
      expect(device.schema).toMatchObject({ data_type: 'char', max_length: 36 });

    // Two more collections: a bigger screen keeps the diagram zoomed in enough to show field handles.
    await page.setViewportSize({ width: 1920, height: 1200 });
    await connect(relata, freshDirectus);
    await page.getByLabel('Connect readings.device').dragTo(relata.node('devices'));
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'No relation from' })).toHaveCount(0);
    await expect(relata.edge('readings.device → devices (M2O)')).toHaveCount(1);
    expect(await relationShape(freshDirectus, 'readings', 'device')).toMatchObject({
      related_collection: 'devices',
      on_delete: 'SET NULL',
    });

    const reading = item(await api.request(createItem('readings', { device: { name: 'Thermometer' } })));
    expect(await api.request(readItem('readings', String(reading.id), { fields: ['device.name'] }))).toEqual({
      device: { name: 'Thermometer' },
    });
  });

  test('the selection survives an M2O gaining a one field', async ({ relata, freshDirectus, page }) => {
    await connect(relata, freshDirectus);
    await relata.selectEdge('articles.category → categories (M2O)');
    await expect(page).toHaveURL(/[?&]relationship=articles\.category(&|$)/);
    // Watch the page for the whole save: every node added or text changed, even if it is gone
    // again before anything could be seen, must never say the relationship is missing.
    await page.evaluate(() => {
      const phrase = 'is not in this data model';
      const seen = { missing: false };
      (window as unknown as { relataSeen: typeof seen }).relataSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const texts = [record.target.textContent, ...[...record.addedNodes].map((n) => n.textContent)];
          if (texts.some((text) => text?.includes(phrase))) seen.missing = true;
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('One field', 'Create a new alias field…');
    await form.control('New one field name').fill('articles');
    await form.save();
    await form.expectSaved();

    await expect(page).toHaveURL(/[?&]relationship=articles\.category(&|$)/);
    await expect(relata.panel.getByRole('heading', { name: 'articles.category', level: 2 })).toBeVisible();
    await expect(relata.panel.getByText('O2M', { exact: true })).toBeVisible();
    await expect(relata.edge('articles.category → categories.articles (O2M)')).toHaveCount(1);
    await expect(relata.panel).not.toContainText('is not in this data model');
    expect(
      await page.evaluate(
        () => (window as unknown as { relataSeen: { missing: boolean } }).relataSeen.missing,
      ),
    ).toBe(false);
    expect(await relationShape(freshDirectus, 'articles', 'category')).toMatchObject({
      one_field: 'articles',
    });
  });
});

/** The M2M and M2A of the failure tests, filled in and previewed, not yet created. */
async function fillManyToMany(dialog: NewRelationshipDialog) {
  await dialog.choose('Kind', 'Many to many');
  await dialog.choose('Collection', 'authors');
  await dialog.choose('Related collection', 'tags');
  await dialog.fill('Reverse field name', 'authors');
  await dialog.preview();
}

async function fillManyToAny(dialog: NewRelationshipDialog) {
  await dialog.choose('Kind', 'Many to any');
  await dialog.choose('Collection', 'pages');
  await dialog.chooseAll('Allowed collections', ['block_text', 'block_cta']);
  await dialog.fill('Field name', 'sections');
  await dialog.preview();
}

const MANY_TO_MANY = {
  fill: fillManyToMany,
  edges: ['authors.tags ⇄ tags (M2M via authors_tags)'],
  gone: {
    collections: ['authors_tags'],
    fields: ['authors.tags', 'tags.authors'],
    relations: ['authors_tags.authors_id', 'authors_tags.tags_id'],
  },
};
const MANY_TO_ANY = {
  fill: fillManyToAny,
  edges: [
    'pages.sections ⇄ block_text (M2A via pages_sections)',
    'pages.sections ⇄ block_cta (M2A via pages_sections)',
  ],
  gone: {
    collections: ['pages_sections'],
    fields: ['pages.sections'],
    relations: ['pages_sections.pages_id', 'pages_sections.item'],
  },
};

test.describe('a failed create leaves no trace @write', () => {
  test.beforeEach(async ({ relata, freshDirectus }) => {
    await connect(relata, freshDirectus);
  });

  for (const [name, kind] of [
    ['many-to-many', MANY_TO_MANY],
    ['many-to-any', MANY_TO_ANY],
  ] as const) {
    test(`a ${name} whose apply is aborted or answered 500`, async ({ relata, freshDirectus, page }) => {
      const dialog = await relata.newRelationship();
      await kind.fill(dialog);
      const notCreated = dialog.dialog.getByRole('alert').filter({ hasText: 'Not created' });

      await page.route('**/schema/apply', (route) => route.abort('connectionreset'), { times: 1 });
      await dialog.create();
      await expect(notCreated).toContainText('Could not reach Directus');
      for (const edge of kind.edges) await expect(relata.edge(edge)).toHaveCount(0);
      await expectGone(freshDirectus, kind.gone);

      await page.route(
        '**/schema/apply',
        (route) =>
          route.fulfill({
            status: 500,
            json: {
              errors: [{ message: 'Injected failure', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            },
          }),
        { times: 1 },
      );
      await dialog.create();
      await expect(notCreated).toContainText('Injected failure');
      for (const edge of kind.edges) await expect(relata.edge(edge)).toHaveCount(0);
      await expectGone(freshDirectus, kind.gone);
    });
  }

  test('a many-to-many whose apply answer is lost is checked, and counts as created', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const dialog = await relata.newRelationship();
    await fillManyToMany(dialog);
    // Directus gets the apply and makes the change; the page never hears back.
    await page.route(
      '**/schema/apply',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await dialog.create();
    await created(relata, 'authors.tags');
    await expect(relata.edge(MANY_TO_MANY.edges[0] ?? '')).toHaveCount(1);
    expect(await relationShape(freshDirectus, 'authors_tags', 'authors_id')).toMatchObject({
      one_field: 'tags',
      junction_field: 'tags_id',
    });
  });

  test('a many-to-many that Directus refuses half-way through its apply', async ({
    relata,
    freshDirectus,
  }) => {
    const dialog = await relata.newRelationship();
    await fillManyToMany(dialog);
    // A column Directus does not track is left out of /schema/snapshot, so Relata's checks pass;
    // Directus sees it when it comes to the reverse alias, after the junction and authors.tags.
    await addUntrackedColumn(freshDirectus, 'tags', 'authors');
    await dialog.create();
    const notCreated = dialog.dialog.getByRole('alert').filter({ hasText: 'Not created' });
    await expect(notCreated).toContainText('Field "authors" already exists in collection "tags"');
    await expect(relata.edge(MANY_TO_MANY.edges[0] ?? '')).toHaveCount(0);
    await expectGone(freshDirectus, MANY_TO_MANY.gone);

    // The dialog keeps what was typed. Directus's schema cache hides the untracked column from
    // GET /fields, so Relata cannot point at it; another name goes through.
    await expect(dialog.textbox('Reverse field name')).toHaveValue('authors');
    await dialog.fill('Reverse field name', 'writers');
    await dialog.create();
    await created(relata, 'authors.tags');
    expect(await relationShape(freshDirectus, 'authors_tags', 'tags_id')).toMatchObject({
      one_field: 'writers',
    });
  });

  test('a many-to-any that Directus refuses at its last relation', async ({ relata, freshDirectus }) => {
    const dialog = await relata.newRelationship();
    await fillManyToAny(dialog);
    // The item relation is the plan's last step: the junction, its fields, pages.sections and the
    // relation to pages (with its foreign key) are made by then.
    await failRelationOf(freshDirectus, 'pages_sections', 'item');
    await dialog.create();
    const notCreated = dialog.dialog.getByRole('alert').filter({ hasText: 'Not created' });
    await expect(notCreated).toContainText('refused by a test trigger: relation pages_sections.item');
    for (const edge of MANY_TO_ANY.edges) await expect(relata.edge(edge)).toHaveCount(0);
    await expectGone(freshDirectus, MANY_TO_ANY.gone);

    await dropFailTrigger(freshDirectus);
    await dialog.create();
    await created(relata, 'pages.sections');
    for (const edge of MANY_TO_ANY.edges) await expect(relata.edge(edge)).toHaveCount(1);
  });

  test('a many-to-one dragged onto a collection, refused after its foreign key was added, leaves the table as it was', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const { api } = freshDirectus;
    await api.request(
      createField('articles', {
        field: 'reviewer',
        type: 'integer',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await api.request(updateItem('articles', 1, { reviewer: 1 }));
    // Directus adds the foreign key (on SQLite by rebuilding articles, rows and all) before it
    // writes the relation row this trigger refuses.
    await failRelationOf(freshDirectus, 'articles', 'reviewer');
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.expectDiagram();

    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'The relation was not created' })).toContainText(
      'refused by a test trigger: relation articles.reviewer',
    );
    await expect(relata.edge('articles.reviewer → authors (M2O)')).toHaveCount(0);
    // A foreign key left behind would read back as a relation without meta (SQLite keeps those).
    await expectGone(freshDirectus, { relations: ['articles.reviewer'] });
    expect(await api.request(readItem('articles', 1, { fields: ['title', 'author', 'reviewer'] }))).toEqual({
      title: 'Hello Relata',
      author: 1,
      reviewer: 1,
    });

    await dropFailTrigger(freshDirectus);
    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    expect(await relationShape(freshDirectus, 'articles', 'reviewer')).toMatchObject({
      related_collection: 'authors',
      on_delete: 'SET NULL',
    });
  });
});
