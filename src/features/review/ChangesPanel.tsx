// The "Changes" region: what differs between the two states, grouped by collection, one list
// item per change with its before and after. Choosing one shows it on the diagram.
import { Badge, Button, Group, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import type { ChangeItem } from '../../domain/review/change-items';
import type { ChangeKind, Tally } from '../../domain/review/compare';
import classes from './review.module.css';
import type { Comparing } from './useReview';

export interface Locate {
  collection: string;
  relationshipId: string | null;
}

const COLOR: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'orange' };

function tallyText(label: string, tally: Tally): string | null {
  const parts = (['added', 'removed', 'changed'] as const)
    .filter((kind) => tally[kind])
    .map((kind) => `${tally[kind]} ${kind}`);
  return parts.length ? `${label}: ${parts.join(', ')}` : null;
}

function States({ item, base, head }: { item: ChangeItem; base: string; head: string }) {
  if (item.kind === 'changed')
    return (
      <div className={classes.differences}>
        {item.differences.map((d) => (
          <Text key={d.property} size="xs">
            <Text span size="xs" ff="monospace">
              {d.property}
            </Text>
            : {d.before} → {d.after}
          </Text>
        ))}
      </div>
    );
  return (
    <Text size="xs" c="dimmed">
      Before ({base}): {item.before ?? 'none'}. After ({head}): {item.after ?? 'none'}.
    </Text>
  );
}

function ChangeRow({
  item,
  base,
  head,
  onLocate,
}: {
  item: ChangeItem;
  base: string;
  head: string;
  onLocate: (where: Locate) => void;
}) {
  return (
    <li className={classes.item}>
      <UnstyledButton
        className={classes.locate}
        onClick={() => onLocate({ collection: item.collection, relationshipId: item.relationshipId })}
        title="Show it on the diagram"
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge size="xs" variant="outline" color={COLOR[item.kind]} w={72} style={{ flex: 'none' }}>
            {item.kind}
          </Badge>
          <Text size="sm" className={classes.title}>
            {item.title}
          </Text>
        </Group>
      </UnstyledButton>
      <States item={item} base={base} head={head} />
    </li>
  );
}

interface Props {
  comparing: Comparing;
  onlyChanges: boolean;
  setOnlyChanges: (on: boolean) => void;
  onSwap: () => void;
  onStop: () => void;
  onLocate: (where: Locate) => void;
}

export function ChangesPanel({ comparing, onlyChanges, setOnlyChanges, onSwap, onStop, onLocate }: Props) {
  const heading = useId();
  const { base, head, groups, comparison } = comparing;
  const counts = [
    tallyText('collections', comparison.counts.collections),
    tallyText('fields', comparison.counts.fields),
    tallyText('relationships', comparison.counts.relationships),
  ].filter(Boolean);
  return (
    <Stack component="section" aria-labelledby={heading} gap="xs">
      <Title order={2} size="h5" id={heading}>
        Changes
      </Title>
      <Text size="xs">
        From <strong>{base.name}</strong> to <strong>{head.name}</strong>. The diagram draws {head.name}, with
        what it no longer has drawn and marked removed.
      </Text>
      <Group gap="xs">
        <Switch
          size="xs"
          label="Show only changes"
          checked={onlyChanges}
          onChange={(e) => setOnlyChanges(e.currentTarget.checked)}
        />
        <Button size="compact-xs" variant="subtle" onClick={onSwap}>
          Swap before and after
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={onStop}>
          Stop comparing
        </Button>
      </Group>
      {groups.length === 0 ? (
        <Text size="sm">No changes to collections, fields or relationships.</Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {counts.join('; ')}
          </Text>
          {groups.map((group) => (
            <Stack key={group.collection} gap={2}>
              <Title order={3} size="h6" ff="monospace">
                {group.collection}
              </Title>
              <ul className={classes.list} aria-label={`Changes in ${group.collection}`}>
                {group.items.map((item) => (
                  <ChangeRow
                    key={item.key}
                    item={item}
                    base={base.name}
                    head={head.name}
                    onLocate={onLocate}
                  />
                ))}
              </ul>
            </Stack>
          ))}
        </>
      )}
    </Stack>
  );
}
