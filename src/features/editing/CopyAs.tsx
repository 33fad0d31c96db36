import { Alert, Button, Code, CopyButton, Menu, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { toRelataError } from '../../api/errors';
import type { Session } from '../../api/session';
import type { Step } from '../../domain/changes/steps';
import type { DirectusSchema } from '../../domain/directus-types';
import { renderCalls, type CopyFormat } from '../../domain/editing/copy-as';

const FORMATS: Record<CopyFormat, string> = {
  curl: 'curl',
  sdk: '@directus/sdk',
  graphql: 'GraphQL (/graphql/system)',
};

interface Props {
  session: Session;
  /** The steps of the change as it stands (planned when the menu is used). */
  steps: () => readonly Step[];
  /** The model the change is planned against. */
  schema: DirectusSchema;
}

function note(session: Session): string | null {
  if (session.gateway.dialect !== 'rest') return null;
  return (
    'On SQLite and PostgreSQL Relata sends this change all or nothing through /schema/diff and ' +
    '/schema/apply; these are the equivalent calls, which it sends exactly so, one by one, on MySQL/MariaDB.'
  );
}

/** The requests the editor sends, to replay or script them. The token is never included. */
export function CopyAs({ session, steps, schema }: Props) {
  const [format, setFormat] = useState<CopyFormat | null>(null);
  let text = '';
  let problem: string | null = null;
  if (format) {
    try {
      const calls = session.gateway.calls(steps(), schema);
      const api = session.gateway.dialect === 'graphql' ? 'graphql' : 'rest';
      text = renderCalls(calls, format, { api, url: session.url });
    } catch (error) {
      problem = toRelataError(error).message;
    }
  }
  const explanation = note(session);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default">
            Copy as
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(Object.keys(FORMATS) as CopyFormat[]).map((key) => (
            <Menu.Item key={key} onClick={() => setFormat(key)}>
              {FORMATS[key]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={format !== null}
        onClose={() => setFormat(null)}
        title={format ? `Copy as ${FORMATS[format]}` : ''}
        size="xl"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          {explanation && (
            <Text fz="xs" c="dimmed">
              {explanation}
            </Text>
          )}
          {problem ? (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          ) : (
            <Code block aria-label="Request">
              {text}
            </Code>
          )}
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} disabled={problem !== null}>
                {copied ? 'Copied' : 'Copy to clipboard'}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Modal>
    </>
  );
}
