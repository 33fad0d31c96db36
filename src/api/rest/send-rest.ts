// Sends one described REST call through the SDK composable it names, so what Copy as shows is
// built from the same description as what is sent.
import {
  createCollection,
  createField,
  createRelation,
  customEndpoint,
  deleteCollection,
  deleteField,
  deleteRelation,
  updateRelation,
} from '@directus/sdk';
import type { RestCall } from '../../domain/editing/copy-as';
import type { RelataClient } from '../client';
import { call } from '../request';

const text = (value: unknown) => String(value);

// The SDK types want its own schema's shapes; the bodies are the ones Directus documents.
/* eslint-disable @typescript-eslint/no-explicit-any */
export function sendRest(client: RelataClient, rest: RestCall): Promise<unknown> {
  const [a, b, c] = rest.sdk.args as [any, any, any];
  switch (rest.sdk.fn) {
    case 'createCollection':
      return call(() => client.request(createCollection(a)));
    case 'createField':
      return call(() => client.request(createField(text(a), b)));
    case 'createRelation':
      return call(() => client.request(createRelation(a)));
    case 'updateRelation':
      return call(() => client.request(updateRelation(text(a), text(b), c)));
    case 'deleteRelation':
      return call(() => client.request(deleteRelation(text(a), text(b))));
    case 'deleteField':
      return call(() => client.request(deleteField(text(a), text(b))));
    case 'deleteCollection':
      return call(() => client.request(deleteCollection(text(a))));
    case 'customEndpoint':
      return call(() =>
        client.request(
          customEndpoint<unknown>({
            path: rest.path,
            method: rest.method,
            ...(rest.body === undefined ? {} : { body: JSON.stringify(rest.body) }),
          }),
        ),
      );
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
