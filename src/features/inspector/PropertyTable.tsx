import { Code, Table, Text } from '@mantine/core';

/** Renders a value from Directus as plain text: null stays visible as null. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : '[]';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

interface Props {
  label: string;
  rows: [name: string, value: unknown][];
}

export function PropertyTable({ label, rows }: Props) {
  return (
    <Table aria-label={label} withRowBorders={false} verticalSpacing={2} fz="xs" layout="fixed">
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th scope="row" w="45%" fw={500}>
              <Code fz="xs">{name}</Code>
            </Table.Th>
            <Table.Td>
              <Text
                fz="xs"
                c={value === null || value === undefined ? 'dimmed' : undefined}
                style={{ wordBreak: 'break-word' }}
              >
                {formatValue(value)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
