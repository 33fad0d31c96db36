// The command line's arguments: `relata-review BASE HEAD --out DIR`.

export interface ReviewArgs {
  base: string;
  head: string;
  out: string;
}

export const USAGE = 'usage: relata-review BASE HEAD --out DIR';

export const HELP = [
  USAGE,
  '',
  'Compares two Directus schema snapshots without a server and writes DIR/summary.md (Markdown',
  'for a pull request) and DIR/changes.svg (the changed collections and their neighbours).',
  'BASE and HEAD: snapshot files as `directus schema snapshot` writes them (JSON or YAML), the',
  "API's { data } answer, or directus-template-cli folders (collections.json, fields.json,",
  'relations.json). Exit status: 0 written, 2 bad arguments or input, 1 anything else.',
].join('\n');

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The arguments, or 'help'. Throws a UsageError saying what is wrong. */
export function parseArgs(argv: readonly string[]): ReviewArgs | 'help' {
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (out === undefined || out === '') throw new UsageError(`${arg} needs a directory`);
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [base, head, ...extra] = positional;
  if (base === undefined || head === undefined) throw new UsageError('give two snapshots: BASE and HEAD');
  if (extra.length) throw new UsageError(`unexpected argument ${extra[0] ?? ''}`);
  if (!out) throw new UsageError('give the output directory with --out DIR');
  return { base, head, out };
}
