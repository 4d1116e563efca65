// Registers a connector class at window.Vaadin.Flow[name], where the server-side component calls
// sync(element, patch). The instance lives at element.$connector and is created once, on the first sync.
//
// The first sync builds the drawing in a task of its own, after the answer that created the page's components has
// been handled: a page's first answer is then several shorter tasks instead of one long one, so the browser can
// answer the reader in between. Patches that arrive before then wait, in order.
//
// A drawing lives as long as its element is in the page. When the reader leaves a view, Vaadin removes its elements,
// and the server's detach can no longer reach them; so the page itself notices an element gone and destroys its
// drawing (window listeners, timers, canvas). An element only moved is back in the page by then, and is kept.
const drawn = new Map();
let watcher = null;

function watch(element, destroy) {
  drawn.set(element, destroy);
  watcher ??= new MutationObserver(() => {
    for (const [gone, destroyIt] of drawn) {
      if (!gone.isConnected) {
        drawn.delete(gone);
        destroyIt(gone);
      }
    }
  });
  watcher.observe(document.body, { childList: true, subtree: true });
}

export function registerConnector(name, Connector) {
  window.Vaadin = window.Vaadin || {};
  window.Vaadin.Flow = window.Vaadin.Flow || {};
  window.Vaadin.Flow[name] = {
    sync(element, patch) {
      if (element.$connector) {
        element.$connector.sync(patch);
        return;
      }
      if (!element.$waitingPatches) {
        element.$waitingPatches = [];
        setTimeout(() => {
          const waiting = element.$waitingPatches;
          if (!waiting) {
            return; // destroyed before it was drawn
          }
          delete element.$waitingPatches;
          element.$connector = new Connector(element);
          watch(element, (gone) => window.Vaadin.Flow[name].destroy(gone));
          waiting.forEach((waitingPatch) => element.$connector.sync(waitingPatch));
        });
      }
      element.$waitingPatches.push(patch);
    },
    destroy(element) {
      delete element.$waitingPatches;
      if (element.$connector) {
        element.$connector.destroy();
        delete element.$connector;
      }
    }
  };
}
