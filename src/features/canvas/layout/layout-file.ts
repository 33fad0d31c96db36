// The layout document and its file format: what Export writes, what Import and the store read.
// Only positions, the viewport and collapsed folders; never a token or anything secret.
import type { XY } from './types';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface LayoutDocument {
  version: 1;
  /** Top-left corner per collection. */
  positions: Record<string, XY>;
  viewport: Viewport | null;
  collapsedGroups: string[];
  /** ISO time of the last change. */
  savedAt: string;
}

export function emptyLayoutDocument(savedAt = new Date(0).toISOString()): LayoutDocument {
  return { version: 1, positions: {}, viewport: null, collapsedGroups: [], savedAt };
}

/**
 * The Directus URL as information only: scheme, host, port and path. Credentials, query and
 * fragment are dropped, since a pasted URL may carry `?access_token=`.
 */
export function publicDirectusUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/, '');
  } catch {
    return url
      .trim()
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '');
  }
}

/** Pretty JSON with a marker, so Import can tell a layout from any other JSON file. */
export function exportLayout(doc: LayoutDocument, directusUrl?: string | null): string {
  const file = {
    relata: 'layout',
    version: doc.version,
    ...(directusUrl ? { directusUrl: publicDirectusUrl(directusUrl) } : {}),
    savedAt: doc.savedAt,
    viewport: doc.viewport,
    collapsedGroups: doc.collapsedGroups,
    positions: doc.positions,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an exported layout; throws an Error saying what is wrong with the file. */
export function parseLayoutFile(text: string): LayoutDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`This is not a layout file: it is not valid JSON (${(error as Error).message}).`, {
      cause: error,
    });
  }
  if (!isObject(value) || value.relata !== 'layout')
    throw new Error('This is not a Relata layout file: it lacks the "relata": "layout" marker.');
  if (value.version !== 1)
    throw new Error(`This layout file has version ${JSON.stringify(value.version)}; Relata reads version 1.`);
  return {
    version: 1,
    positions: readPositions(value.positions),
    viewport: readViewport(value.viewport),
    collapsedGroups: readGroups(value.collapsedGroups),
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : new Date(0).toISOString(),
  };
}

function readPositions(value: unknown): Record<string, XY> {
  if (!isObject(value)) throw new Error('The layout file has no "positions" object.');
  // fromEntries defines own properties, so a collection called __proto__ stays a key.
  return Object.fromEntries(
    Object.entries(value).map(([id, position]) => {
      if (!isObject(position) || !isFiniteNumber(position.x) || !isFiniteNumber(position.y))
        throw new Error(`The position of "${id}" in the layout file is not a pair of finite numbers x, y.`);
      return [id, { x: position.x, y: position.y }];
    }),
  );
}

function readViewport(value: unknown): Viewport | null {
  if (value == null) return null;
  if (
    !isObject(value) ||
    !isFiniteNumber(value.x) ||
    !isFiniteNumber(value.y) ||
    !isFiniteNumber(value.zoom) ||
    value.zoom <= 0
  )
    throw new Error('The viewport in the layout file is not finite x, y and a positive zoom.');
  return { x: value.x, y: value.y, zoom: value.zoom };
}

function readGroups(value: unknown): string[] {
  if (value == null) return [];
  if (!Array.isArray(value) || !value.every((group) => typeof group === 'string'))
    throw new Error('"collapsedGroups" in the layout file is not a list of folder names.');
  return [...new Set(value as string[])];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
