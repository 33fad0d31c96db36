// What a person does with staged changes, in accessible terms.
import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { RelationFormPage, type RelataPage } from './relata-page';

export const M2M_EDGE = 'pages.tags ⇄ tags (M2M via pages_tags)';
export const FK_EDGE = 'comments.article → articles.comments (O2M)';
export const DELETED_EDGE = 'articles.tags ⇄ tags (M2M via articles_tags)';
export const DELETED_RELATION_EDGE = 'articles.category → categories (M2O)';

/** Requests that write to Directus's schema, or read it through /schema (every /schema call). */
export function recordSchemaRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (
      /\/schema\//.test(path) ||
      (request.method() !== 'GET' && /\/(relations|fields|collections)(\/|$)/.test(path))
    )
      requests.push(request);
  });
  return requests;
}

export class StagingPage {
  constructor(
    readonly page: Page,
    readonly relata: RelataPage,
  ) {}

  get pending(): Locator {
    return this.page.getByRole('region', { name: 'Pending changes' });
  }

  get items(): Locator {
    return this.pending.getByRole('listitem');
  }

  button(name: 'Apply all' | 'Discard all' | 'Export changes' | 'Import changes' | 'Rebase'): Locator {
    return this.pending.getByRole('button', { name, exact: true });
  }

  async stageChanges() {
    await this.page.getByRole('toolbar', { name: 'View' }).getByLabel('Stage changes').check();
    await expect(this.pending).toBeVisible();
  }

  /** pages ⇄ tags through a new pages_tags, from the New relationship dialog. */
  async stageManyToMany() {
    await this.page.getByRole('button', { name: 'New relationship' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New relationship' });
    const choose = async (label: string, option: string) => {
      await dialog.getByRole('combobox', { name: label, exact: true }).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    };
    await choose('Kind', 'Many to many');
    await choose('Collection', 'pages');
    await choose('Related collection', 'tags');
    await expect(dialog.getByRole('textbox', { name: 'Field name', exact: true })).toHaveValue('tags');
    await expect(dialog.getByLabel('Junction collection')).toHaveValue('pages_tags');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** comments.article's on_delete CASCADE → SET NULL, from the side panel's form. */
  async stageOnDelete() {
    await this.relata.selectEdge(FK_EDGE);
    const form = new RelationFormPage(this.page, 'comments.article');
    await form.choose('On delete', 'SET NULL');
    await form.save();
    await expect(form.form.getByRole('status')).toHaveText('Staged');
  }

  /** The whole M2M articles ⇄ tags: its relations, the alias and the junction with its data. */
  async stageWholeDelete() {
    await this.relata.selectEdge(DELETED_EDGE);
    await this.relata.panel.getByRole('button', { name: 'Delete relationship' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete relationship' });
    await dialog.getByLabel('Also delete the alias fields and the junction collection').check();
    await dialog.getByLabel(/^Type articles_tags to confirm/).fill('articles_tags');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The relation articles.category alone (the column stays). */
  async stageDelete() {
    await this.relata.selectEdge(DELETED_RELATION_EDGE);
    await this.page
      .getByRole('form', { name: 'Edit relation articles.category' })
      .getByRole('button', { name: 'Delete relation' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete relation articles.category' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  async stageAllThree() {
    await this.stageChanges();
    await this.stageManyToMany();
    await this.stageOnDelete();
    await this.stageWholeDelete();
    await expect(this.items).toHaveCount(3);
  }

  async applyAll() {
    await this.button('Apply all').click();
    const dialog = this.page.getByRole('dialog', { name: /^Apply \d+ changes? to Directus$/ });
    await dialog.getByRole('button', { name: 'Apply to Directus' }).click();
    return dialog;
  }

  historyButton(name: 'Undo' | 'Redo'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }
}
