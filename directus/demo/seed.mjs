// Seeds the demo data model into a running Directus through its REST API (official SDK).
import {
  createCollection,
  createDirectus,
  createField,
  createItems,
  createRelation,
  rest,
  staticToken,
} from '@directus/sdk';
import { aliases, collections, folders, relations } from './model.mjs';

export async function seedDemo(url, token) {
  const client = createDirectus(url).with(staticToken(token)).with(rest());
  for (const folder of folders) {
    await client.request(
      createCollection({ collection: folder.collection, meta: folder.meta, schema: null }),
    );
  }
  for (const { collection, fields, group, junction } of collections) {
    const meta = junction ? { hidden: true, icon: 'import_export' } : { group: group ?? null };
    await client.request(createCollection({ collection, fields, meta, schema: {} }));
  }
  for (const { collection, ...field } of aliases) {
    await client.request(createField(collection, field));
  }
  for (const relation of relations) {
    await client.request(createRelation(relation));
  }
  await client.request(
    createItems('languages', [
      { code: 'en-US', name: 'English' },
      { code: 'de-DE', name: 'Deutsch' },
    ]),
  );
  await client.request(createItems('authors', [{ name: 'Ada Lovelace' }]));
  await client.request(createItems('articles', [{ title: 'Hello Relata', status: 'published', author: 1 }]));
}
