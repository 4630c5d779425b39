// The background worker's entry (src/background.rs starts it). trunk's own loader shim leaves a
// failure to load the module as an unhandled rejection, which the page never hears of; thrown
// from a task of its own, it becomes the worker's `error` event, which the page reports to the
// job that waited.
importScripts("./syncmap-worker.js");
wasm_bindgen({ module_or_path: "./syncmap-worker_bg.wasm" }).catch((error) => {
  setTimeout(() => {
    throw error;
  });
});
