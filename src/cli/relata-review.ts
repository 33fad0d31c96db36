// relata-review BASE HEAD --out DIR: compares two schema snapshots without a server and writes
// DIR/summary.md (for a pull request) and DIR/changes.svg (what changed and its neighbours).
// Exit codes: 0 written; 2 bad arguments or an input that is not a snapshot (one line on
// stderr); 1 anything else (writing failed).
import fs from 'node:fs';
import path from 'node:path';
import { SnapshotError } from '../domain/review/snapshot';
import { reviewReport } from '../domain/review/review-report';
import { HELP, parseArgs, USAGE, UsageError } from './args';
import { readSnapshotAt } from './read-snapshot';

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      console.log(HELP);
      return 0;
    }
    const base = readSnapshotAt(args.base);
    const head = readSnapshotAt(args.head);
    const report = reviewReport(base.schema, head.schema, { baseName: args.base, headName: args.head });
    fs.mkdirSync(args.out, { recursive: true });
    const summary = path.join(args.out, 'summary.md');
    const drawing = path.join(args.out, 'changes.svg');
    fs.writeFileSync(summary, report.markdown);
    fs.writeFileSync(drawing, report.svg);
    const changed = report.comparison.collections.length;
    console.log(
      `relata-review: ${changed} collection${changed === 1 ? '' : 's'} with changes; wrote ${summary} and ${drawing}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`relata-review: ${error.message} (${USAGE})`);
      return 2;
    }
    if (error instanceof SnapshotError) {
      console.error(`relata-review: ${error.message}`);
      return 2;
    }
    console.error(`relata-review: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
