// The module's route component: the Data Studio's own page frame (module bar, header) around an
// element Relata mounts into. Plain render functions rather than an SFC, so the extension builds
// with the app's own Vite config.
import * as extensionsSdk from '@directus/extensions-sdk';
import { defineComponent, h, onBeforeUnmount, onMounted, ref, resolveComponent } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { createCookieClient } from '../api/host-session';
import type { RelataClient } from '../api/client';
import { mountRelata } from './mount';
import { createRouteNavigation } from './route-navigation';

export const MODULE_NAME = 'Data model diagram';

/** The Studio's address without /admin/…: where its API answers (same origin). */
function studioUrl(): string {
  const parts = window.location.pathname.split('/');
  const admin = parts.indexOf('admin');
  const root = admin >= 0 ? parts.slice(0, admin).join('/') : '';
  return `${window.location.origin}${root}`;
}

/** The Studio's SDK client (11.x and 12.x export useSdk); plain cookie requests otherwise. */
function studioClient(url: string): RelataClient {
  // Read through the namespace: a missing named import would break every extension on the page.
  const useSdk = (extensionsSdk as Partial<typeof extensionsSdk>).useSdk;
  return (useSdk?.() as RelataClient | undefined) ?? createCookieClient(url);
}

/**
 * The element React lives in. A component of its own because the Studio's page frame renders its
 * content after the route component mounts: this one mounts when the element really exists.
 */
const RelataHost = defineComponent({
  name: 'RelataHost',
  setup() {
    const router = useRouter();
    const route = useRoute();
    const url = studioUrl();
    const client = studioClient(url);
    const host = ref<HTMLElement | null>(null);
    let unmount: (() => void) | null = null;
    onMounted(() => {
      if (!host.value) return;
      unmount = mountRelata(host.value, {
        url,
        client,
        navigation: createRouteNavigation(router, route.path),
      });
    });
    onBeforeUnmount(() => {
      unmount?.();
      unmount = null;
    });
    return () => h('div', { ref: host, class: 'relata-module', style: { height: '100%', minHeight: '0' } });
  },
});

export const RelataRoute = defineComponent({
  name: 'RelataRoute',
  setup() {
    const PrivateView = resolveComponent('private-view');
    return () => h(PrivateView, { title: MODULE_NAME }, { default: () => h(RelataHost) });
  },
});
