// Page object: what a person does with Relata, in accessible terms.
import { expect, type Locator, type Page } from '@playwright/test';

export class RelataPage {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(path);
  }

  async connectWithToken(url: string, token: string, options: { dialect?: string } = {}) {
    await this.page.getByLabel('Directus URL').fill(url);
    await this.page.getByLabel('Static token').fill(token);
    if (options.dialect) {
      await this.page.getByRole('button', { name: 'Advanced options' }).click();
      await this.page.getByRole('combobox', { name: 'Dialect' }).click();
      await this.page.getByRole('option', { name: options.dialect, exact: true }).click();
    }
    await this.page.getByRole('button', { name: 'Connect' }).click();
  }

  /** Opens the app, connects with the server's token and waits for the diagram to settle. */
  async openConnected(directus: { url: string; token: string }) {
    await this.open();
    await this.connectWithToken(directus.url, directus.token);
    await this.expectDiagram();
  }

  /** The header's badge naming how Relata talks to Directus. */
  get dialectBadge(): Locator {
    return this.page.getByTitle('How Relata talks to this Directus');
  }

  async connectWithPassword(url: string, email: string, password: string) {
    await this.page.getByLabel('Directus URL').fill(url);
    await this.page.getByText('Sign in with email').click();
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByLabel('Password').and(this.page.locator('input')).fill(password);
    await this.page.getByRole('button', { name: 'Connect' }).click();
  }

  get diagram(): Locator {
    return this.page.getByRole('application', { name: 'Data model diagram' });
  }

  get connectError(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Could not connect' });
  }

  /**
   * Waits until the diagram has drawn its collections and stopped moving: a first visit lays the
   * model out in a worker and then fits the view, and a drag started before that misses its target.
   */
  async expectDiagram() {
    await expect(this.diagram.locator('.react-flow__node').first()).toBeVisible();
    // The layout runs in a worker: on a loaded machine it takes a while.
    await expect(this.diagram.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0, {
      timeout: 60_000,
    });
    let before = '';
    await expect
      .poll(
        async () => {
          const now = await this.diagram.evaluate((element) =>
            [element.querySelector('.react-flow__viewport'), ...element.querySelectorAll('.react-flow__node')]
              .map((moving) => moving?.getAttribute('style'))
              .join('|'),
          );
          const still = now === before;
          before = now;
          return still;
        },
        { intervals: [300], timeout: 30_000, message: 'the diagram stops moving' },
      )
      .toBe(true);
  }

  /**
   * Waits until no read of the model is under way (the header's Reload is not loading): a write
   * that ends, saved or refused, reads the model again, and a change made behind Relata's back
   * during that read would already be on screen.
   */
  async expectModelRead() {
    await expect(this.page.getByRole('button', { name: 'Reload', exact: true })).toBeEnabled();
  }

  node(collection: string): Locator {
    return this.diagram.getByRole('group', { name: collection, exact: true });
  }

  edge(name: string): Locator {
    return this.diagram.getByRole('button', { name, exact: true });
  }

  get edges(): Locator {
    return this.diagram.locator('.react-flow__edge');
  }

  get nodes(): Locator {
    return this.diagram.locator('.react-flow__node');
  }

  /** Selects an edge the way a keyboard user does: focus it, press Enter. */
  async selectEdge(name: string) {
    const edge = this.edge(name);
    await edge.focus();
    await edge.press('Enter');
  }

  /**
   * Clicks an edge as a mouse user does (Ctrl adds it to the selection): at the point nearest the
   * middle of its path where nothing else (another edge sharing the corridor, a label) is on top.
   */
  async clickEdge(name: string, modifiers: 'Control'[] = []) {
    // Something may cover the whole edge for a moment (a notification that closes after 4 s):
    // look again until a point is free.
    let point: { x: number; y: number } | null = null;
    await expect(async () => {
      point = await this.visiblePointOf(name);
    }).toPass({ timeout: 15_000 });
    if (!point) throw new Error(`no visible point of ${name}`);
    const { x, y } = point;
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(x, y);
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  private visiblePointOf(name: string): Promise<{ x: number; y: number }> {
    return uncoveredPointOf(this.edge(name).locator('path.react-flow__edge-interaction'));
  }

  async selectNode(collection: string) {
    await this.node(collection).click();
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  /** The value cell of one property row in a relation's meta/schema/relation table. */
  property(relationKey: string, section: 'relation' | 'meta' | 'schema', name: string): Locator {
    return this.panel
      .getByRole('table', { name: `${relationKey}: ${section}` })
      .getByRole('row', { name: new RegExp(`^${name}\\b`) })
      .getByRole('cell');
  }

  /** The toolbar's "New relationship" button: the dialog that creates any kind. */
  async newRelationship(): Promise<NewRelationshipDialog> {
    await this.page.getByRole('button', { name: 'New relationship' }).click();
    const dialog = new NewRelationshipDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  /** The selected relationship's "Delete relationship" dialog. */
  async deleteRelationship(): Promise<DeleteRelationshipDialog> {
    await this.panel.getByRole('button', { name: 'Delete relationship' }).click();
    const dialog = new DeleteRelationshipDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async toggle(label: 'Show junction collections' | 'Show system collections') {
    await this.page.getByLabel(label).click();
  }
}

/** The side-panel form of one relation. */
export class RelationFormPage {
  readonly form: Locator;

  constructor(
    readonly page: Page,
    readonly key: string,
  ) {
    this.form = page.getByRole('form', { name: `Edit relation ${key}` });
  }

  control(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  select(label: string): Locator {
    return this.form.getByRole('combobox', { name: label, exact: true });
  }

  async choose(label: string, option: string) {
    await this.select(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async save() {
    await this.form.getByRole('button', { name: 'Save relation' }).click();
  }

  async expectSaved() {
    await expect(this.form.getByRole('status')).toHaveText('Saved to Directus');
  }
}

/** A node's position in flow coordinates, as React Flow places it (its transform). */
export async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The "New relationship" dialog. */
export class NewRelationshipDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New relationship' });
  }

  select(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: label, exact: true });
  }

  textbox(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async choose(label: string, option: string) {
    await this.select(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** A multi-select (Allowed collections): each option in turn, then the dropdown closed. */
  async chooseAll(label: string, options: string[]) {
    for (const option of options) {
      await this.select(label).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
    await this.select(label).press('Escape');
  }

  async fill(label: string, value: string) {
    await this.textbox(label).fill(value);
  }

  get changes(): Locator {
    return this.dialog.getByRole('list', { name: 'Changes to apply' });
  }

  /** Shows the changes the dialog would apply. */
  async preview(): Promise<Locator> {
    await this.dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(this.changes).toBeVisible();
    return this.changes.getByRole('listitem');
  }

  async create() {
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }
}

/** The "Delete relationship" dialog of the selected relationship. */
export class DeleteRelationshipDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Delete relationship' });
  }

  /** Everything: the alias fields and the junction, or the alias and the foreign-key field. */
  async deleteWhole(label: string, confirmation: string) {
    await this.dialog.getByRole('checkbox', { name: label }).check();
    const confirm = this.dialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(confirm).toBeDisabled();
    await this.dialog.getByRole('textbox', { name: `Type ${confirmation} to confirm` }).fill(confirmation);
    await confirm.click();
    await expect(this.dialog).toHaveCount(0);
  }
}

/** A point of an SVG path that nothing covers, in page coordinates: outwards from its middle. */
export function uncoveredPointOf(path: Locator): Promise<{ x: number; y: number }> {
  return path.evaluate((element: SVGPathElement) => {
    const matrix = element.getScreenCTM();
    if (!matrix) throw new Error('the path is not rendered');
    const total = element.getTotalLength();
    for (let step = 0; step <= 40; step += 1) {
      // 0.5, 0.525, 0.475, 0.55, … : outwards from the middle.
      const offset = Math.ceil(step / 2) * 0.025 * (step % 2 ? 1 : -1);
      const at = element.getPointAtLength(total * (0.5 + offset));
      const x = at.x * matrix.a + at.y * matrix.c + matrix.e;
      const y = at.x * matrix.b + at.y * matrix.d + matrix.f;
      if (document.elementFromPoint(x, y) === element) return { x, y };
    }
    throw new Error('no point of the path is uncovered');
  });
}
