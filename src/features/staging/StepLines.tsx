import { Text } from '@mantine/core';
import { describeStep } from '../../domain/changes/describe';
import type { Step } from '../../domain/changes/steps';

const MARK = { create: '+', alter: '~', drop: '−' } as const;

/**
 * What a pending change will create, alter or drop, as lines, not a list: the pending list has
 * one list item per change, and nested items would blur that for assistive technology.
 */
export function StepLines({ steps }: { steps: readonly Step[] }) {
  return (
    <div>
      {steps.map((step, i) => {
        const { action, text, destructive } = describeStep(step);
        return (
          <Text key={i} fz="xs" c={destructive ? 'red.8' : 'dimmed'}>
            <Text span ff="monospace" aria-hidden="true">
              {MARK[action]}{' '}
            </Text>
            {text}
            {destructive ? ' (cannot be undone)' : ''}
          </Text>
        );
      })}
    </div>
  );
}
