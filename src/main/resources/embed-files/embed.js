// Draws the embed's timeline and graph from the data the server wrote into the page (org.storyweb.embed.EmbedPage).
// Every choice is a link the server made: a click on an item, a person or a line goes to its view, as a new page of
// the frame's own history. The one thing worked out here is the time window after the reader pans or zooms, which
// goes into the frame's address and into the next link, as the explorer keeps it.
// A module, so that it draws the timeline and the graph with the app's own look and rules (timeline-look.js,
// network-look.js and network-fit.js, copied here by the build).
import { fitGraph } from './network-fit.js';
import { EDGE_FONT, edgeLook, emphasisOf, networkOptions, nodeLook, scrollWithOneFinger } from './network-look.js';
import { openOn, timelineOptions } from './timeline-look.js';

(() => {
  'use strict';
  let pannedWindow = null;

  // The link's `window` parameter, in the codec's form: whole years as years, otherwise days (ViewStateCodec).
  const windowParameter = ({ start, end }) => {
    const from = new Date(start).toISOString().slice(0, 10);
    const to = new Date(end).toISOString().slice(0, 10);
    return from.endsWith('-01-01') && to.endsWith('-12-31')
      ? `${from.slice(0, 4)}..${to.slice(0, 4)}` : `${from}..${to}`;
  };

  const withWindow = (href) => {
    if (pannedWindow === null) {
      return href;
    }
    const url = new URL(href, document.baseURI);
    url.searchParams.set('window', windowParameter(pannedWindow));
    return url.pathname + url.search.replaceAll('%2C', ',') + url.hash;
  };

  const go = (href) => {
    if (href) {
      window.location.assign(withWindow(href));
    }
  };

  // Links to other views carry the window the reader panned to.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (link && pannedWindow !== null && !link.target && !link.getAttribute('href').startsWith('#')) {
      link.href = withWindow(link.getAttribute('href'));
    }
  });

  const data = (id) => JSON.parse(document.getElementById(`${id}-view`).textContent);

  const drawTimeline = () => {
    const view = data('timeline');
    const byId = new Map(view.items.map((item) => [item.id, item]));
    // A selected event outside the window is brought into view, as the explorer does.
    let { start, end } = view.window;
    const selected = byId.get(view.selected);
    if (selected && (selected.start < start || selected.start > end)) {
      [start, end] = [selected.start - (end - start) / 2, selected.start + (end - start) / 2];
    }
    const options = timelineOptions({ sequenceUnit: view.chapters ? 'Ch.' : null });
    const element = document.getElementById('timeline');
    // In a narrow frame the tracks' names would take half the width: the items share one row, in their colours,
    // with the linked item stacked first, so that it is in view.
    const narrow = element.clientWidth < 600;
    if (narrow && selected) {
      options.order = (a, b) => (b.id === selected.id) - (a.id === selected.id) || new Date(a.start) - new Date(b.start);
    }
    // An item's type follows from its end, and its colour from its track.
    const trackStyle = new Map(view.groups.map((group) => [group.id, group.style]));
    const asDrawn = (item) => {
      const { group, ...ungrouped } = item;
      const drawn = { ...(narrow ? ungrouped : item), type: item.end === undefined ? 'point' : 'range' };
      return trackStyle.has(group) ? { ...drawn, style: trackStyle.get(group) } : drawn;
    };
    const items = new vis.DataSet(view.items.map(asDrawn));
    const timeline = narrow ? new vis.Timeline(element, items, options)
      : new vis.Timeline(element, items, view.groups, options);
    openOn(timeline, start, end);
    // The rows scroll; a keyboard can scroll them too, from the column of the tracks' names.
    const rows = element.querySelector('.vis-panel.vis-left');
    if (rows) {
      rows.tabIndex = 0;
      rows.setAttribute('role', 'region');
      rows.setAttribute('aria-label', 'The timeline\'s tracks; the arrow keys scroll them');
    }
    if (selected) {
      timeline.setSelection([selected.id]);
      // Once drawn, the rows scroll to the selected event's track, which may be far down: vis-timeline's own
      // focus() scrolls only to items it has drawn, and it draws none in rows out of view.
      requestAnimationFrame(() => {
        const label = element.querySelector(`.vis-label.track-${CSS.escape(String(selected.group))}`);
        if (label && rows && !narrow) {
          rows.scrollTop = label.offsetTop;
        }
        // Its row now drawn, vis-timeline can bring the item itself into view, within a tall row too.
        requestAnimationFrame(() => timeline.focus(selected.id, { zoom: false, animation: false }));
      });
    }
    if (view.marker) {
      // vis-timeline writes a marker's title as markup: it gets the label escaped, so it shows as text.
      const escaped = view.marker.label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      timeline.addCustomTime(view.marker.time, 'story-moment');
      timeline.setCustomTimeMarker(escaped, 'story-moment', false);
      timeline.setCustomTimeTitle(escaped, 'story-moment');
    }
    // An item's link, when it has none of its own, is the event's link with the graph where it is (EmbedPage).
    const linkOf = (id) => {
      const item = byId.get(id);
      return item && (item.href ?? `${view.eventLink[0]}${item.id}${view.eventLink[1]}`);
    };
    timeline.on('select', ({ items }) => go(items.length > 0 ? linkOf(items[0]) : view.none));
    // A large pack's page holds only the events in its opening window (EmbedPage): when the reader's window leaves
    // the span held, the items of that window and half its width either side are fetched from the embed's items
    // address (EmbedItemsController), as the explorer's timeline does; only the parts not held yet. Spans are widened
    // to whole days, so that nearby readers ask for the same addresses, which browsers and proxies keep.
    const DAY = 86400000;
    let held = view.near;
    let asking = false;
    const fetchItems = ([from, to]) => {
      const address = new URL(view.more, document.baseURI);
      address.searchParams.set('from', from);
      address.searchParams.set('to', to);
      return fetch(address)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
        .then((more) => {
          const added = more.items.filter((item) => !byId.has(item.id));
          added.forEach((item) => byId.set(item.id, item));
          items.add(added.map(asDrawn));
        });
    };
    const bringNear = (start, end) => {
      const half = (end - start) / 2;
      const wanted = { start: Math.floor((start - half) / DAY) * DAY, end: Math.ceil((end + half) / DAY) * DAY };
      const apart = wanted.end < held.start || wanted.start > held.end;
      const missing = apart ? [[wanted.start, wanted.end]]
        : [[wanted.start, held.start], [held.end, wanted.end]].filter(([from, to]) => from < to);
      asking = true;
      Promise.all(missing.map(fetchItems))
        .then(() => {
          held = apart ? wanted
            : { start: Math.min(held.start, wanted.start), end: Math.max(held.end, wanted.end) };
        })
        .catch(() => {})
        .finally(() => { asking = false; });
    };
    const followWindow = ({ start, end, byUser }) => {
      if (byUser && held && !asking && (start.valueOf() < held.start || end.valueOf() > held.end)) {
        bringNear(start.valueOf(), end.valueOf());
      }
    };
    timeline.on('rangechange', followWindow);
    timeline.on('rangechanged', (moved) => {
      if (moved.byUser && !view.chapters) {
        pannedWindow = { start: moved.start.valueOf(), end: moved.end.valueOf() };
        history.replaceState(history.state, '', withWindow(location.href));
      }
      // The end of a drag that outran a fetch brings its items too.
      followWindow(moved);
    });
  };

  const drawGraph = () => {
    const view = data('graph');
    const nodes = new Map(view.nodes.map((node) => [node.id, node]));
    const edges = new Map(view.edges.map((edge) => [edge.id, edge]));
    const element = document.getElementById('graph');
    const emphasised = emphasisOf(edges.get(view.selectedEdge), view.highlighted);
    const network = new vis.Network(element, {
      nodes: view.nodes.map((node) => ({ ...node, ...nodeLook(node, view.groups[node.group] ?? {}, { emphasised }),
        fixed: true })),
      edges: view.edges.map((edge) => ({ ...edge, ...edgeLook(edge, { emphasised, selectedEdgeId: view.selectedEdge }) }))
    }, { ...networkOptions({ zoomView: false }), physics: false });
    scrollWithOneFinger(network, element);
    // Edge labels are drawn where vis-network puts them; only the ones shown count for the fit.
    const labels = view.edges.filter((edge) => edge.label).map((edge) => ({ from: edge.from, to: edge.to,
      text: edge.label, size: EDGE_FONT, bold: edge.id === view.selectedEdge }));
    const fit = () => fitGraph(network, element, labels);
    fit();
    network.on('resize', () => queueMicrotask(fit));
    // Where a person is drawn on the page, for scripts that drive the page (the browser tests click there).
    window.storywebEmbed = { network, personOnScreen: (id) => network.canvasToDOM(network.getPositions([id])[id]) };
    network.on('click', ({ nodes: clickedNodes, edges: clickedEdges }) => {
      const node = nodes.get(clickedNodes[0]);
      const edge = node ? null : edges.get(clickedEdges[0]);
      go(node?.href ?? edge?.href ?? view.none);
    });
  };

  // The server writes the canonical link of what is shown; a stale or repaired link is replaced by it.
  const canonical = document.body.dataset.link;
  if (canonical && new URL(canonical, document.baseURI).href !== location.href) {
    history.replaceState(history.state, '', canonical);
  }
  drawTimeline();
  drawGraph();
})();
