import { expect, test } from './fixtures';
import { startDirectus } from './support/directus';
import { recordTraffic, requestsIn, sentBeforeAnswerTo } from './support/requests';
import { createViewer } from './support/users';

test.describe('connecting to a Directus', () => {
  test('a wrong token says so and keeps the form', async ({ relata, demoDirectus, page }) => {
    await relata.open();
    await relata.connectWithToken(demoDirectus.url, 'not-the-token');
    await expect(relata.connectError).toContainText('did not accept these credentials');
    await expect(page.getByLabel('Directus URL')).toHaveValue(demoDirectus.url);
  });

  test('a token draws the diagram with four requests to Directus 11 and later, two at a time @versions', async ({
    relata,
    demoDirectus,
    page,
    version,
  }) => {
    await relata.open();
    const traffic = recordTraffic(page, demoDirectus.url);
    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.expectDiagram();
    const onLoad = [...traffic];
    // No /server/ping, no /presets (shared layouts), /relations once. Directus 10 has no
    // policies: whether the user is an admin takes one more request there, over REST.
    const policies = Number(version.split('.')[0]) >= 11;
    expect(requestsIn(onLoad)).toEqual(
      [
        'POST /graphql/system',
        'GET /relations',
        'GET /collections',
        'GET /fields',
        ...(policies ? [] : ['GET /users/me']),
      ].sort(),
    );
    if (policies) expect(requestsIn(onLoad).length).toBeLessThanOrEqual(4);
    expect(sentBeforeAnswerTo(onLoad, 'GET /relations', 'POST /graphql/system')).toBe(true);
    expect(sentBeforeAnswerTo(onLoad, 'POST /graphql/system', 'GET /relations')).toBe(true);
    expect(sentBeforeAnswerTo(onLoad, 'GET /collections', 'GET /fields')).toBe(true);
    expect(sentBeforeAnswerTo(onLoad, 'GET /fields', 'GET /collections')).toBe(true);
  });

  test('a wrong password says so', async ({ relata, demoDirectus }) => {
    await relata.open();
    await relata.connectWithPassword(demoDirectus.url, 'admin@example.com', 'wrong-password');
    await expect(relata.connectError).toContainText('did not accept these credentials');
  });

  test('email and password sign in @versions', async ({ relata, demoDirectus }) => {
    await relata.open();
    await relata.connectWithPassword(demoDirectus.url, 'admin@example.com', 'relata-admin-password');
    await expect(relata.node('articles')).toBeVisible();
  });

  test('a malformed URL is explained', async ({ relata }) => {
    await relata.open();
    await relata.connectWithToken('127.0.0.1:8055', 'x');
    await expect(relata.connectError).toContainText('Enter the full address');
  });

  test('a server that is down is explained', async ({ relata }) => {
    await relata.open();
    // Port 9 (discard) has no server on this machine.
    await relata.connectWithToken('http://127.0.0.1:9', 'x');
    await expect(relata.connectError).toContainText('Could not reach Directus');
  });

  test('an expired token says so', async ({ relata, demoDirectus, page }) => {
    // A static token field also takes a pasted access token, which expires; Directus then answers
    // TOKEN_EXPIRED, on GraphQL (who signed in) as on REST.
    for (const path of ['**/graphql/system', '**/users/me**'])
      await page.route(path, (route) =>
        route.fulfill({
          status: 401,
          json: { errors: [{ message: 'Token expired.', extensions: { code: 'TOKEN_EXPIRED' } }] },
        }),
      );
    await relata.open();
    await relata.connectWithToken(demoDirectus.url, 'an-expired-access-token');
    await expect(relata.connectError).toContainText('session has expired');
  });

  test('a CORS refusal names the Directus settings to change', async ({ relata, database }) => {
    const elsewhere = await startDirectus(database, 'http://127.0.0.1:1');
    try {
      await relata.open();
      await relata.connectWithToken(elsewhere.url, elsewhere.token);
      await expect(relata.connectError).toContainText('CORS_ORIGIN');
      await expect(relata.connectError).toContainText(
        'answered, but its CORS settings do not allow this page',
      );
    } finally {
      await elsewhere.stop();
    }
  });

  test('a non-admin user sees the model read-only, with a notice @versions', async ({
    relata,
    freshDirectus,
  }) => {
    const viewer = await createViewer(freshDirectus, ['articles', 'authors']);
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, viewer.token);
    await expect(relata.page.getByRole('status').filter({ hasText: 'without admin access' })).toBeVisible();
    await expect(relata.node('articles')).toBeVisible();
    await expect(relata.edge('articles.author → authors.articles (O2M)')).toHaveCount(1);
    await expect(relata.node('pages')).toHaveCount(0);
    // Every edit control is disabled, with the reason.
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = relata.page.getByRole('form', { name: 'Edit relation articles.author' });
    await expect(form).toContainText('Editing is disabled: changing relations in Directus needs an admin');
    await expect(form.getByRole('button', { name: 'Save relation' })).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Delete relation' })).toBeDisabled();
    await expect(form.getByRole('combobox', { name: 'On delete' })).toBeDisabled();
    await expect(relata.page.getByLabel('New relation from articles')).toHaveCount(1);
    await expect(relata.page.getByLabel('New relation from articles')).not.toHaveClass(
      /(^|\s)connectable(\s|$)/,
    );
  });
});
