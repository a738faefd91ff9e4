/// <reference lib="webworker" />
/**
 * The service worker that keeps the playground usable offline after a first visit (built by
 * vite-plugin-pwa with Workbox, strategy injectManifest):
 *
 * - the app shell — the page, every lab's code and styles, fonts, icons — is precached at
 *   install, each file under its content revision, so a new build replaces exactly what changed;
 * - what a lab loads later — the vocabularies, ONNX Runtime's wasm, the tiny model's files — is
 *   kept the first time it is fetched (cache first: asset names carry a content hash);
 * - the tiny model's cache is named after a hash of the committed model files
 *   (__MODEL_REVISION__, computed at build time in vite.config.ts) besides its versioned path
 *   (models/tiny-qwen/<version>), and older model caches are deleted when a new worker takes
 *   over: a changed model is never answered from an old cache.
 *
 * A new build waits until the visitor accepts the update (the page sends SKIP_WAITING).
 */
import { clientsClaim } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string })[] };
declare const __MODEL_REVISION__: string;

/** Cache names start with this; clearing the offline copy deletes every cache of the site. */
const PREFIX = 'qip-';
const MODEL_CACHE = `${PREFIX}model-${__MODEL_REVISION__}`;
const ASSET_CACHE = `${PREFIX}assets`;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Routes live in the hash, so every navigation is the one page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const isModel = (url: URL) => sameOrigin(url) && url.pathname.includes('/models/');
const isAsset = (url: URL) => sameOrigin(url) && url.pathname.includes('/assets/');

registerRoute(
  ({ url }) => isModel(url),
  new CacheFirst({
    cacheName: MODEL_CACHE,
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
);
// The chat checks that each model file exists with a HEAD request before loading it: answered
// from the model cache when the file is there, so the check works offline too.
registerRoute(
  ({ url }) => isModel(url),
  async ({ request }) => {
    const cache = await caches.open(MODEL_CACHE);
    const hit = await cache.match(request.url);
    if (hit) return new Response(null, { status: 200, headers: hit.headers });
    return fetch(request);
  },
  'HEAD',
);
registerRoute(
  ({ url }) => isAsset(url),
  new CacheFirst({
    cacheName: ASSET_CACHE,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true }),
    ],
  }),
);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(`${PREFIX}model-`) && k !== MODEL_CACHE)
            .map((k) => caches.delete(k)),
        ),
      ),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first visit is served from the network; taking control at once lets what its labs load
// be kept for the next, offline one.
clientsClaim();
