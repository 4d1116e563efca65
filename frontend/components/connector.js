// Registers a connector class at window.Vaadin.Flow[name], where the server-side component calls
// sync(element, patch). The instance lives at element.$connector and is created once, on the first sync.
export function registerConnector(name, Connector) {
  window.Vaadin = window.Vaadin || {};
  window.Vaadin.Flow = window.Vaadin.Flow || {};
  window.Vaadin.Flow[name] = {
    sync(element, patch) {
      if (!element.$connector) {
        element.$connector = new Connector(element);
      }
      element.$connector.sync(patch);
    },
    destroy(element) {
      if (element.$connector) {
        element.$connector.destroy();
        delete element.$connector;
      }
    }
  };
}
