// The files a person chose or dropped → one parsed snapshot. The parser (and with it the YAML
// library, ~100 KB) is loaded only here, when a file is opened: the connect screen does not
// need it.
import type { ParsedSnapshot } from '../../domain/review/snapshot';

/** What a browser File offers, so tests can pass plain objects. */
export interface TextFile {
  readonly name: string;
  text(): Promise<string>;
}

export interface OpenedSnapshot {
  snapshot: ParsedSnapshot;
  /** The name the session and the header use. */
  name: string;
}

const TEMPLATE_PARTS = ['collections', 'fields', 'relations'] as const;

/** The directus-template-cli files, when exactly those three were chosen. */
function templateParts(files: readonly TextFile[]) {
  if (files.length !== TEMPLATE_PARTS.length) return null;
  const byPart = new Map(files.map((file) => [file.name.replace(/\.json$/i, '').toLowerCase(), file]));
  const parts = TEMPLATE_PARTS.map((part) => byPart.get(part));
  return parts.every((file) => file !== undefined) ? (parts as TextFile[]) : null;
}

export async function readSnapshotFiles(files: readonly TextFile[]): Promise<OpenedSnapshot> {
  const { parseSnapshot, parseTemplateFiles, SnapshotError } = await import('../../domain/review/snapshot');
  const [first] = files;
  if (files.length === 1 && first)
    return { snapshot: parseSnapshot(await first.text(), first.name), name: first.name };
  const template = templateParts(files);
  if (!template)
    throw new SnapshotError(
      files.length === 0
        ? 'No file was chosen.'
        : `${files.length} files were chosen: open one snapshot file, or the three files of a directus-template-cli template (collections.json, fields.json and relations.json).`,
    );
  const [collections, fields, relations] = await Promise.all(template.map((file) => file.text()));
  const name = 'collections.json + fields.json + relations.json';
  return {
    snapshot: parseTemplateFiles(
      { collections: collections ?? '', fields: fields ?? '', relations: relations ?? '' },
      'The template files',
    ),
    name,
  };
}
