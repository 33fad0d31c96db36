// The current Directus over /graphql/system, chosen in the connect screen's advanced options;
// every result is checked over REST.
import { createField, readRelation } from '@directus/sdk';
import { expect, test } from './fixtures';
import { relationOrNull } from './support/directus';
import { RelationFormPage } from './support/relata-page';
import { mutationOf, recordWrites } from './support/requests';

const relationOf = (body: unknown) =>
  body as {
    meta: Record<string, unknown> | null;
    schema: Record<string, unknown> | null;
    related_collection: string | null;
  };

test.describe('editing over GraphQL', () => {
  // Each test starts a Directus of its own: on a loaded machine that alone can take half a minute.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ relata, freshDirectus }) => {
    await freshDirectus.api.request(
      createField('articles', {
        field: 'reviewer',
        type: 'integer',
        meta: { interface: 'input' },
        schema: {},
      }),
    );
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token, { dialect: 'GraphQL' });
    await relata.expectDiagram();
    await expect(relata.dialectBadge).toHaveText('GraphQL');
  });

  test('dragging a field onto a collection creates the relation with create_relations_item', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const writes = recordWrites(page, freshDirectus.url);
    await page.getByLabel('Connect articles.reviewer').dragTo(relata.node('authors'));
    await expect(page.getByRole('alert').filter({ hasText: 'Relation created' })).toBeVisible();
    await expect(relata.edge('articles.reviewer → authors (M2O)')).toHaveCount(1);
    expect(writes.map((w) => `${w.path} ${mutationOf(w)}`)).toEqual([
      '/graphql/system create_relations_item',
    ]);
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'reviewer')));
    expect(relation.related_collection).toBe('authors');
    expect(relation.schema?.on_delete).toBe('SET NULL');
  });

  test('the form saves with update_relations_item, keeping what it does not change', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const writes = recordWrites(page, freshDirectus.url);
    await relata.selectEdge('articles.category → categories (M2O)');
    const form = new RelationFormPage(page, 'articles.category');
    await form.choose('On delete', 'CASCADE');
    await form.choose('Sort field', 'reviewer');
    await form.save();
    await form.expectSaved();
    expect(writes.map(mutationOf)).toEqual(['update_relations_item']);
    const relation = relationOf(await freshDirectus.api.request(readRelation('articles', 'category')));
    expect(relation.schema?.on_delete).toBe('CASCADE');
    expect(relation.schema?.on_update).toBe('NO ACTION');
    expect(relation.meta?.sort_field).toBe('reviewer');

    await form.form.getByRole('button', { name: 'Copy as' }).click();
    await page.getByRole('menuitem', { name: '@directus/sdk' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Copy as @directus/sdk' }).getByLabel('Request'),
    ).toContainText('await client.query(');
  });

  test('deleting a relation sends delete_relations_item', async ({ relata, freshDirectus, page }) => {
    const writes = recordWrites(page, freshDirectus.url);
    await relata.selectEdge('articles.category → categories (M2O)');
    await new RelationFormPage(page, 'articles.category').form
      .getByRole('button', { name: 'Delete relation' })
      .click();
    await page
      .getByRole('dialog', { name: 'Delete relation articles.category' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(writes.map(mutationOf)).toEqual(['delete_relations_item']);
    // On SQLite the constraint stays and reads back without its row (meta null).
    const after = await relationOrNull(freshDirectus.api.request(readRelation('articles', 'category')));
    expect(relationOf(after)?.meta ?? null).toBeNull();
  });
});
