// syncmap's service worker: after one visit the app loads with the network off.
//
// Strategy: stale-while-revalidate over a versioned cache of the app shell.
// - Same-origin GET requests only, never an `/api/` path: anything else is left to the browser
//   untouched (no respondWith), so nothing from another origin or any API answer is ever cached.
// - A page is answered from the cache at once; in the background the whole shell is fetched
//   again and, if any file changed (a new deployment), written to a *new* cache. The next load
//   shows the new version.
// - The shell is replaced as a whole, never file by file: index.html, syncmap-web.js,
//   syncmap-web_bg.wasm and the worker's files only work together (wasm-bindgen's glue must
//   match its module, the page and the worker speak one protocol, and index.html pins the
//   page's files with integrity hashes). Each page keeps reading from the cache it was
//   loaded from, so a refresh finishing halfway through a load cannot mix two versions.
// All URLs are relative to this file, so the app works from any base path.

"use strict";

// Caches are shared by the whole origin: the scope in the name keeps two deployments on one
// origin (and anything else the origin caches) apart.
const PREFIX = `syncmap-shell ${self.registration.scope} `;
const SHELL = [
  "./",
  "index.html",
  "syncmap-web.js",
  "syncmap-web_bg.wasm",
  // The background worker (import, password checker), which the page starts on first use: in
  // the shell so that it works offline, and of the same version as the page that talks to it.
  "syncmap-worker_loader.js",
  "syncmap-worker.js",
  "syncmap-worker_bg.wasm",
  "style.css",
  "manifest.webmanifest",
  "icon.svg",
];
// Written last into a new cache: a cache without it is incomplete and never used.
const COMMIT_MARKER = "index.html";

const SHELL_URLS = SHELL.map((path) => new URL(path, self.location).href);

// Whether `url` is a shell file, whatever its query (`?embed&preset=...` is the same page).
function isShell(url) {
  const plain = new URL(url);
  plain.search = "";
  plain.hash = "";
  return SHELL_URLS.includes(plain.href);
}

// Which cache each page (client) was loaded from, so its files come from one version. Lost when
// the browser stops the worker, which it does only when no page has been loading for a while.
const cacheOfClient = new Map();
const MAX_CLIENTS = 64;

let refreshing = null;
// How long a refresh waits after the page load that triggered it: the page gets the network
// and the processor to itself first (the refresh downloads the whole shell again).
const REFRESH_DELAY_MS = 1000;

self.addEventListener("install", (event) => {
  // A new worker brings a new shell: fetch all of it before taking over.
  event.waitUntil(fetchShell().then(storeShell).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = await currentCacheName();
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== keep) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.includes("/api/")) {
    return;
  }
  event.respondWith(respond(event));
});

async function respond(event) {
  const request = event.request;
  const navigation = request.mode === "navigate";
  let name;
  if (navigation) {
    name = await currentCacheName();
    if (name && event.resultingClientId) {
      rememberClient(event.resultingClientId, name);
    }
    // Caches older than the one this page uses were kept only for pages still loading.
    event.waitUntil(pruneOlderThan(name));
  } else {
    name = cacheOfClient.get(event.clientId) || (await currentCacheName());
    // A worker the page starts is a client of its own: its files come from the page's cache.
    if (name && request.destination === "worker" && event.resultingClientId) {
      rememberClient(event.resultingClientId, name);
    }
  }
  const cache = name ? await caches.open(name) : null;
  // `?embed&preset=...` selects a view of the same page: one cached index.html serves them all.
  const cached = cache ? await cache.match(request, { ignoreSearch: navigation }) : undefined;
  if (cached) {
    if (navigation) {
      event.waitUntil(refreshShell());
    }
    if (!isShell(request.url)) {
      event.waitUntil(refreshOne(request.url, name));
    }
    return cached;
  }
  const response = await fetch(request);
  // Shell files enter the cache only as a whole (install, refreshShell).
  if (cache && cacheable(response) && !isShell(request.url)) {
    event.waitUntil(cache.put(request, response.clone()));
  }
  return response;
}

function rememberClient(clientId, name) {
  cacheOfClient.set(clientId, name);
  if (cacheOfClient.size > MAX_CLIENTS) {
    cacheOfClient.delete(cacheOfClient.keys().next().value);
  }
}

function cacheable(response) {
  return response.ok && response.status === 200 && response.type === "basic";
}

// The newest complete shell cache, or null before the first install finishes. Remembered, so
// a page load does not search the caches; a stored shell replaces it.
let current = null;

async function currentCacheName() {
  // Site data can be cleared while the worker runs.
  if (current && (await caches.has(current))) {
    return current;
  }
  const names = (await caches.keys())
    .filter((name) => name.startsWith(PREFIX))
    .sort((a, b) => Number(b.slice(PREFIX.length)) - Number(a.slice(PREFIX.length)));
  for (const name of names) {
    const cache = await caches.open(name);
    if (await cache.match(new URL(COMMIT_MARKER, self.location).href)) {
      current = name;
      return name;
    }
  }
  return null;
}

async function pruneOlderThan(name) {
  if (!name) {
    return;
  }
  const stamp = Number(name.slice(PREFIX.length));
  for (const other of await caches.keys()) {
    if (other.startsWith(PREFIX) && Number(other.slice(PREFIX.length)) < stamp) {
      await caches.delete(other);
    }
  }
}

// Every shell file from the network, bypassing the HTTP cache; fails if any one fails.
async function fetchShell() {
  return Promise.all(
    SHELL_URLS.map(async (url) => {
      const response = await fetch(new Request(url, { cache: "no-store" }));
      if (!cacheable(response)) {
        throw new Error(`syncmap service worker: ${url} answered ${response.status}`);
      }
      return [url, response];
    }),
  );
}

// Writes a fetched shell into a new cache, the commit marker last.
async function storeShell(entries) {
  const name = PREFIX + Date.now();
  const cache = await caches.open(name);
  const ordered = [
    ...entries.filter(([url]) => !url.endsWith("/" + COMMIT_MARKER)),
    ...entries.filter(([url]) => url.endsWith("/" + COMMIT_MARKER)),
  ];
  for (const [url, response] of ordered) {
    await cache.put(url, response);
  }
  current = name;
}

// Fetches the shell again and stores it only when something changed. One refresh at a time.
function refreshShell() {
  if (!refreshing) {
    refreshing = (async () => {
      await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS));
      const entries = await fetchShell();
      const bodies = await Promise.all(
        entries.map(async ([url, response]) => [url, await response.clone().arrayBuffer()]),
      );
      const name = await currentCacheName();
      const cache = name ? await caches.open(name) : null;
      for (const [url, body] of bodies) {
        const old = cache ? await cache.match(url) : undefined;
        if (!old || !sameBytes(body, await old.arrayBuffer())) {
          await storeShell(entries);
          return;
        }
      }
    })()
      // Offline, or the server is down: keep serving what is cached.
      .catch(() => {})
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

// A same-origin file outside the shell (the embedding demo, its stylesheet): refreshed alone.
async function refreshOne(url, name) {
  try {
    const response = await fetch(url, { cache: "no-store" });
    if (cacheable(response)) {
      await (await caches.open(name)).put(url, response);
    }
  } catch {
    // Offline: the cached copy stays.
  }
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) {
    return false;
  }
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i += 1) {
    if (x[i] !== y[i]) {
      return false;
    }
  }
  return true;
}
