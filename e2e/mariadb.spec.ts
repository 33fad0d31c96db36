// On MariaDB /schema/apply is not all-or-nothing (each DDL commits; directus/FINDINGS.md (f)), so
// Relata commits step by step and undoes the steps made when one fails.
import { readField, readRelation } from '@directus/sdk';
import { expect, test } from './fixtures';
import { errorCodeOf } from './support/directus';
import { recordWrites } from './support/requests';

test.describe('an ordered commit on MariaDB @mariadb', () => {
  // Each test starts a Directus of its own: on a loaded machine that alone can take half a minute.
  test.describe.configure({ timeout: 120_000 });

  test('a failure in the middle leaves nothing behind: the steps made are undone', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.openConnected(freshDirectus);
    const writes = recordWrites(page, freshDirectus.url);
    let count = 0;
    // The 2nd write to the schema (the reverse alias on authors) never reaches Directus; the save
    // lock's row in directus_presets is not one of them.
    await page.route(`${freshDirectus.url}/**`, async (route) => {
      const request = route.request();
      if (
        request.method() !== 'GET' &&
        /\/(fields|relations|collections)(\/|$)/.test(new URL(request.url()).pathname)
      ) {
        count += 1;
        if (count === 2) return route.abort('connectionreset');
      }
      await route.fallback();
    });

    await page.getByLabel('New relation from comments').dragTo(relata.node('authors'));
    const dialog = page.getByRole('dialog', { name: 'New relationship' });
    await dialog.getByLabel('Reverse field name').fill('comments');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Could not reach Directus');
    await expect(dialog.getByRole('alert')).toContainText('undone: nothing was changed');

    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /fields/comments',
      'POST /fields/authors',
      'DELETE /fields/comments/authors_id',
    ]);
    expect(await errorCodeOf(freshDirectus.api.request(readField('comments', 'authors_id')))).toBe(
      'FORBIDDEN',
    );
    expect(await errorCodeOf(freshDirectus.api.request(readField('authors', 'comments')))).toBe('FORBIDDEN');
    expect(await errorCodeOf(freshDirectus.api.request(readRelation('comments', 'authors_id')))).toBe(
      'FORBIDDEN',
    );
  });
});
