import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDiagram } from '../../domain/diagram';
import { relationKey } from '../../domain/model';
import { buildModelIndex } from '../../domain/model-index';
import { healthFindings } from '../../domain/review/health';
import { REPO_ROOT, realSchemaNames } from '../../testing/real-schemas';
import { corpusPath, corpusPresent } from '../../testing/review-corpus';
import { RelataError } from '../errors';
import { FILE_USER_ID, openFileSession, snapshotFileOf } from './file-session';
import { readSnapshotFiles, type TextFile } from './read-files';

const file = (name: string, text: string): TextFile => ({ name, text: () => Promise.resolve(text) });
const onDisk = (location: string): TextFile => ({
  name: path.basename(location),
  text: () => Promise.resolve(fs.readFileSync(location, 'utf8')),
});

const BASE = path.join(REPO_ROOT, 'src/cli/fixtures/demo-base.json');
const HEAD = path.join(REPO_ROOT, 'src/cli/fixtures/demo-head.yaml');

async function open(files: TextFile[]) {
  const { snapshot, name } = await readSnapshotFiles(files);
  return openFileSession(snapshot, name);
}

describe('a session opened from a snapshot file', () => {
  it('reads the model from the file, with no server and no token', async () => {
    const session = await open([onDisk(HEAD)]);
    expect(session.url).toBe('file:demo-head.yaml');
    expect(session.user).toEqual({ id: FILE_USER_ID, email: null });
    expect(session.isAdmin).toBe(false);
    expect(session.gateway.dialect).toBe('file');
    expect(snapshotFileOf(session)).toMatchObject({
      name: 'demo-head.yaml',
      directus: '11.16.1',
      vendor: 'sqlite',
      format: 'yaml',
    });
    const schema = await session.gateway.readModel();
    expect(schema.collections.map((c) => c.collection)).toContain('articles');
    // The same object each time: the model query sees nothing new.
    expect(await session.gateway.readModel()).toBe(schema);
  });

  it('refuses every commit as read-only, and its client sends nothing', async () => {
    const session = await open([onDisk(BASE)]);
    const refusal = session.gateway.commit([]);
    await expect(refusal).rejects.toBeInstanceOf(RelataError);
    await expect(refusal).rejects.toThrow(/^read-only: opened from a file/);
    await expect(session.client.request(() => ({ path: '/relations', method: 'GET' }))).rejects.toThrow(
      /^read-only: opened from a file/,
    );
  });

  it('reads the API answer { data: snapshot } too', async () => {
    const snapshot = JSON.parse(fs.readFileSync(BASE, 'utf8')) as unknown;
    const session = await open([file('answer.json', JSON.stringify({ data: snapshot }))]);
    expect((await session.gateway.readModel()).relations.length).toBeGreaterThan(0);
  });

  it('opens the three files of a directus-template-cli template together', async () => {
    const snapshot = JSON.parse(fs.readFileSync(BASE, 'utf8')) as Record<string, unknown>;
    const session = await open([
      file('relations.json', JSON.stringify(snapshot.relations)),
      file('collections.json', JSON.stringify(snapshot.collections)),
      file('fields.json', JSON.stringify(snapshot.fields)),
    ]);
    expect(snapshotFileOf(session)?.directus).toBeNull();
    expect((await session.gateway.readModel()).fields).toHaveLength((snapshot.fields as unknown[]).length);
  });

  it('says what is wrong with a file that is not a snapshot', async () => {
    await expect(open([file('notes.txt', 'just some words')])).rejects.toThrow(
      'notes.txt is not a Directus schema snapshot: expected an object with collections, fields and relations, found "just some words".',
    );
    await expect(open([file('a.json', '{}'), file('b.json', '{}')])).rejects.toThrow(
      /^2 files were chosen: open one snapshot file, or the three files/,
    );
  });

  it('keeps the model query and the layout apart per file name', async () => {
    const a = await open([onDisk(BASE)]);
    const b = await open([onDisk(HEAD)]);
    expect(a.url).not.toBe(b.url);
    expect((await open([onDisk(BASE)])).url).toBe(a.url);
  });
});

describe.skipIf(!corpusPresent).each(realSchemaNames())('the corpus file %s', (name) => {
  it('opens with every relation drawn, or named by a health finding', async () => {
    const location = corpusPath(name);
    // agencyos-template's snapshot.json is `{}`: its three template-cli files are opened instead.
    const files =
      name === 'agencyos-template'
        ? ['collections', 'fields', 'relations'].map((part) =>
            onDisk(path.join(path.dirname(path.dirname(location)), `${part}.json`)),
          )
        : [onDisk(location)];
    const session = await open(files);
    const index = buildModelIndex(await session.gateway.readModel());
    const { edges } = toDiagram(index, { showJunctions: true, showSystem: true });
    const drawn = new Set(edges.flatMap((e) => e.data.relationKeys));
    const named = new Set(
      healthFindings(index).flatMap((f) => (f.location.relation ? [f.location.relation] : [])),
    );
    const missing = index.schema.relations
      .map(relationKey)
      .filter((key) => !drawn.has(key) && !named.has(key));
    expect(missing).toEqual([]);
    expect(index.relationships.length).toBeGreaterThan(0);
  });
});
