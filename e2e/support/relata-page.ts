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

  /** Waits until the diagram has drawn its collections. */
  async expectDiagram() {
    await expect(this.diagram.locator('.react-flow__node').first()).toBeVisible();
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
    const point = await this.edge(name)
      .locator('path.react-flow__edge-interaction')
      .evaluate((path: SVGPathElement) => {
        const matrix = path.getScreenCTM();
        if (!matrix) throw new Error('edge is not rendered');
        const total = path.getTotalLength();
        for (let step = 0; step <= 40; step += 1) {
          // 0.5, 0.525, 0.475, 0.55, … : outwards from the middle.
          const offset = Math.ceil(step / 2) * 0.025 * (step % 2 ? 1 : -1);
          const at = path.getPointAtLength(total * (0.5 + offset));
          const x = at.x * matrix.a + at.y * matrix.c + matrix.e;
          const y = at.x * matrix.b + at.y * matrix.d + matrix.f;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
        throw new Error('no visible point of the edge to click');
      });
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(point.x, point.y);
    for (const key of modifiers) await this.page.keyboard.up(key);
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
