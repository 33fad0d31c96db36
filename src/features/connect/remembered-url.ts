// Only the URL is remembered between visits; credentials never leave memory.
const KEY = 'relata.directusUrl';

export function rememberedUrl(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberUrl(url: string) {
  try {
    window.localStorage.setItem(KEY, url);
  } catch {
    // Private mode or storage disabled: remembering is a convenience only.
  }
}
