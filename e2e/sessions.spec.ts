import { readMe, readRelation, readUsers, updateUser } from '@directus/sdk';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startDirectus } from './support/directus';
import { RelationFormPage } from './support/relata-page';
import { createViewer } from './support/users';

// Each test may start a Directus of its own; on a loaded 2-core machine that alone can take 30 s.
test.describe.configure({ timeout: 120_000 });

const ADMIN = { email: 'admin@example.com', password: 'relata-admin-password' };

const onUpdateOf = (relation: unknown) =>
  (relation as { schema: { on_update: string } | null }).schema?.on_update;

/** Requests the page sends to change the schema (the save path), and refreshes Directus refused. */
function watchRequests(page: Page) {
  const seen = { schemaRequests: 0, refusedRefreshes: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/schema/')) seen.schemaRequests += 1;
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/auth/refresh' && !response.ok()) seen.refusedRefreshes += 1;
  });
  return seen;
}

async function signInAgain(page: Page, password: string) {
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveValue(ADMIN.email);
  await dialog.getByLabel('Password').and(page.locator('input')).fill(password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
}

test.describe('when Directus ends the session', () => {
  test('a refused refresh asks to sign in again on save, keeps the form, and saves only when asked again', async ({
    relata,
    database,
    appOrigin,
    page,
  }) => {
    // Access tokens last 3 s and a session 8 s without a refresh: waiting 10 s ends it.
    const directus = await startDirectus(database, appOrigin, {
      accessTokenTtl: '3s',
      refreshTokenTtl: '8s',
    });
    try {
      const seen = watchRequests(page);
      await relata.open();
      await relata.connectWithPassword(directus.url, ADMIN.email, ADMIN.password);
      await relata.selectEdge('articles.author → authors.articles (O2M)');
      const form = new RelationFormPage(page, 'articles.author');
      await form.choose('On update', 'CASCADE');
      await page.waitForTimeout(10_000);

      await form.save();
      await expect(page.getByRole('dialog', { name: 'Sign in again' })).toBeVisible();
      expect(seen.refusedRefreshes).toBeGreaterThan(0);
      // Nothing of the save reached Directus, and nothing went out without credentials.
      expect(seen.schemaRequests).toBe(0);
      await expect(form.select('On update')).toHaveValue('CASCADE');
      await expect(page.getByText(/permission|deleted in Directus/i)).toHaveCount(0);

      await signInAgain(page, ADMIN.password);
      await expect(form.select('On update')).toHaveValue('CASCADE');
      // Signing in repeats no save.
      expect(onUpdateOf(await directus.api.request(readRelation('articles', 'author')))).toBe('NO ACTION');
      expect(seen.schemaRequests).toBe(0);

      await form.save();
      await form.expectSaved();
      expect(onUpdateOf(await directus.api.request(readRelation('articles', 'author')))).toBe('CASCADE');
    } finally {
      await directus.stop();
    }
  });

  test('an admin ending the session makes the next read ask to sign in again, not report a permission problem', async ({
    relata,
    database,
    appOrigin,
    page,
  }) => {
    // A JSON-mode access token carries no session id, so Directus accepts it until it expires
    // whatever happened to the session: the end shows at the next refresh. Short access tokens
    // make every read refresh first.
    const directus = await startDirectus(database, appOrigin, { accessTokenTtl: '5s' });
    try {
      await relata.open();
      await relata.connectWithPassword(directus.url, ADMIN.email, ADMIN.password);
      await relata.expectDiagram();
      // Directus ends every session of a user whose password an admin changes.
      const admin = await directus.api.request(readMe({ fields: ['id'] }));
      await directus.api.request(updateUser(admin.id, { password: 'a-new-password' }));

      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByRole('dialog', { name: 'Sign in again' })).toBeVisible();
      await expect(page.getByText(/permission|cannot read the data model|needs? an admin/i)).toHaveCount(0);
      await expect(relata.node('articles')).toBeVisible();

      await signInAgain(page, 'a-new-password');
      await expect(page.getByRole('status', { name: 'Data model may be out of date' })).toHaveCount(0);
      await expect(relata.node('articles')).toBeVisible();
    } finally {
      await directus.stop();
    }
  });

  test("an admin removing a user's static token makes the next read ask to sign in again", async ({
    relata,
    freshDirectus,
    page,
  }) => {
    const viewer = await createViewer(freshDirectus, ['articles', 'authors']);
    await relata.open();
    await relata.connectWithToken(freshDirectus.url, viewer.token);
    await relata.expectDiagram();
    const [user] = await freshDirectus.api.request(
      readUsers({ filter: { email: { _eq: viewer.email } }, fields: ['id'] }),
    );
    await freshDirectus.api.request(updateUser(String(user?.id), { token: null }));

    await page.getByRole('button', { name: 'Reload' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await expect(dialog).toBeVisible();
    await expect(page.getByText(/permission|cannot read the data model/i)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('form', { name: 'Connect to Directus' })).toBeVisible();
  });
});

test.describe('disconnecting', () => {
  test('with a changed form it asks first; cancel keeps the form, confirm ends the Directus session', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.open();
    const login = page.waitForResponse((response) => response.url().endsWith('/auth/login'));
    await relata.connectWithPassword(freshDirectus.url, ADMIN.email, ADMIN.password);
    const { refresh_token: refreshToken } = (
      (await (await login).json()) as { data: { refresh_token: string } }
    ).data;
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    const form = new RelationFormPage(page, 'articles.author');
    await form.choose('On update', 'CASCADE');

    await page.getByRole('button', { name: 'Disconnect' }).click();
    const confirm = page.getByRole('dialog', { name: 'Disconnect and lose unsaved edits?' });
    await expect(confirm.getByRole('list', { name: 'Unsaved edits' })).toContainText(
      'your changes to the relation articles.author',
    );
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(form.select('On update')).toHaveValue('CASCADE');

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await confirm.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('form', { name: 'Connect to Directus' })).toBeVisible();

    // The server's session for that refresh token is gone.
    const refresh = await fetch(`${freshDirectus.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refresh_token: refreshToken, mode: 'json' }),
    });
    expect(refresh.ok).toBe(false);
    const body = (await refresh.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
  });

  test('without unsaved edits it leaves at once', async ({ relata, demoDirectus, page }) => {
    await relata.openConnected(demoDirectus);
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('form', { name: 'Connect to Directus' })).toBeVisible();
  });

  test('reloading the page with a changed form warns first', async ({ relata, demoDirectus, page }) => {
    await relata.openConnected(demoDirectus);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });

    // Clean: no warning.
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    await page.reload();
    expect(dialogs).toEqual([]);

    await relata.connectWithToken(demoDirectus.url, demoDirectus.token);
    await relata.selectEdge('articles.author → authors.articles (O2M)');
    // Chromium shows beforeunload only after a user gesture on the page: choosing is one.
    await new RelationFormPage(page, 'articles.author').choose('On update', 'CASCADE');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
  });
});
