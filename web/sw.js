// Keeps the page's own files so that gaza-zones opens without a network once it has been
// loaded. The build stamps CACHE with a hash of the wasm, so a new build replaces the old copy.
const CACHE = "gaza-zones-@BUILD@";
const FILES = ["./", "./index.html", "./gz_web.js", "./gz_web_bg.wasm", "./ATTRIBUTION.txt"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The network first, so that a new build shows as soon as it is served; the kept copy when
// there is no network. The scenario in a link is after '#', which never reaches this code.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
