import { Button, Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { useMemo, useState } from 'react';
import type { ModelIndex } from '../../domain/model-index';
import { findHits, searchHits, type SearchHit } from './search-index';

export const [searchStore, searchSpotlight] = createSpotlight();

interface Props {
  index: ModelIndex;
  onFind: (hit: SearchHit) => void;
  /** Where Ctrl/Cmd+K listens: null inside the Data Studio, where the app binds it itself. */
  shortcut: string | null;
}

/** Ctrl/Cmd+K: collections, fields and relations; a hit is centred and selected. */
export function SearchSpotlight({ index, onFind, shortcut }: Props) {
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchHits(index), [index]);
  const found = useMemo(() => findHits(hits, query), [hits, query]);
  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={shortcut}
      scrollable
      title="Search the data model"
    >
      <Spotlight.Search placeholder="Collection or field…" aria-label="Search the data model" />
      <Spotlight.ActionsList role="listbox" aria-label="Results">
        {found.map((hit) => (
          <Spotlight.Action
            key={hit.name}
            role="option"
            aria-selected={false}
            aria-label={hit.name}
            label={hit.name}
            description={hit.detail}
            onClick={() => onFind(hit)}
          />
        ))}
        {found.length === 0 && <Spotlight.Empty>Nothing named like “{query}”.</Spotlight.Empty>}
      </Spotlight.ActionsList>
      <Text fz="xs" c="dimmed" px="md" py={4}>
        Enter opens the highlighted result · Esc closes
      </Text>
    </Spotlight.Root>
  );
}

export function SearchButton() {
  return (
    <Button size="xs" variant="default" onClick={() => searchSpotlight.open()} title="Ctrl/Cmd+K">
      Search
    </Button>
  );
}
