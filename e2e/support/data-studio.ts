// Page object: the Directus Data Studio around the Relata module, in a person's terms.
import { expect, type Locator, type Page } from '@playwright/test';

export const MODULE_NAME = 'Data model diagram';

/** What the Studio's own chrome looks like: compared before entering and after leaving. */
const WATCHED = ['html', 'body', '#navigation', '#navigation a[href$="/admin/content"]', '.header-bar'];
const PROPERTIES = [
  'font-family',
  'font-size',
  'line-height',
  'color',
  'background-color',
  'box-sizing',
  'margin',
  'padding',
  'width',
  'height',
  'display',
  'position',
  'letter-spacing',
  'color-scheme',
];

export class DataStudio {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
  }

  /** Signs in with the Studio's own form, and waits for the module bar. */
  async signIn(email: string, password: string) {
    await this.page.goto(`${this.url}/admin/login`);
    await this.page.getByRole('textbox', { name: /email/i }).fill(email);
    await this.page.getByRole('textbox', { name: /password/i }).fill(password);
    await this.page.getByRole('button', { name: /sign in/i }).click();
    await expect(this.moduleBar).toBeVisible({ timeout: 30_000 });
    await this.page.waitForURL(/\/admin\/(?!login)/);
    // What the Studio logs while signing in (its first refresh without a session) is not ours.
    this.errors.length = 0;
  }

  get moduleBar(): Locator {
    return this.page.locator('#navigation');
  }

  /**
   * A module bar entry. The Studio's entries are icon links whose name is only in their tooltip
   * (aria-describedby), so the link is found by its route and its tooltip is checked.
   */
  moduleLink(id: string): Locator {
    return this.moduleBar.locator(`a[href$="/admin/${id}"]`);
  }

  async openModule() {
    const link = this.moduleLink('relata');
    // The entry's name is in its tooltip: #app-tooltip-content on Directus 12, #tooltip on 11,
    // made on the first hover once the Studio listens (hovered again until it is there).
    const tooltip = this.page.locator('#app-tooltip-content, #tooltip');
    await expect(async () => {
      await this.page.mouse.move(0, 0);
      await link.hover();
      await expect(tooltip).toHaveText(MODULE_NAME, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await link.click();
    await this.page.waitForURL(/\/admin\/relata/);
  }

  async openContent() {
    await this.moduleLink('content').click();
    await this.page.waitForURL(/\/admin\/content/);
    await expect(this.page.locator('.relata-module')).toHaveCount(0);
  }

  /** Computed styles of the Studio's own elements, for comparing. */
  chromeStyles(): Promise<Record<string, Record<string, string> | null>> {
    return this.page.evaluate(
      ({ selectors, properties }) =>
        Object.fromEntries(
          selectors.map((selector) => {
            const element = document.querySelector(selector);
            if (!element) return [selector, null];
            const style = getComputedStyle(element);
            return [selector, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
          }),
        ),
      { selectors: WATCHED, properties: PROPERTIES },
    );
  }

  /** Style sheets in the Studio's <head> (and attributes on <html>) that come from the app. */
  appStylesInDocument(): Promise<string[]> {
    return this.page.evaluate(() => {
      const found: string[] = [];
      for (const node of document.head.querySelectorAll('style, link[rel="stylesheet"]')) {
        const text =
          node instanceof HTMLStyleElement ? (node.textContent ?? '') : (node.getAttribute('href') ?? '');
        if (/mantine|react-flow|relata/i.test(text) || node.hasAttribute('data-mantine-styles'))
          found.push(text.slice(0, 80));
      }
      for (const attribute of ['data-mantine-color-scheme', 'data-respect-reduced-motion'])
        if (document.documentElement.hasAttribute(attribute)) found.push(`<html ${attribute}>`);
      return found;
    });
  }

  /**
   * Event listeners on window, document, <html> and <body> whose handler is the module's code
   * (the Studio serves app extensions from /extensions/sources/), as "target type".
   */
  async moduleListeners(): Promise<string[]> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const scripts = new Map<string, string>();
      cdp.on('Debugger.scriptParsed', (script) => scripts.set(script.scriptId, script.url));
      await cdp.send('Debugger.enable');
      const found: string[] = [];
      for (const target of ['window', 'document', 'document.documentElement', 'document.body']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        for (const listener of listeners)
          if (scripts.get(listener.scriptId)?.includes('/extensions/sources/'))
            found.push(`${target} ${listener.type}`);
      }
      return found.sort();
    } finally {
      await cdp.detach();
    }
  }
}
