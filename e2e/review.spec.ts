import { createField, createRelation, readRelation } from '@directus/sdk';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../src/testing/real-schemas';
import { corpusPath, corpusPresent, CORPUS_DIR } from '../src/testing/review-corpus';
import { expect, test } from './fixtures';
import type { RelataPage } from './support/relata-page';

const AGENCYOS = corpusPresent ? corpusPath('agencyos-snapshot-2024') : '';
const SMALL = path.join(REPO_ROOT, 'src/cli/fixtures/demo-base.json');

interface Snapshot {
  collections: { collection: string; meta: Record<string, unknown> | null; schema?: unknown }[];
  fields: { collection: string; field: string; type: string; meta: unknown; schema: unknown }[];
  relations: {
    collection: string;
    field: string;
    related_collection: string | null;
    meta: Record<string, unknown> | null;
    schema: { on_delete?: string } | null;
  }[];
}

const readAgencyOs = () => JSON.parse(readFileSync(AGENCYOS, 'utf8')) as Snapshot;

/**
 * AgencyOS with three changes, made as Directus would write them: an M2M added (os_projects ⇄
 * posts through a new junction), an M2O removed (inbox.task, its field kept) and one on_delete
 * changed (os_projects.organization SET NULL → CASCADE).
 */
function agencyOsChanged(): Snapshot {
  const snapshot = readAgencyOs();
  const key = (field: string, related: string) => ({
    collection: 'os_projects_posts',
    field,
    type: 'uuid',
    meta: { hidden: true, interface: null, special: null },
    schema: {
      name: field,
      data_type: 'uuid',
      is_nullable: true,
      foreign_key_table: related,
      foreign_key_column: 'id',
    },
  });
  snapshot.collections.push({
    collection: 'os_projects_posts',
    meta: { collection: 'os_projects_posts', hidden: true, icon: 'import_export', singleton: false },
    schema: { name: 'os_projects_posts' },
  });
  snapshot.fields.push(
    {
      collection: 'os_projects_posts',
      field: 'id',
      type: 'integer',
      meta: { hidden: true, interface: null, special: null },
      schema: {
        name: 'id',
        data_type: 'integer',
        is_primary_key: true,
        has_auto_increment: true,
        is_nullable: false,
      },
    },
    key('os_projects_id', 'os_projects'),
    key('posts_id', 'posts'),
    {
      collection: 'os_projects',
      field: 'related_posts',
      type: 'alias',
      meta: { interface: 'list-m2m', special: ['m2m'], hidden: false },
      schema: null,
    },
  );
  snapshot.relations.push(
    {
      collection: 'os_projects_posts',
      field: 'os_projects_id',
      related_collection: 'os_projects',
      meta: { one_field: 'related_posts', junction_field: 'posts_id', one_deselect_action: 'nullify' },
      schema: { on_delete: 'SET NULL' },
    },
    {
      collection: 'os_projects_posts',
      field: 'posts_id',
      related_collection: 'posts',
      meta: { one_field: null, junction_field: 'os_projects_id', one_deselect_action: 'nullify' },
      schema: { on_delete: 'SET NULL' },
    },
  );
  snapshot.relations = snapshot.relations.filter((r) => !(r.collection === 'inbox' && r.field === 'task'));
  const organization = snapshot.relations.find(
    (r) => r.collection === 'os_projects' && r.field === 'organization',
  );
  expect(organization?.schema?.on_delete).toBe('SET NULL');
  organization!.schema!.on_delete = 'CASCADE';
  return snapshot;
}

const ADDED = 'os_projects.related_posts ⇄ posts (M2M via os_projects_posts)';
const REMOVED = 'inbox.task → os_tasks (M2O)';
const CHANGED = 'os_projects.organization → organizations (M2O)';

async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open snapshot file' }).click();
  await (await chooser).setFiles(file);
}

async function compareWithFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Snapshot file' }).click();
  await (await chooser).setFiles(file);
}

async function exported(
  page: Page,
  format: 'PNG' | 'SVG' | 'Mermaid' | 'Snapshot JSON' | 'Markdown summary',
) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  if (format === 'PNG' || format === 'SVG')
    await page
      .getByRole('dialog', { name: `Export ${format}` })
      .getByRole('button', { name: `Download ${format}` })
      .click();
  const file = await (await download).path();
  return readFileSync(file);
}

/** The diagram's nodes and edges that say they were added, removed or changed. */
async function marked(relata: RelataPage): Promise<[string, string][]> {
  const all = await relata.diagram
    .locator('.react-flow__node, .react-flow__edge')
    .evaluateAll((elements) =>
      elements.map((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('aria-description') ?? '']),
    );
  return (all as [string, string][]).filter(([, d]) => /^(added|removed|changed)\b/.test(d)).sort();
}

test.describe('opening a snapshot file', () => {
  test.beforeEach(async ({ relata }) => {
    await relata.open();
  });

  test('a snapshot file dropped on the page opens the same way', async ({ relata, page }) => {
    const text = readFileSync(SMALL, 'utf8');
    const drop = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'demo-base.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('body', 'dragover', { dataTransfer: drop });
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await relata.expectDiagram();
    await expect(page.getByRole('banner').getByText('demo-base.json', { exact: true })).toBeVisible();
    await expect(relata.node('articles')).toBeVisible();
  });

  test('a file that is not a snapshot says why, on the connect screen', async ({ page }) => {
    await openFile(page, {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a": 1}'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'Could not open the file' })).toContainText(
      'notes.json is not a Directus schema snapshot: it has no collections, fields or relations',
    );
  });
});

test.describe('reviewing a data model without a server', () => {
  test.skip(!corpusPresent, `the real-schema corpus is not at ${CORPUS_DIR} (set RELATA_REAL_SCHEMAS)`);
  test.setTimeout(180_000);

  test.beforeEach(async ({ relata }) => {
    await relata.open();
  });

  test('AgencyOS opens from its snapshot file with no server: every collection drawn, read-only', async ({
    relata,
    page,
    appOrigin,
  }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(appOrigin) && !request.url().startsWith('blob:'))
        elsewhere.push(request.url());
    });
    await openFile(page, AGENCYOS);
    await relata.expectDiagram();
    const header = page.getByRole('banner');
    await expect(header.getByText('snapshot.json', { exact: true })).toBeVisible();
    await expect(header.getByText('Directus 10.8.3 (postgres)')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Read-only: opened from a file' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New relationship' })).toBeDisabled();

    await relata.toggle('Show junction collections');
    const tables = readAgencyOs()
      .collections.filter((c) => c.schema && !c.collection.startsWith('directus_'))
      .map((c) => c.collection)
      .sort();
    expect(tables.length).toBe(71);
    await expect
      .poll(async () =>
        (await relata.nodes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? '')))
          .filter((name) => !name.startsWith('directus_'))
          .sort(),
      )
      .toEqual(tables);

    // The same panel, search and focus as with a server.
    await relata.selectNode('os_projects');
    await expect(relata.panel.getByRole('heading', { name: 'Collection os_projects' })).toBeVisible();
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Search the data model' });
    await search.getByLabel('Search the data model').fill('os_invoices.organ');
    await search.getByRole('option', { name: 'os_invoices.organization' }).click();
    await expect(page).toHaveURL(/relationship=os_invoices\.organization/);
    expect(elsewhere).toEqual([]);
  });

  test('comparing AgencyOS with a changed copy marks and lists exactly the three changes', async ({
    relata,
    page,
  }) => {
    const changed = agencyOsChanged();
    await openFile(page, AGENCYOS);
    await relata.expectDiagram();
    await compareWithFile(page, {
      name: 'agencyos-changed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });

    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes).toBeVisible();
    await expect(changes.getByRole('listitem')).toHaveCount(3);
    await expect(changes.getByRole('listitem').filter({ hasText: /^added/ })).toContainText(
      'M2M os_projects.related_posts → posts (via os_projects_posts)',
    );
    await expect(changes.getByRole('listitem').filter({ hasText: /^removed/ })).toContainText(
      'M2O inbox.task → os_tasks',
    );
    const onDelete = changes.getByRole('listitem').filter({ hasText: /^changed/ });
    await expect(onDelete).toContainText('M2O os_projects.organization → organizations');
    await expect(onDelete).toContainText('on_delete: SET NULL → CASCADE');

    await expect
      .poll(() => marked(relata))
      .toEqual(
        [
          [ADDED, 'added'],
          [REMOVED, 'removed'],
          [CHANGED, 'changed'],
        ].sort(),
      );
    await expect(relata.edge(ADDED)).toHaveAccessibleDescription('added');
    await expect(relata.edge(REMOVED)).toHaveAccessibleDescription('removed');
    await expect(relata.edge(CHANGED)).toHaveAccessibleDescription('changed');

    // Only what changed and its neighbours.
    await changes.getByLabel('Show only changes').check();
    await expect(relata.node('help_articles')).toHaveCount(0);
    for (const name of ['os_projects', 'posts', 'inbox', 'os_tasks', 'organizations'])
      await expect(relata.node(name)).toHaveCount(1);
    await expect(relata.edge(REMOVED)).toHaveCount(1);

    const markdown = (await exported(page, 'Markdown summary')).toString('utf8');
    expect(markdown).toContain('- added M2M `os_projects.related_posts` → `posts` (via `os_projects_posts`)');
    expect(markdown).toContain('- removed M2O `inbox.task` → `os_tasks`');
    expect(markdown).toContain('- changed `os_projects.organization`: on_delete SET NULL → CASCADE');
  });

  test('the command-line review of the same pair lists the same three changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relata-review-e2e-'));
    const head = path.join(dir, 'agencyos-changed.json');
    writeFileSync(head, JSON.stringify(agencyOsChanged()));
    const out = path.join(dir, 'review');
    const result = spawnSync('npm', ['run', '--silent', 'review', '--', AGENCYOS, head, '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toContain(
      '- added M2M `os_projects.related_posts` → `posts` (via `os_projects_posts`)\n',
    );
    expect(summary).toContain('- removed M2O `inbox.task` → `os_tasks`\n');
    expect(summary).toContain('- changed `os_projects.organization`: on_delete SET NULL → CASCADE\n');
    expect(summary).toMatch(/\| relationships \| 1 \| 1 \| 1 \|/);
  });

  test('AgencyOS exports as PNG, SVG and Mermaid that renders', async ({ relata, page, context }) => {
    await openFile(page, AGENCYOS);
    await relata.expectDiagram();
    await relata.toggle('Show junction collections');

    const png = await exported(page, 'PNG');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThan(0);
    expect(png.readUInt32BE(20)).toBeGreaterThan(0);

    const svg = (await exported(page, 'SVG')).toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const drawn = new Set(
      [...svg.matchAll(/<text class="name[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]),
    );
    for (const c of readAgencyOs().collections.filter(
      (c) => c.schema && !c.collection.startsWith('directus_'),
    ))
      expect(drawn, c.collection).toContain(c.collection);

    const snapshot = JSON.parse((await exported(page, 'Snapshot JSON')).toString('utf8')) as Snapshot;
    expect(snapshot).toMatchObject({ version: 1, directus: '10.8.3', vendor: 'postgres' });
    expect(snapshot.collections).toHaveLength(readAgencyOs().collections.length);
    expect(snapshot.relations).toHaveLength(readAgencyOs().relations.length);

    const mermaid = (await exported(page, 'Mermaid')).toString('utf8');
    expect(mermaid.startsWith('erDiagram\n')).toBe(true);
    const blank = await context.newPage();
    await blank.goto('about:blank');
    await blank.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
    const rendered = await blank.evaluate(async (text) => {
      const { mermaid } = window as unknown as {
        mermaid: {
          initialize(config: object): void;
          render(id: string, text: string): Promise<{ svg: string }>;
        };
      };
      // AgencyOS is larger than Mermaid's default limits (50,000 characters, 500 edges).
      mermaid.initialize({ startOnLoad: false, maxTextSize: 10_000_000, maxEdges: 10_000 });
      try {
        return { svg: (await mermaid.render('agencyos', text)).svg, error: null };
      } catch (error) {
        return { svg: '', error: String(error) };
      }
    }, mermaid);
    expect(rendered.error).toBeNull();
    expect(rendered.svg).toContain('os_projects');
    await blank.close();
  });
});

test.describe('health findings', () => {
  test('the clean demo has none; a relation naming a missing alias is fixed through the change model @write', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.openConnected(freshDirectus);
    await page.getByRole('button', { name: /^Health/ }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await expect(health).toContainText('No findings');

    // What deleting an O2M alias in the Data Studio can leave behind (directus#24789).
    await freshDirectus.api.request(
      createField('articles', {
        field: 'related_article',
        type: 'integer',
        meta: { special: null },
        schema: {},
      }),
    );
    await freshDirectus.api.request(
      createRelation({
        collection: 'articles',
        field: 'related_article',
        related_collection: 'articles',
        meta: { one_field: 'mentioned_in' },
        schema: { on_delete: 'SET NULL' },
      }),
    );
    await page.getByRole('button', { name: 'Reload' }).click();
    const finding = health.getByRole('listitem').filter({ hasText: 'articles.related_article' });
    await expect(finding).toContainText(
      'names articles.mentioned_in as its alias (one_field), but there is no such field',
    );
    await finding.getByRole('button', { name: 'Show articles.related_article on the diagram' }).click();
    await expect(page).toHaveURL(/relationship=articles\.related_article/);

    await finding.getByRole('button', { name: 'Fix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fix' });
    await expect(dialog.getByRole('list', { name: 'Changes to apply' })).toContainText(
      'articles.related_article',
    );
    await dialog.getByRole('button', { name: 'Apply fix' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(health).toContainText('No findings');

    const relation = (await freshDirectus.api.request(readRelation('articles', 'related_article'))) as {
      meta: { one_field: string | null } | null;
    };
    expect(relation.meta?.one_field).toBeNull();
  });

  test('opened from a file, findings show with their Fix disabled and the reason', async ({
    relata,
    page,
  }) => {
    test.skip(!corpusPresent, `the real-schema corpus is not at ${CORPUS_DIR} (set RELATA_REAL_SCHEMAS)`);
    await relata.open();
    await openFile(page, corpusPath('gornji-milanovac'));
    await relata.expectDiagram();
    const health = page.getByRole('region', { name: 'Health' });
    await expect(health).toBeVisible();
    const finding = health.getByRole('listitem').filter({ hasText: 'posts.category' }).first();
    await expect(finding.getByRole('button', { name: 'Fix' })).toBeDisabled();
    await expect(finding.getByRole('button', { name: 'Fix' })).toHaveAccessibleDescription(
      /read-only: opened from a file/,
    );
  });
});

test.describe('what changed since the last visit', () => {
  test('the server now, compared with the model this browser saw last time', async ({
    relata,
    freshDirectus,
    page,
  }) => {
    await relata.openConnected(freshDirectus);
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await expect(page.getByRole('menuitem', { name: 'Last visit' })).toBeDisabled();
    await expect(page.getByRole('menuitem', { name: 'Last visit' })).toHaveAccessibleDescription(
      'This browser has not seen this server and user before.',
    );
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('relata.lastVisit.v1:'))),
      )
      .toBe(true);

    // Someone adds a field while this browser is away.
    await freshDirectus.api.request(
      createField('comments', { field: 'rating', type: 'integer', meta: { interface: 'input' }, schema: {} }),
    );
    await page.reload();
    await relata.connectWithToken(freshDirectus.url, freshDirectus.token);
    await relata.expectDiagram();
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await page.getByRole('menuitem', { name: 'Last visit' }).click();
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes.getByRole('listitem')).toHaveCount(1);
    await expect(changes.getByRole('listitem')).toContainText('field comments.rating');
    await expect(relata.node('comments')).toHaveAccessibleDescription('changed');
  });
});

test.describe('a snapshot file and the server it came from', () => {
  test('a file opened over a server session compares with the connected server, and closes back to it', async ({
    relata,
    demoDirectus,
    page,
  }) => {
    await relata.openConnected(demoDirectus);
    const snapshot = JSON.parse((await exported(page, 'Snapshot JSON')).toString('utf8')) as Snapshot & {
      version: number;
      directus: string;
    };
    expect(snapshot.version).toBe(1);
    expect(snapshot.directus).toBe(demoDirectus.version);
    expect(snapshot.collections.map((c) => c.collection)).toContain('articles');

    // The file lacks one field the server has.
    snapshot.fields = snapshot.fields.filter((f) => !(f.collection === 'tags' && f.field === 'name'));
    await openFile(page, {
      name: 'demo-without-tag-names.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(snapshot)),
    });
    await expect(
      page.getByRole('banner').getByText('demo-without-tag-names.json', { exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await page.getByRole('menuitem', { name: 'Connected server' }).click();
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes).toContainText(`From demo-without-tag-names.json to ${demoDirectus.url}`);
    await expect(changes.getByRole('listitem')).toHaveCount(1);
    await expect(changes.getByRole('listitem')).toContainText('added');
    await expect(changes.getByRole('listitem')).toContainText('field tags.name');

    await page.getByRole('button', { name: 'Close file' }).click();
    await expect(page.getByRole('banner').getByText(demoDirectus.url)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Disconnect' })).toBeVisible();
  });
});
