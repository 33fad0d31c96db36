import { Button, Code, CopyButton, Menu, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { asCurl, asGraphql, asSdk, type RelationRequest } from '../../domain/editing/copy-as';

const FORMATS = {
  curl: { label: 'REST (curl)', render: (request: RelationRequest, url: string) => asCurl(request, url) },
  sdk: { label: '@directus/sdk', render: (request: RelationRequest) => asSdk(request) },
  graphql: { label: 'GraphQL (/graphql/system)', render: (request: RelationRequest) => asGraphql(request) },
} as const;

type Format = keyof typeof FORMATS;

/** The exact request the editor sends, to replay or script it. The token is never included. */
export function CopyAs({ request, url }: { request: RelationRequest; url: string }) {
  const [format, setFormat] = useState<Format | null>(null);
  const text = format ? FORMATS[format].render(request, url) : '';
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default">
            Copy as
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(Object.keys(FORMATS) as Format[]).map((key) => (
            <Menu.Item key={key} onClick={() => setFormat(key)}>
              {FORMATS[key].label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={format !== null}
        onClose={() => setFormat(null)}
        title={format ? `Copy as ${FORMATS[format].label}` : ''}
        size="xl"
      >
        <Stack>
          <Code block aria-label="Request">
            {text}
          </Code>
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy to clipboard'}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Modal>
    </>
  );
}
