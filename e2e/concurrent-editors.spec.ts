import { readRelation } from '@directus/sdk';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { RelataPage, RelationFormPage } from './support/relata-page';

// Each test may start a Directus of its own; on a loaded 2-core machine that alone can take 30 s.
test.describe.configure({ timeout: 120_000 });

interface Held {
  on_update: string;
  one_deselect_action: string;
}

const DESELECT_LABEL: Record<string, string> = {
  nullify: 'nullify (clear the foreign key)',
  delete: 'delete (delete the related item)',
};

/** How a save ended in one editor: "Saved to Directus" or the conflict prompt. */
async function outcome(form: RelationFormPage): Promise<'saved' | 'conflict'> {
  const saved = form.form.getByRole('status').filter({ hasText: 'Saved to Directus' });
  const conflict = form.form
    .getByRole('alert')
    .filter({ hasText: 'Changed in Directus since you opened it' });
  await expect(saved.or(conflict)).toBeVisible();
  return (await saved.count()) > 0 ? 'saved' : 'conflict';
}

const prompt = (form: RelationFormPage): Locator =>
  form.form.getByRole('alert').filter({ hasText: 'Changed in Directus since you opened it' });

test.describe('two editors saving the same relation at once @write', () => {
  test('one is saved, the other is shown both changes, and nothing is lost silently (4 rounds)', async ({
    relata,
    freshDirectus,
    browser,
    appOrigin,
    page,
  }) => {
    test.setTimeout(180_000);
    const otherPage = await browser.newPage({ baseURL: appOrigin });
    const other = new RelataPage(otherPage);
    try {
      for (const editor of [relata, other]) {
        await editor.open();
        await editor.connectWithToken(freshDirectus.url, freshDirectus.token);
        await editor.selectEdge('articles.author → authors.articles (O2M)');
      }
      // One editor changes on_update, the other one_deselect_action.
      const formA = new RelationFormPage(page, 'articles.author');
      const formB = new RelationFormPage(otherPage, 'articles.author');
      const read = async (): Promise<Held> => {
        const relation = (await freshDirectus.api.request(readRelation('articles', 'author'))) as unknown as {
          meta: { one_deselect_action: string };
          schema: { on_update: string };
        };
        return {
          on_update: relation.schema.on_update,
          one_deselect_action: relation.meta.one_deselect_action,
        };
      };

      for (let round = 1; round <= 4; round += 1) {
        const before = await read();
        const onUpdate = before.on_update === 'CASCADE' ? 'NO ACTION' : 'CASCADE';
        const deselect = before.one_deselect_action === 'delete' ? 'nullify' : 'delete';
        await formA.choose('On update', onUpdate);
        await formB.choose('One deselect action', DESELECT_LABEL[deselect] ?? deselect);

        await Promise.all([formA.save(), formB.save()]);
        const outcomes = await Promise.all([outcome(formA), outcome(formB)]);
        expect(outcomes.sort(), `round ${round}`).toEqual(['conflict', 'saved']);

        const aWon = (await outcome(formA)) === 'saved';
        const after = await read();
        // Exactly the winner's change; the loser's is not on the server…
        expect(after, `round ${round}`).toEqual(
          aWon ? { ...before, on_update: onUpdate } : { ...before, one_deselect_action: deselect },
        );
        // …and the loser is shown what the winner changed and what it itself would change.
        const loser = aWon ? formB : formA;
        const theirs = aWon
          ? `schema.on_update: ${before.on_update} → ${onUpdate}`
          : `meta.one_deselect_action: ${before.one_deselect_action} → ${deselect}`;
        const mine = aWon
          ? `meta.one_deselect_action: ${before.one_deselect_action} → ${deselect}`
          : `schema.on_update: ${before.on_update} → ${onUpdate}`;
        await expect(prompt(loser).getByRole('list', { name: 'What changed' })).toContainText(theirs);
        await expect(prompt(loser).getByRole('list', { name: 'Your changes' })).toContainText(mine);

        // The loser takes the server's version: both editors agree again for the next round.
        await prompt(loser).getByRole('button', { name: 'Reload' }).click();
        await expect(prompt(loser)).toHaveCount(0);
        await expect(loser.select('On update')).toHaveValue(after.on_update);
        await expect(loser.select('One deselect action')).toHaveValue(
          DESELECT_LABEL[after.one_deselect_action] ?? after.one_deselect_action,
        );
      }
    } finally {
      await otherPage.close();
    }
  });
});
