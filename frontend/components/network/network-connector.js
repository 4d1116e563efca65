// Connects a server-side Network component to a vis-network instance.
// The server sends patches (see Network.java); the browser sends back only node and edge ids.
import { DataSet } from 'vis-data/peer';
import { Network } from 'vis-network/peer';
import { registerConnector } from '../connector.js';
import { printCopy } from '../print-copy.js';
import { fitGraph } from './network-fit.js';
import { EDGE_FONT, FACE, FADED_LABEL, NODE_FONT, edgeLook, emphasisOf, networkOptions, nodeLook, scrollWithOneFinger }
  from './network-look.js';
import 'vis-network/styles/vis-network.css';
import './network.css';

const FADE_MS = 300;
// The arrow keys, as a direction on the drawing.
const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

class NetworkConnector {
  constructor(element) {
    this.element = element;
    this.nodes = new DataSet();
    this.edges = new DataSet();
    this.groupStyles = {};
    this.highlighted = new Set();
    this.selection = { node: null, edge: null };
    this.appearing = new Set();
    this.fade = 1;
    element.setAttribute('role', 'img');
    // On paper, the relationships are listed under the picture, by the names of the people they join.
    this.stopPrintCopy = printCopy(element, () => `The graph's ${this.edges.length} relationships`, (host) => {
      const name = (id) => String(this.nodes.get(id)?.label ?? id);
      const lines = this.edges.get()
        .map((edge) => `${name(edge.from)} and ${name(edge.to)}${edge.baseLabel ? `: ${edge.baseLabel}` : ''}`)
        .sort((a, b) => a.localeCompare(b));
      const list = document.createElement('ul');
      for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      host.append(list);
    });
    this.network = new Network(element, { nodes: this.nodes, edges: this.edges }, {
      ...networkOptions({ zoomView: window.matchMedia('(pointer: coarse)').matches }),
      layout: { randomSeed: 7 },
      physics: { enabled: true, stabilization: { iterations: 300, fit: true } }
    });
    this.network.once('stabilizationIterationsDone', () => this.network.setOptions({ physics: false }));
    scrollWithOneFinger(this.network, element);
    this.network.on('click', ({ nodes, edges }) => {
      const node = nodes[0] ?? null;
      const edge = node === null ? (edges[0] ?? null) : null;
      this.selection = { node, edge };
      this.restyle();
      this.dispatch('network-select', { node, edge });
    });
    // Keyboard: a focused graph has a cursor on one person; the arrow keys move it to the nearest person in that
    // direction, Enter or Space selects that person (as a click does), Escape puts the cursor away.
    this.cursor = null;
    this.label = '';
    this.onKeyDown = (event) => this.key(event);
    this.onFocusOut = (event) => {
      if (!element.contains(event.relatedTarget)) {
        this.moveCursor(null);
      }
    };
    element.addEventListener('keydown', this.onKeyDown);
    element.addEventListener('focusout', this.onFocusOut);
    // vis-network restores its old view right after this event, so the fit for the new size waits until it has.
    this.network.on('resize', () => queueMicrotask(() => this.fitView()));
  }

  dispatch(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { detail }));
  }

  key(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || this.nodes.length === 0) {
      return;
    }
    const direction = DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      this.moveCursor(this.cursor === null ? this.startNode() : this.nearest(this.cursor, direction) ?? this.cursor);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.cursor !== null) {
      event.preventDefault();
      this.selection = { node: this.cursor, edge: null };
      this.restyle();
      this.dispatch('network-select', { node: this.cursor, edge: null });
    } else if (event.key === 'Escape' && this.cursor !== null) {
      event.preventDefault();
      this.moveCursor(null);
    }
  }

  // Where the cursor starts: on the selected person, else on the first by name.
  startNode() {
    if (this.selection.node && this.nodes.get(this.selection.node)) {
      return this.selection.node;
    }
    return this.nodes.get().sort((a, b) => String(a.label).localeCompare(String(b.label)))[0].id;
  }

  // The person nearest to `from` in a direction: ahead of it, with a sideways offset counting double.
  nearest(from, [dx, dy]) {
    const positions = this.network.getPositions();
    const origin = positions[from];
    let best = null;
    let bestScore = Infinity;
    for (const [id, position] of Object.entries(positions)) {
      const ahead = (position.x - origin.x) * dx + (position.y - origin.y) * dy;
      const aside = Math.abs((position.x - origin.x) * dy) + Math.abs((position.y - origin.y) * dx);
      const score = ahead + 2 * aside;
      if (id !== String(from) && ahead > 0 && score < bestScore) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  // Puts the keyboard's cursor on a person (or away, for null): drawn with a blue border, and named in the
  // graph's accessible name, which a screen reader reads for the focused graph.
  moveCursor(id) {
    if (id === this.cursor) {
      return;
    }
    this.cursor = id;
    const name = id === null ? null : this.nodes.get(id)?.label;
    this.element.setAttribute('aria-label', name ? `${name}. ${this.label} Arrow keys move between people, `
      + 'Enter selects.' : this.label);
    this.restyle();
  }

  sync(patch) {
    if (patch.label !== undefined) {
      this.label = patch.label;
      this.element.setAttribute('aria-label', patch.label);
    }
    if (patch.groups !== undefined) {
      if (patch.groups.all !== undefined) {
        this.groupStyles = {};
      }
      (patch.groups.remove ?? []).forEach((id) => delete this.groupStyles[id]);
      (patch.groups.all ?? patch.groups.put ?? []).forEach((group) => (this.groupStyles[group.id] = group));
    }
    if (patch.nodes !== undefined) {
      const previous = this.nodes.length > 0 ? this.network.getPositions() : {};
      this.apply(this.nodes, patch.nodes, (n) => ({
        id: n.id,
        label: n.label,
        group: n.group ?? undefined,
        placed: n.x !== undefined,
        x: n.x ?? previous[n.id]?.x,
        y: n.y ?? previous[n.id]?.y
      }));
      // When the server places every node, the picture is its own: no physics, nobody moves.
      const fixed = this.nodes.length > 0 && this.nodes.get().every((n) => n.placed);
      this.nodes.update(this.nodes.get().map((n) => ({ id: n.id, fixed })));
      if (fixed) {
        this.network.setOptions({ physics: false });
      }
    }
    if (patch.edges !== undefined) {
      const before = new Set(this.edges.getIds());
      this.apply(this.edges, patch.edges, (e) => ({ ...e, label: e.label ?? undefined, baseLabel: e.label ?? null, baseColor: e.color, baseWidth: e.width }));
      // Edges that appear fade in briefly, so a change of phase reads as a change; not for reduced motion.
      const added = (patch.edges.all ?? patch.edges.put ?? []).map((e) => e.id).filter((id) => !before.has(id));
      this.appearing = new Set(before.size === 0 ? [] : added);
      this.fade = this.appearing.size > 0 && !reducedMotion() ? 0 : 1;
    }
    if (patch.highlighted !== undefined) {
      this.highlighted = new Set(patch.highlighted);
    }
    if (patch.selection !== undefined) {
      this.selection = patch.selection;
    }
    if (Object.keys(patch).some((key) => key !== 'label')) {
      this.restyle();
    }
    if (patch.selection !== undefined) {
      this.network.unselectAll();
      if (patch.selection.node && this.nodes.get(patch.selection.node)) {
        this.network.selectNodes([patch.selection.node], false);
      } else if (patch.selection.edge && this.edges.get(patch.selection.edge)) {
        this.network.selectEdges([patch.selection.edge]);
      }
    }
    if (patch.nodes !== undefined || patch.selection !== undefined || patch.highlighted !== undefined) {
      this.fitView();
    }
    if (this.fade < 1) {
      this.fadeIn();
    }
  }

  // How the page around the graph wants it drawn, from CSS custom properties, so that a view such as present mode
  // can ask for larger labels without a second component:
  // --storyweb-network-node-font and -edge-font (px); --storyweb-network-edge-labels: "emphasised" to label only the
  // edges of what is selected; --storyweb-network-faded-label, the colour of faded edge labels.
  theme() {
    const style = getComputedStyle(this.element);
    const number = (name, fallback) => {
      const value = parseFloat(style.getPropertyValue(name));
      return Number.isFinite(value) ? value : fallback;
    };
    return {
      nodeFont: number('--storyweb-network-node-font', NODE_FONT),
      edgeFont: number('--storyweb-network-edge-font', EDGE_FONT),
      emphasisedLabelsOnly: style.getPropertyValue('--storyweb-network-edge-labels').trim() === 'emphasised',
      fadedLabel: style.getPropertyValue('--storyweb-network-faded-label').trim() || FADED_LABEL
    };
  }

  smallestFont(theme) {
    const labelled = this.edges.get().some((edge) => edge.baseLabel && edge.labelShown !== false);
    return labelled ? Math.min(theme.nodeFont, theme.edgeFont) : theme.nodeFont;
  }

  /** The size on screen of the smallest labels shown, in CSS pixels. */
  smallestLabelPx() {
    return this.smallestFont(this.theme()) * this.network.getScale();
  }

  // Fits everyone and every label shown into the element (network-fit.js).
  fitView() {
    const edgeFont = this.theme().edgeFont;
    const labels = this.edges.get().filter((edge) => edge.baseLabel && edge.labelShown !== false)
      .map((edge) => ({ from: edge.from, to: edge.to, text: edge.baseLabel, size: edgeFont,
        bold: edge.id === this.selection.edge }));
    fitGraph(this.network, this.element, labels, FACE);
  }

  // The nodes a selected edge joins, or else the highlighted ones.
  emphasised() {
    return emphasisOf(this.selection.edge ? this.edges.get(this.selection.edge) : null, this.highlighted);
  }

  // Applies a change from the server to a DataSet: everything anew ("all"), or only what was added or changed
  // ("put") and removed ("remove"); see SentList.java.
  apply(dataSet, change, toItem) {
    if (change.all !== undefined) {
      dataSet.clear();
    }
    dataSet.remove(change.remove ?? []);
    dataSet.update((change.all ?? change.put ?? []).map(toItem));
  }

  fadeIn() {
    cancelAnimationFrame(this.fadeFrame);
    const start = performance.now();
    const step = (now) => {
      this.fade = Math.min(1, (now - start) / FADE_MS);
      this.restyle();
      if (this.fade < 1) {
        this.fadeFrame = requestAnimationFrame(step);
      }
    };
    this.fadeFrame = requestAnimationFrame(step);
  }

  // Emphasis, as network-look.js draws it for the embed too.
  restyle() {
    const theme = this.theme();
    const emphasised = this.emphasised();
    this.nodes.update(this.nodes.get().map((node) => nodeLook(node, this.groupStyles[node.group] ?? {},
      { emphasised, cursor: this.cursor, nodeFont: theme.nodeFont })));
    this.edges.update(this.edges.get().map((edge) => edgeLook(edge, { emphasised,
      selectedEdgeId: this.selection.edge && this.edges.get(this.selection.edge) ? this.selection.edge : null,
      appearing: this.appearing?.has(edge.id) ? this.fade : 1, edgeFont: theme.edgeFont,
      fadedLabel: theme.fadedLabel, emphasisedLabelsOnly: theme.emphasisedLabelsOnly })));
  }

  destroy() {
    this.element.removeEventListener('keydown', this.onKeyDown);
    this.element.removeEventListener('focusout', this.onFocusOut);
    cancelAnimationFrame(this.fadeFrame);
    this.network.destroy();
    this.stopPrintCopy();
  }
}

registerConnector('storywebNetworkConnector', NetworkConnector);
