import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createLayoutStore } from './layout-store';
import { useLayoutDocument } from './use-layout-store';

describe('useLayoutDocument', () => {
  it('renders from the store snapshot', () => {
    const store = createLayoutStore('k', { storage: null });
    store.setPositions({ articles: { x: 1, y: 2 } });
    function Probe() {
      const doc = useLayoutDocument(store);
      return createElement('span', null, Object.keys(doc.positions).join(','));
    }
    expect(renderToString(createElement(Probe))).toBe('<span>articles</span>');
  });
});
