// ByteSmart service worker. post-build.mjs replaces the two placeholders below with the
// build id (a hash of every file) and the list of files to precache.
const BUILD = "__BUILD_ID__";
const PRECACHE = __PRECACHE__;
const CACHE = `bytesmart-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((p) => new Request(p, { cache: "reload" })));
      // First install: nothing to mix with, take over at once. Updates wait for the user.
      if (!self.registration.active) await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Old caches go only now, after this build has taken over.
      for (const key of await caches.keys()) {
        if (key.startsWith("bytesmart-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
  if (event.data && event.data.type === "BUILD") event.source && event.source.postMessage({ type: "BUILD", build: BUILD });
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (req.mode === "navigate") {
        // Every route is the single-page app: serve this build's shell.
        const shell = await cache.match("/index.html");
        if (shell) return shell;
        return fetch(req);
      }
      const hit = await cache.match(req, { ignoreSearch: true });
      return hit || fetch(req);
    })()
  );
});
