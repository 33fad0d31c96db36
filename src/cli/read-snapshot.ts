// Node side of snapshot reading: a snapshot file, or a directus-template-cli folder holding
// collections.json, fields.json and relations.json (directly or in its src/).
import fs from 'node:fs';
import path from 'node:path';
import { parseSnapshot, parseTemplateFiles, SnapshotError } from '../domain/review/snapshot';
import type { ParsedSnapshot } from '../domain/review/snapshot';

const PARTS = ['collections', 'fields', 'relations'] as const;

export function readSnapshotAt(location: string): ParsedSnapshot {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    throw new SnapshotError(`${location} does not exist.`);
  }
  if (!stat.isDirectory()) return parseSnapshot(fs.readFileSync(location, 'utf8'), location);
  const folder = [location, path.join(location, 'src')].find((dir) =>
    PARTS.every((part) => fs.existsSync(path.join(dir, `${part}.json`))),
  );
  if (!folder)
    throw new SnapshotError(
      `${location} is a folder without collections.json, fields.json and relations.json: give a snapshot file or a directus-template-cli folder.`,
    );
  const read = (part: (typeof PARTS)[number]) => fs.readFileSync(path.join(folder, `${part}.json`), 'utf8');
  return parseTemplateFiles(
    { collections: read('collections'), fields: read('fields'), relations: read('relations') },
    folder,
  );
}
