// The app's whole stylesheet for the shadow root. The extension build (vite.extension.config.ts)
// collects every CSS file the app imports (Mantine, React Flow, the CSS modules) and writes it
// into APP_CSS, so nothing is ever added to the Studio's <head>.
const APP_CSS: string = '/*relata-app-css*/';

/** What a page's <body> and <html> give the standalone app, given here by the shadow host. */
const HOST_CSS = `
:host {
  all: initial;
  display: block;
  position: relative;
  height: 100%;
}
[data-relata-root] {
  position: relative;
  height: 100%;
  outline: none;
}
.relata-app {
  height: 100%;
}
`;

let sheet: CSSStyleSheet | null = null;

/** Parsed once per page, shared by every mount. */
export function appStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${HOST_CSS}\n${APP_CSS}`);
  }
  return sheet;
}
