// The command line end to end: built as `npm install` builds it, spawned with Node as CI runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareModels } from '../domain/review/compare';
import { comparisonMarkdown } from '../domain/review/markdown';
import { REPO_ROOT } from '../testing/real-schemas';
import { corpusPath, corpusPresent } from '../testing/review-corpus';
import { readSnapshotAt } from './read-snapshot';

const CLI = path.join(REPO_ROOT, 'dist-cli', 'relata-review.js');
const BASE = 'src/cli/fixtures/demo-base.json';
const HEAD = 'src/cli/fixtures/demo-head.yaml';

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'relata-review-'));

/** Every collection name drawn as a text element of the SVG. */
const drawnNames = (svg: string) =>
  new Set([...svg.matchAll(/<text class="name[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]));

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_ROOT });
}, 120_000);

describe('relata-review', () => {
  it('writes summary.md and changes.svg for two snapshot files, JSON and YAML', () => {
    const out = path.join(scratch(), 'review');
    const result = run(BASE, HEAD, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^relata-review: 7 collections with changes; wrote .*summary\.md and .*changes\.svg\n$/,
    );

    const comparison = compareModels(
      readSnapshotAt(path.join(REPO_ROOT, BASE)).schema,
      readSnapshotAt(path.join(REPO_ROOT, HEAD)).schema,
    );
    const summary = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toBe(comparisonMarkdown(comparison, { baseName: BASE, headName: HEAD }));
    expect(summary).toContain('- changed `comments.article`: on_delete SET NULL → CASCADE\n');
    expect(summary).toContain('- added M2M `authors.favourite_tags` → `tags` (via `authors_tags`)\n');

    const svg = fs.readFileSync(path.join(out, 'changes.svg'), 'utf8');
    const names = drawnNames(svg);
    for (const group of comparison.collections) expect(names, group.collection).toContain(group.collection);
    expect(svg).toContain('>removed</text>');
    expect(svg).toContain('>added</text>');
  });

  it('runs as `npm run review`', () => {
    const out = path.join(scratch(), 'review');
    const result = spawnSync('npm', ['run', '--silent', 'review', '--', BASE, HEAD, '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(out, 'summary.md'))).toBe(true);
  }, 60_000);

  it.each([
    [['missing.json', HEAD, '--out', 'x'], /^relata-review: missing\.json does not exist\.$/],
    [
      ['package.json', HEAD, '--out', 'x'],
      /^relata-review: package\.json is not a Directus schema snapshot: it has no collections/,
    ],
    [
      ['README.md', HEAD, '--out', 'x'],
      /^relata-review: README\.md is neither JSON nor valid YAML: .* at line 3, column 1\.$/,
    ],
    [
      ['NOTES', HEAD, '--out', 'x'],
      /^relata-review: .*notes\.txt is not a Directus schema snapshot: expected an object with collections, fields and relations, found "just some words"\.$/,
    ],
    [
      [BASE, HEAD],
      /^relata-review: give the output directory with --out DIR \(usage: relata-review BASE HEAD --out DIR\)$/,
    ],
  ])('exits 2 with one line for %j', (args, message) => {
    const dir = scratch();
    const out = path.join(dir, 'never');
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'just some words\n');
    const result = run(...args.map((a) => (a === 'x' ? out : a === 'NOTES' ? notes : a)));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe.skipIf(!corpusPresent)('relata-review on AgencyOS', () => {
  it('compares AgencyOS with a changed copy of itself', () => {
    const dir = scratch();
    const original = corpusPath('agencyos-snapshot-2024');
    const snapshot = JSON.parse(fs.readFileSync(original, 'utf8')) as {
      collections: { collection: string }[];
      fields: { collection: string; field: string }[];
      relations: { collection: string; field: string; schema: { on_delete?: string } | null }[];
    };
    // A collection removed with its fields and relations, and one foreign key action changed.
    snapshot.collections = snapshot.collections.filter((c) => c.collection !== 'testimonials');
    snapshot.fields = snapshot.fields.filter((f) => f.collection !== 'testimonials');
    snapshot.relations = snapshot.relations.filter((r) => r.collection !== 'testimonials');
    const relation = snapshot.relations.find(
      (r) => r.collection === 'os_projects' && r.field === 'organization',
    );
    expect(relation?.schema?.on_delete).toBe('SET NULL');
    relation!.schema!.on_delete = 'CASCADE';
    const changed = path.join(dir, 'agencyos-changed.json');
    fs.writeFileSync(changed, JSON.stringify(snapshot));

    const out = path.join(dir, 'review');
    const result = run(original, changed, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('- removed collection `testimonials` with fields ');
    expect(summary).toContain('- changed `os_projects.organization`: on_delete SET NULL → CASCADE\n');
    const names = drawnNames(fs.readFileSync(path.join(out, 'changes.svg'), 'utf8'));
    for (const name of ['testimonials', 'os_projects', 'organizations', 'block_testimonial_slider_items'])
      expect(names).toContain(name);
  });

  it('reads the AgencyOS template-cli folder as the same model as its snapshot', () => {
    const out = path.join(scratch(), 'review');
    const folder = path.dirname(path.dirname(corpusPath('agencyos-template')));
    const result = run(folder, corpusPath('agencyos-snapshot-2024'), '--out', out);
    expect(result.status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('## Data model changes: ');
  });
});
