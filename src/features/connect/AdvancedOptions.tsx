import { Button, Collapse, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { DialectChoice } from '../../api/detect';
import { DIALECT_LABEL } from '../../api/gateway';

const DIALECTS: { value: DialectChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'rest', label: DIALECT_LABEL.rest },
  { value: 'rest-legacy', label: DIALECT_LABEL['rest-legacy'] },
  { value: 'graphql', label: DIALECT_LABEL.graphql },
];

/** Collapsed by default: how to talk to Directus, detected from its answers unless chosen here. */
export function AdvancedOptions({
  dialect,
  onDialect,
}: {
  dialect: DialectChoice;
  onDialect: (dialect: DialectChoice) => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        onClick={() => setOpened((open) => !open)}
        aria-expanded={opened}
      >
        Advanced options
      </Button>
      <Collapse expanded={opened}>
        <Select
          label="Dialect"
          description="How Relata talks to Directus"
          data={DIALECTS}
          value={dialect}
          onChange={(value) => value && onDialect(value as DialectChoice)}
          allowDeselect={false}
        />
      </Collapse>
    </Stack>
  );
}
