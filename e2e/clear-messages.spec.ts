import { deleteRelation, readRelation } from '@directus/sdk';
import { expect, test } from './fixtures';
import { relationOrNull } from './support/directus';
import { RelationFormPage } from './support/relata-page';
import { createViewer } from './support/users';

// Each test may start a Directus of its own; on a loaded 2-core machine that alone can take 30 s.
test.describe.configure({ timeout: 120_000 });

test.describe('connecting: what people paste', () => {
  test('a Data Studio address is trimmed to the server URL', async ({ relata, demoDirectus, page }) => {
    await relata.open();
    await relata.connectWithToken(
      `${demoDirectus.url}/admin/content/articles?bookmark=1`,
      demoDirectus.token,
    );
    await expect(relata.node('articles')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(demoDirectus.url);
    await expect(page.getByRole('banner')).not.toContainText('/admin');
  });

  test('a static token with spaces around it is trimmed', async ({ relata, demoDirectus }) => {
    await relata.open();
    await relata.connectWithToken(demoDirectus.url, `  ${demoDirectus.token} \t`);
    await expect(relata.node('articles')).toBeVisible();
  });
});

test.describe('what a role may read', () => {
  test('a role that cannot read the schema is told so, not that writes need an admin', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    // No app access: the role may read articles' items, but not directus_relations.
    const user = await createViewer(freshDirectus, ['articles'], { appAccess: false });
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, user.token);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the data model' });
    await expect(alert).toContainText('Your Directus role cannot read the data model');
    await expect(alert).toContainText('directus_relations');
    await expect(alert).not.toContainText('need an admin');
    await expect(page.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0);
  });

  test('a read-only user is told the diagram shows only what their role can read', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const viewer = await createViewer(freshDirectus, ['articles', 'authors']);
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, viewer.token);
    await expect(page.getByRole('status').filter({ hasText: 'Read-only' })).toContainText(
      'The diagram shows only the collections, fields and relations your role can read',
    );
    await expect(relata.node('articles')).toBeVisible();
    await expect(relata.node('pages')).toHaveCount(0);
  });

  test('?collection= for a collection that does not exist says so', async ({ relata, demoDirectus }) => {
    await relata.open('/?collection=no_such_collection');
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    await expect(relata.panel).toContainText('There is no collection named no_such_collection');
  });
});

test.describe('saving a relation deleted in Directus meanwhile @write', () => {
  test.beforeEach(async ({ relata, freshDirectus, page }) => {
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.selectEdge('articles.category → categories (M2O)');
    await new RelationFormPage(page, 'articles.category').choose('On update', 'CASCADE');
    await freshDirectus.api.request(deleteRelation('articles', 'category'));
  });

  test('keeps the form, names the relation, and can re-create it', async ({ freshDirectus, page }) => {
    const form = new RelationFormPage(page, 'articles.category');
    await form.save();
    const notice = form.form
      .getByRole('alert')
      .filter({ hasText: 'Deleted in Directus since you opened it' });
    await expect(notice).toContainText('articles.category was deleted in Directus since you opened it.');
    await expect(notice.getByRole('list', { name: 'Your changes' })).toContainText(
      'schema.on_update: NO ACTION → CASCADE',
    );
    await expect(form.select('On update')).toHaveValue('CASCADE');
    await expect(form.form.getByRole('status')).toHaveCount(0);
    expect(
      (await relationOrNull(freshDirectus.api.request(readRelation('articles', 'category'))))?.meta ?? null,
    ).toBeNull();

    await notice.getByRole('button', { name: 'Re-create it' }).click();
    await form.expectSaved();
    const relation = (await freshDirectus.api.request(readRelation('articles', 'category'))) as unknown as {
      related_collection: string;
      meta: object | null;
      schema: { on_update: string; on_delete: string };
    };
    expect(relation.related_collection).toBe('categories');
    expect(relation.meta).not.toBeNull();
    expect(relation.schema.on_update).toBe('CASCADE');
    expect(relation.schema.on_delete).toBe('SET NULL');
  });

  test('or discard the changes, leaving Directus as it is', async ({
    freshDirectus,
    page,
    relata,
    database,
  }) => {
    const form = new RelationFormPage(page, 'articles.category');
    await form.save();
    const notice = form.form
      .getByRole('alert')
      .filter({ hasText: 'Deleted in Directus since you opened it' });
    await notice.getByRole('button', { name: 'Discard my changes' }).click();
    await expect(notice).toHaveCount(0);
    if (database === 'sqlite') {
      // SQLite keeps the foreign key after the DELETE: the relation is still there, without meta,
      // and the form shows it as Directus has it, nothing left to save.
      await expect(form.form.getByRole('button', { name: 'Save relation' })).toBeDisabled();
    } else {
      await expect(relata.panel).toContainText(
        'The relationship articles.category is not in this data model: it may have been deleted in Directus.',
      );
    }
    const after = await relationOrNull(freshDirectus.api.request(readRelation('articles', 'category')));
    expect(after?.meta ?? null).toBeNull();
  });
});
