// SQL run straight in a test instance's database, behind Directus's back: to make things
// Directus does not know about (an untracked column, a trigger) and so make it fail for real.
// Directus's own knex and drivers do it, under the Node 22 runtime they were built for: the
// sqlite3 module is compiled for that Node, not for the one running Playwright.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { installDir, nodeBin } from '../../directus/scripts/paths.mjs';
import { pgHost, pgPort } from '../../directus/scripts/postgres.mjs';
import type { RunningDirectus } from './directus';

const run = promisify(execFile);

const SCRIPT = `
const knex = require('knex');
const { config, statements } = JSON.parse(process.argv[1]);
const db = knex(config);
(async () => {
  try {
    for (const sql of statements) await db.raw(sql);
  } finally {
    await db.destroy();
  }
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
`;

function connection(directus: RunningDirectus) {
  if (directus.db === 'postgres')
    return {
      client: 'pg',
      connection: { host: pgHost, port: pgPort, user: 'postgres', database: directus.database },
    };
  return {
    client: 'sqlite3',
    connection: { filename: join(directus.dir, 'data.db') },
    useNullAsDefault: true,
  };
}

/** Runs the statements in order, in the instance's own database. */
export async function runSql(directus: RunningDirectus, statements: string[]): Promise<void> {
  // -e resolves require() from the working directory: Directus's install, with knex and drivers.
  await run(nodeBin, ['-e', SCRIPT, JSON.stringify({ config: connection(directus), statements })], {
    cwd: installDir(directus.version),
  });
}

/**
 * A trigger that makes the database refuse Directus's relation row for `collection.field`: the
 * apply then fails at that relation, after what comes before it in the plan was made inside its
 * transaction (collections, fields, the foreign key itself: Directus adds it before the row).
 */
export function failRelationOf(directus: RunningDirectus, collection: string, field: string): Promise<void> {
  const message = `refused by a test trigger: relation ${collection}.${field}`;
  const match = `NEW.many_collection = '${collection}' AND NEW.many_field = '${field}'`;
  if (directus.db === 'postgres')
    return runSql(directus, [
      `CREATE FUNCTION relata_fail_relation() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '${message}'; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER relata_fail_relation BEFORE INSERT ON directus_relations
       FOR EACH ROW WHEN (${match}) EXECUTE FUNCTION relata_fail_relation()`,
    ]);
  return runSql(directus, [
    `CREATE TRIGGER relata_fail_relation BEFORE INSERT ON directus_relations
     WHEN ${match} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
  ]);
}

export function dropFailTrigger(directus: RunningDirectus): Promise<void> {
  return runSql(
    directus,
    directus.db === 'postgres'
      ? ['DROP TRIGGER relata_fail_relation ON directus_relations', 'DROP FUNCTION relata_fail_relation()']
      : ['DROP TRIGGER relata_fail_relation'],
  );
}

/** A column Directus does not manage (no directus_fields row): left out of /schema/snapshot. */
export function addUntrackedColumn(
  directus: RunningDirectus,
  collection: string,
  column: string,
): Promise<void> {
  return runSql(directus, [`ALTER TABLE "${collection}" ADD COLUMN "${column}" integer`]);
}

export function dropColumn(directus: RunningDirectus, collection: string, column: string): Promise<void> {
  return runSql(directus, [`ALTER TABLE "${collection}" DROP COLUMN "${column}"`]);
}
