// The requests a commit sends, as curl commands, @directus/sdk code or GraphQL operations, so a
// user can replay or script them. Each call is described for both APIs (REST and
// /graphql/system) by the gateway that sends it; the dialect decides which one is sent. A token
// never appears: curl reads $DIRECTUS_TOKEN.
import { jsLiteral, jsString, shellQuote } from './literals';

/** The @directus/sdk composables Relata sends its writes with. */
export type SdkFunction =
  | 'createCollection'
  | 'createField'
  | 'createRelation'
  | 'updateRelation'
  | 'deleteRelation'
  | 'deleteField'
  | 'deleteCollection'
  | 'customEndpoint';

export interface RestCall {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** From the Directus root, names encoded. */
  path: string;
  body?: unknown;
  /** The SDK call that sends exactly this (customEndpoint for the id-addressed API). */
  sdk: { fn: SdkFunction; args: unknown[] };
}

export interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
  /** Set when the server's GraphQL cannot do this at all: Relata refuses before sending anything. */
  unsupported?: string;
}

/** One request of a commit. */
export interface WireCall {
  /** What it does, in Directus's words. */
  summary: string;
  rest: RestCall;
  graphql: GraphqlCall;
}

export type CopyFormat = 'curl' | 'sdk' | 'graphql';
/** Which API the session's gateway speaks. */
export type WireApi = 'rest' | 'graphql';

function restCurl(call: RestCall, baseUrl: string): string {
  const lines = [
    `curl -X ${call.method} ${shellQuote(`${baseUrl}${call.path}`)}`,
    `-H "Authorization: Bearer $DIRECTUS_TOKEN"`,
  ];
  if (call.body !== undefined)
    lines.push(
      `-H 'Content-Type: application/json'`,
      `--data ${shellQuote(JSON.stringify(call.body, null, 2))}`,
    );
  return lines.join(' \\\n  ');
}

function graphqlCurl(call: GraphqlCall, baseUrl: string): string {
  const body = { query: call.query, variables: call.variables };
  return [
    `curl -X POST ${shellQuote(`${baseUrl}/graphql/system`)}`,
    `-H "Authorization: Bearer $DIRECTUS_TOKEN"`,
    `-H 'Content-Type: application/json'`,
    `--data ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join(' \\\n  ');
}

function restSdk(call: RestCall): string {
  const { fn, args } = call.sdk;
  if (fn === 'customEndpoint') {
    const lines = [`  path: ${jsString(call.path)}`, `  method: ${jsString(call.method)}`];
    if (call.body !== undefined) lines.push(`  body: JSON.stringify(${jsLiteral(call.body, '  ')})`);
    return `await client.request(customEndpoint({\n${lines.join(',\n')}\n}));`;
  }
  return `await client.request(${fn}(${args.map((arg) => jsLiteral(arg)).join(', ')}));`;
}

function graphqlSdk(call: GraphqlCall): string {
  return `await client.query(${jsString(call.query)}, ${jsLiteral(call.variables)}, 'system');`;
}

function graphqlText(call: GraphqlCall): string {
  const text = `# POST /graphql/system\n${call.query}\n# variables\n${JSON.stringify(call.variables, null, 2)}`;
  return call.unsupported ? `# Not possible here: ${call.unsupported}\n${text}` : text;
}

function render(call: WireCall, format: CopyFormat, api: WireApi, baseUrl: string): string {
  switch (format) {
    case 'curl':
      return api === 'graphql' ? graphqlCurl(call.graphql, baseUrl) : restCurl(call.rest, baseUrl);
    case 'sdk':
      return api === 'graphql' ? graphqlSdk(call.graphql) : restSdk(call.rest);
    case 'graphql':
      return graphqlText(call.graphql);
  }
}

/** Every call in order, numbered when there are several. */
export function renderCalls(
  calls: readonly WireCall[],
  format: CopyFormat,
  { api, url }: { api: WireApi; url: string },
): string {
  const baseUrl = url.replace(/\/+$/, '');
  const comment = format === 'sdk' ? '//' : '#';
  if (calls.length === 0) return `${comment} Nothing to send.`;
  if (calls.length === 1 && calls[0]) return render(calls[0], format, api, baseUrl);
  return calls
    .map((call, i) => `${comment} ${i + 1}. ${call.summary}\n${render(call, format, api, baseUrl)}`)
    .join('\n\n');
}
