import { describe, expect, it, vi } from 'vitest';
import { createRouteNavigation, type RouterLike } from './route-navigation';

type Route = RouterLike['currentRoute']['value'];

/** A router that navigates at once, as vue-router does after its guards. */
function aRouter(path = '/relata', query: Route['query'] = {}) {
  const hooks = new Set<(to: Route) => void>();
  const currentRoute = { value: { path, query, hash: '' } as Route };
  const go = vi.fn(async (to: Route) => {
    currentRoute.value = { ...to };
    hooks.forEach((hook) => hook(currentRoute.value));
  });
  const router: RouterLike = {
    currentRoute,
    push: go,
    replace: go,
    afterEach(hook) {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },
  };
  return { router, go, hooks, navigate: (to: Route) => go(to) };
}

describe('createRouteNavigation', () => {
  it('reads the parameters of the route it was made on', () => {
    const { router } = aRouter('/relata', { collection: 'articles', tags: ['a', 'b'] });
    const navigation = createRouteNavigation(router, '/relata');
    expect(navigation.get('collection')).toBe('articles');
    expect(navigation.get('tags')).toBe('a');
    expect(navigation.get('focus')).toBeNull();
  });

  it('writes through the router, keeping the other parameters, and is seen at once', () => {
    const { router, go } = aRouter('/relata', { junctions: '1' });
    const navigation = createRouteNavigation(router, '/relata');
    const listener = vi.fn();
    navigation.subscribe(listener);
    navigation.set({ collection: 'articles', junctions: null, view: '1,2,3' }, 'push');
    expect(navigation.get('collection')).toBe('articles');
    expect(navigation.get('junctions')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(go).toHaveBeenCalledWith({
      path: '/relata',
      query: { collection: 'articles', view: '1,2,3' },
      hash: '',
    });
  });

  it('does nothing when nothing changes', () => {
    const { router, go } = aRouter('/relata', { collection: 'articles' });
    createRouteNavigation(router, '/relata').set({ collection: 'articles', focus: null }, 'replace');
    expect(go).not.toHaveBeenCalled();
  });

  it("follows the Studio's own navigation on the module's path (back, a link)", async () => {
    const { router, navigate } = aRouter();
    const navigation = createRouteNavigation(router, '/relata');
    const listener = vi.fn();
    navigation.subscribe(listener);
    await navigate({ path: '/relata', query: { relationship: 'comments.article' }, hash: '' });
    expect(navigation.get('relationship')).toBe('comments.article');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores other routes and writes nothing once the Studio has left the module', async () => {
    const { router, navigate, go } = aRouter('/relata', { collection: 'articles' });
    const navigation = createRouteNavigation(router, '/relata');
    navigation.subscribe(() => undefined);
    await navigate({ path: '/content/articles', query: {}, hash: '' });
    go.mockClear();
    expect(navigation.get('collection')).toBe('articles');
    navigation.set({ collection: 'tags' }, 'push');
    expect(go).not.toHaveBeenCalled();
  });

  it('holds one router hook while anyone listens and none after', () => {
    const { router, hooks } = aRouter();
    const navigation = createRouteNavigation(router, '/relata');
    const stopA = navigation.subscribe(() => undefined);
    const stopB = navigation.subscribe(() => undefined);
    expect(hooks.size).toBe(1);
    stopA();
    expect(hooks.size).toBe(1);
    stopB();
    expect(hooks.size).toBe(0);
  });
});
