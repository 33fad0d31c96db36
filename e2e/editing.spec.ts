import { createField, readField, readRelation, updateRelation } from '@directus/sdk';
import type { Page, Request, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { errorCodeOf, relationOrNull } from './support/directus';
import { NewRelationshipDialog, RelationFormPage } from './support/relata-page';

const relationOf = (body: unknown) =>
  body as {
    meta: Record<string, unknown>;
    schema: Record<string, unknown> | null;
    related_collection: string | null;
  };

/** Writes the page sends to Directus: to the schema, relations, fields or collections. */
function recordWrites(page: Page): Request[] {
  const writes: Request[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (
      /\/schema\//.test(path) ||
      (request.method() !== 'GET' && /\/(relations|fields|collections)(\/|$)/.test(path))
    )
      writes.push(request);
  });
  return writes;
}

/** Answers every PATCH of one relation (how the form saves a relation) with an injected error. */
async function failRelationPatch(
  page: Page,
  relationKey: string,
  status: number,
  error: { message: string; extensions: Record<string, string> },
) {
  await page.route(`**/relations/${relationKey.replace('.', '/')}`, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status, json: { errors: [error] } })
      : route.fallback(),
  );
}

/**
 * Makes the next write fail: /schema/apply, or on MariaDB (where Relata commits step by step
 * instead) the first write to the relations, fields or collections endpoints.
 */
async function failNextWrite(page: Page, fail: (route: Route) => Promise<void>) {
  let failed = false;
  await page.route(
    (url) => /\/schema\/apply$|\/(relations|fields|collections)(\/|$)/.test(url.pathname),
    async (route) => {
      const request = route.request();
      const write = request.method() !== 'GET' && !/\/schema\/(diff|snapshot)/.test(request.url());
      if (write && !failed) {
        failed = true;
        return fail(route);
      }
      await route.fallback();
    },
  );
}

/** Answers the next write with an injected Directus error. */
async function failApply(
  page: Page,
  status: number,
  error: { message: string; extensions: Record<string, string> },
) {
  await failNextWrite(page, (route) => route.fulfill({ status, json: { errors: [error] } }));
}

// Each story starts its own Directus and lays the demo out before it begins: on a busy machine
// (PostgreSQL especially) that alone took most of the default minute.
test.describe.configure({ timeout: 120_000 });

test.describe('editing relations on the canvas @write', () => {
  test.beforeEach(async ({ relata, freshDirectus }) => {
    await freshDirectus.api.request(
      createField('articles', {
        field: 'reviewer',
        type: 'integer',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await freshDirectus.api.request(
      createField('articles', {
        field: 'author_name',
        type: 'string',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await relata.openConnected(freshDirectus);
  });

  test('dragging a field onto a collection creates a many-to-one @versions', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    // Hold the create back a moment so the pending state can be seen.
    await page.route('**/schema/apply', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    const edge = relata.edge('articles.reviewer → authors (M2O)');
    await expect(edge).toHaveAttribute('data-pending', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    await expect(edge).toHaveCount(1);
    await expect(edge).not.toHaveAttribute('data-pending', 'true');
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'reviewer')));
    expect(relation.related_collection).toBe('authors');
    expect(relation.schema?.foreign_key_table).toBe('authors');
    expect(relation.schema?.on_delete).toBe('SET NULL');
  });

  test("the collection's new-relation handle opens the new relationship dialog, prefilled", async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await page.getByLabel('New relation from comments').dragTo(relata.node('authors'));
    const dialog = new NewRelationshipDialog(page);
    await expect(dialog.select('Kind')).toHaveValue('Many to one');
    await expect(dialog.select('Collection')).toHaveValue('comments');
    await expect(dialog.select('Related collection')).toHaveValue('authors');
    await expect(dialog.textbox('Field name')).toHaveValue('authors_id');
    await dialog.fill('Reverse field name', 'comments');
    await dialog.choose('On delete', 'CASCADE');
    await expect(await dialog.preview()).toHaveText([
      /Create field comments.authors_id \(integer, m2o\)/,
      /Create field authors.comments \(alias, o2m\)/,
      /Create relation comments.authors_id → authors \(alias authors.comments, on delete CASCADE\)/,
    ]);
    await dialog.create();
    await expect(relata.edge('comments.authors_id → authors.comments (O2M)')).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: 'Relationship created' })).toBeVisible();
    const field = await freshDirectus.api.request(readField('comments', 'authors_id'));
    expect(field.type).toBe('integer');
    const alias = await freshDirectus.api.request(readField('authors', 'comments'));
    expect(alias.type).toBe('alias');
    const relation = relationOf(await freshDirectus.api.request(readRelation('comments', 'authors_id')));
    expect(relation.meta.one_field).toBe('comments');
    expect(relation.schema?.on_delete).toBe('CASCADE');
  });

  test('a type mismatch is refused before any request', async ({ relata, freshDirectus, page }) => {
    const writes = recordWrites(page);
    await page.getByLabel('Connect articles.author_name').dragTo(relata.node('authors'));
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'No relation from articles.author_name to authors' });
    await expect(refusal).toContainText('string');
    await expect(refusal).toContainText('integer');
    expect(writes).toHaveLength(0);
    expect(await errorCodeOf(freshDirectus.api.request(readRelation('articles', 'author_name')))).toBe(
      'FORBIDDEN',
    );
  });

  test('the form saves on_delete, on_update, one_deselect_action, sort_field and one_field @versions', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('On delete', 'CASCADE');
    await form.choose('On update', 'CASCADE');
    await form.choose('One deselect action', 'delete (delete the related item)');
    await form.choose('Sort field', 'Create a new sort field…');
    await form.control('New sort field name').fill('author_sort');
    await form.choose('One field', 'Create a new alias field…');
    await form.control('New one field name').fill('works');
    await form.save();
    await form.expectSaved();
    let relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'author')));
    expect(relation.schema?.on_delete).toBe('CASCADE');
    expect(relation.schema?.on_update).toBe('CASCADE');
    expect(relation.meta.one_deselect_action).toBe('delete');
    expect(relation.meta.sort_field).toBe('author_sort');
    expect(relation.meta.one_field).toBe('works');
    expect((await freshDirectus.api.request(readField('articles', 'author_sort'))).type).toBe('integer');
    expect((await freshDirectus.api.request(readField('authors', 'works'))).type).toBe('alias');

    // A second save of one meta field must not reset the foreign-key actions (Directus resets
    // what a PATCH leaves out).
    await form.choose('One deselect action', 'nullify (clear the foreign key)');
    await form.save();
    await form.expectSaved();
    relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'author')));
    expect(relation.meta.one_deselect_action).toBe('nullify');
    expect(relation.schema?.on_delete).toBe('CASCADE');
    expect(relation.schema?.on_update).toBe('CASCADE');
  });

  test('existing alias and sort fields can be chosen', async ({ relata, freshDirectus, page }) => {
    await freshDirectus.api.request(
      createField('comments', {
        field: 'position',
        type: 'integer',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await freshDirectus.api.request(
      createField('articles', {
        field: 'discussion',
        type: 'alias',
        meta: { interface: 'list-o2m', special: ['o2m'] },
      }),
    );
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.selectEdge('comments.article → articles.comments (O2M)');
    const form = new RelationFormPage(page, 'comments.article');
    await form.choose('Sort field', 'position');
    await form.choose('One field', 'discussion');
    await form.save();
    await form.expectSaved();
    const relation = relationOf(await freshDirectus.api.request(readRelation('comments', 'article')));
    expect(relation.meta.sort_field).toBe('position');
    expect(relation.meta.one_field).toBe('discussion');
    expect(relation.schema?.on_delete).toBe('CASCADE');
  });

  test('SET NULL on a NOT NULL field is refused in the form', async ({ relata, page }) => {
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    const writes = recordWrites(page);
    await form.choose('On delete', 'SET NULL');
    await expect(form.form).toContainText('NOT NULL');
    await expect(form.form.getByRole('button', { name: 'Save relation' })).toBeDisabled();
    expect(writes).toHaveLength(0);
  });

  test('a server failure rolls the change back, says why and keeps the form', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await failRelationPatch(page, 'articles.author', 500, {
      message: 'Injected failure',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('On update', 'CASCADE');
    await form.save();
    await expect(form.form.getByRole('alert')).toContainText('Injected failure');
    await expect(form.select('On update')).toHaveValue('CASCADE');
    await expect(relata.property('articles.author', 'schema', 'on_update')).toHaveText('NO ACTION');
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'author')));
    expect(relation.schema?.on_update).toBe('NO ACTION');
  });

  test("Directus's INVALID_PAYLOAD reason is shown next to the control it concerns", async ({
    relata,
    page,
  }) => {
    await failRelationPatch(page, 'articles.category', 400, {
      message: 'Invalid payload. "on_delete" must be one of [NO ACTION, CASCADE].',
      extensions: { code: 'INVALID_PAYLOAD', reason: '"on_delete" must be one of [NO ACTION, CASCADE]' },
    });
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('On delete', 'RESTRICT');
    await form.save();
    await expect(form.select('On delete')).toHaveAccessibleDescription(/"on_delete" must be one of/);
    await expect(form.select('On delete')).toHaveValue('RESTRICT');
  });

  test('an expired session asks to sign in again and keeps the form', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    // The save's first read of the relation is refused as expired.
    await page.route(
      '**/relations/articles/category',
      (route) =>
        route.fulfill({
          status: 401,
          json: { errors: [{ message: 'Token expired.', extensions: { code: 'TOKEN_EXPIRED' } }] },
        }),
      { times: 1 },
    );
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('On update', 'CASCADE');
    await form.save();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.getByLabel('Static token').fill(freshDirectus.token);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(form.select('On update')).toHaveValue('CASCADE');
    await form.save();
    await form.expectSaved();
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'category')));
    expect(relation.schema?.on_update).toBe('CASCADE');
  });

  test('an aborted create rolls the new edge back', async ({ relata, freshDirectus, page }) => {
    await failNextWrite(page, (route) => route.abort('connectionreset'));
    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'The relation was not created' })).toContainText(
      'Could not reach Directus',
    );
    await expect(relata.edge('articles.reviewer → authors (M2O)')).toHaveCount(0);
    expect(await errorCodeOf(freshDirectus.api.request(readRelation('articles', 'reviewer')))).toBe(
      'FORBIDDEN',
    );
  });

  test("a 500 from /schema/apply is reported with Directus's own message and nothing is created", async ({
    relata,
    freshDirectus,
    page,
  }) => {
    // What 11.16.1 answered once in five overlapping relation writes.
    await failApply(page, 500, {
      message: "Cannot assign to read only property 'constraint_name' of object '#<Object>'",
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'The relation was not created' })).toContainText(
      "Directus failed with an internal error: Cannot assign to read only property 'constraint_name'",
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toHaveCount(0);
    await expect(relata.edge('articles.reviewer → authors (M2O)')).toHaveCount(0);
    expect(await errorCodeOf(freshDirectus.api.request(readRelation('articles', 'reviewer')))).toBe(
      'FORBIDDEN',
    );
  });

  test('a change made behind the editor’s back triggers the conflict prompt', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('One deselect action', 'delete (delete the related item)');
    await freshDirectus.api.request(
      updateRelation('articles', 'author', {
        collection: 'articles',
        field: 'author',
        related_collection: 'authors',
        meta: { one_field: 'articles' },
        schema: { on_delete: 'NO ACTION', on_update: 'NO ACTION' },
      } as never),
    );
    await form.save();
    const prompt = form.form
      .getByRole('alert')
      .filter({ hasText: 'Changed in Directus since you opened it' });
    await expect(prompt).toContainText('schema.on_delete: RESTRICT → NO ACTION');
    await prompt.getByRole('button', { name: 'Overwrite' }).click();
    await form.expectSaved();
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'author')));
    expect(relation.meta.one_deselect_action).toBe('delete');
    expect(relation.schema?.on_delete).toBe('RESTRICT');
  });

  test('reload takes the server’s version after a conflict', async ({ relata, freshDirectus, page }) => {
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('On update', 'CASCADE');
    await freshDirectus.api.request(
      updateRelation('articles', 'category', {
        collection: 'articles',
        field: 'category',
        related_collection: 'categories',
        meta: {},
        schema: { on_delete: 'CASCADE', on_update: 'NO ACTION' },
      } as never),
    );
    await form.save();
    await form.form.getByRole('button', { name: 'Reload' }).click();
    await expect(form.select('On delete')).toHaveValue('CASCADE');
    await expect(form.select('On update')).toHaveValue('NO ACTION');
  });

  test('delete removes the relation but keeps the column @versions', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.selectEdge('articles.category → categories (M2O)');
    await page
      .getByRole('form', { name: 'Edit relation articles.category' })
      .getByRole('button', { name: 'Delete relation' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete relation articles.category' });
    await expect(dialog).toContainText('The column articles.category and its data stay.');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    const after = await relationOrNull(freshDirectus.api.request(readRelation('articles', 'category')));
    if (freshDirectus.db === 'sqlite') {
      // SQLite keeps the constraint: the relation comes back without its meta row.
      expect(after?.meta).toBeNull();
      await expect(relata.edge('articles.category → categories (M2O)')).toHaveCount(1);
    } else {
      expect(after).toBeNull();
      await expect(relata.edge('articles.category → categories (M2O)')).toHaveCount(0);
    }
    expect((await freshDirectus.api.request(readField('articles', 'category'))).field).toBe('category');
  });

  test('delete with the field drops the column, behind a typed confirmation', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.selectEdge('authors.user → directus_users (M2O)');
    await page
      .getByRole('form', { name: 'Edit relation authors.user' })
      .getByRole('button', { name: 'Delete relation' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete relation authors.user' });
    await dialog.getByLabel('Also delete the field authors.user (drops the column and all its data)').check();
    const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type authors.user to confirm').fill('authors.user');
    await confirm.click();
    await expect(dialog).toHaveCount(0);
    await expect(relata.edge('authors.user → directus_users (M2O)')).toHaveCount(0);
    expect(await errorCodeOf(freshDirectus.api.request(readField('authors', 'user')))).toBe('FORBIDDEN');
  });

  test('several selected edges are deleted together', async ({ relata, freshDirectus, page }) => {
    await relata.clickEdge('articles.category → categories (M2O)');
    await relata.clickEdge('block_hero.image → directus_files (file)', ['Control']);
    await relata.panel.getByRole('button', { name: 'Delete 2 relations' }).click();
    await page
      .getByRole('dialog', { name: 'Delete 2 relations' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    for (const [collection, field] of [
      ['articles', 'category'],
      ['block_hero', 'image'],
    ] as const) {
      const after = await relationOrNull(freshDirectus.api.request(readRelation(collection, field)));
      expect(after?.meta ?? null).toBeNull();
    }
  });

  test('copy as shows the exact request without the token', async ({ relata, freshDirectus, page }) => {
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('On delete', 'CASCADE');
    await form.form.getByRole('button', { name: 'Copy as' }).click();
    await page.getByRole('menuitem', { name: 'curl' }).click();
    const code = page.getByRole('dialog').getByLabel('Request');
    await expect(code).toContainText(`curl -X PATCH '${freshDirectus.url}/relations/articles/category'`);
    await expect(code).toContainText('"on_delete": "CASCADE"');
    await expect(code).not.toContainText(freshDirectus.token);
    await page.keyboard.press('Escape');
    await form.form.getByRole('button', { name: 'Copy as' }).click();
    await page.getByRole('menuitem', { name: 'GraphQL (/graphql/system)' }).click();
    const graphql = page.getByRole('dialog').getByLabel('Request');
    await expect(graphql).toContainText(
      'update_relations_item(collection: $collection, field: $field, data: $data)',
    );
    await expect(graphql).toContainText('"collection": "articles"');
  });
});
