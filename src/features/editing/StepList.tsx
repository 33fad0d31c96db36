import { List, Text } from '@mantine/core';
import { describeStep } from '../../domain/changes/describe';
import type { Step } from '../../domain/changes/steps';

const MARK = { create: '+', alter: '~', drop: '−' } as const;

/** Every collection, field and relation a change creates, alters or drops, in order. */
export function StepList({ steps, label }: { steps: readonly Step[]; label: string }) {
  if (!steps.length) return <Text fz="sm">Nothing to change.</Text>;
  return (
    <List aria-label={label} fz="sm" spacing={2} listStyleType="none">
      {steps.map((step, i) => {
        const { action, text, destructive } = describeStep(step);
        return (
          <List.Item key={i} c={destructive ? 'red.8' : undefined}>
            <Text span ff="monospace" aria-hidden="true">
              {MARK[action]}{' '}
            </Text>
            {text}
          </List.Item>
        );
      })}
    </List>
  );
}
