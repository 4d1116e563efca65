// How the relationship graph looks, written once for the app's connector (network-connector.js) and the embed
// (embed.js, which the build copies this file beside): the vis-network options, and how a selection is emphasised.
// Plain functions of plain data, tested with Node's own test runner (network-look.test.js).

export const FACE = 'system-ui, sans-serif';
// Label sizes and node margins; Network.java states the same for callers that lay out nodes themselves.
export const NODE_FONT = 18;
export const EDGE_FONT = 15;
export const FADED = 0.2;
const HALO = '#111111';
// Labels of faded edges are lighter, yet still readable (4.9:1 on white).
const LABEL = '#222222';
export const FADED_LABEL = '#707070';
const FOCUS = '#0b5cd5';

/** vis-network's options for a graph whose people the server has placed. Labels are drawn as text, never HTML. */
export function networkOptions({ zoomView }) {
  return {
    autoResize: true,
    nodes: {
      shape: 'box',
      margin: { top: 6, bottom: 6, left: 10, right: 10 },
      borderWidth: 2,
      font: { size: NODE_FONT, face: FACE }
    },
    edges: {
      smooth: false,
      width: 2,
      // Level labels read more easily than labels turned along steep edges; the server's layout keeps them apart.
      font: { size: EDGE_FONT, face: FACE, align: 'horizontal', strokeWidth: 4, strokeColor: '#ffffff' }
    },
    // The wheel scrolls the page; on a touch screen two fingers zoom the graph, a deliberate move (network.css).
    interaction: { hover: true, selectConnectedEdges: false, multiselect: false, zoomView }
  };
}

/**
 * One finger on a touch screen scrolls the page, as over any picture (network.css): vis-network would otherwise pan
 * the graph by the first pixels of a swipe, before the browser takes the swipe over. A mouse still drags the view.
 */
export function scrollWithOneFinger(network, element) {
  let dragView = true;
  element.addEventListener('pointerdown', (event) => {
    const wanted = event.pointerType !== 'touch';
    if (wanted !== dragView) {
      dragView = wanted;
      network.setOptions({ interaction: { dragView } });
    }
  }, { capture: true });
}

/** The people emphasised: the two a selected edge joins, or else the highlighted ones. */
export function emphasisOf(selectedEdge, highlighted) {
  return selectedEdge ? new Set([selectedEdge.from, selectedEdge.to]) : new Set(highlighted);
}

/**
 * A person's look. Emphasis fades what is not emphasised and thickens the border of what is, so that it does not
 * rely on colour; the keyboard's cursor is a dashed border in the focus colour.
 * `group` is the person's group's style ({ shape, background, border, textColor }), or {}.
 */
export function nodeLook(node, group, { emphasised, cursor = null, nodeFont = NODE_FONT }) {
  const on = emphasised.has(node.id);
  const isCursor = node.id === cursor;
  const background = group.background ?? '#ffffff';
  return {
    id: node.id,
    shape: group.shape ?? 'box',
    opacity: emphasised.size > 0 && !on && !isCursor ? FADED : 1,
    borderWidth: on || isCursor ? 5 : 2,
    shapeProperties: { borderDashes: isCursor ? [6, 3] : false },
    color: {
      background,
      border: isCursor ? FOCUS : on ? '#000000' : (group.border ?? '#33414d'),
      highlight: { background, border: '#000000' },
      hover: { background, border: '#000000' }
    },
    font: { color: group.textColor ?? '#1a1a1a', size: nodeFont }
  };
}

/**
 * A relationship's look. A selected edge is wider, outlined in a dark halo and labelled in bold (vis-network's
 * selection); with a selection, only the edges between emphasised people keep their colour. `edge` carries its own
 * `baseWidth` and `baseColor`; `appearing` (0 to 1) fades in an edge that has just appeared.
 */
export function edgeLook(edge, { emphasised, selectedEdgeId = null, appearing = 1, edgeFont = EDGE_FONT,
  fadedLabel = FADED_LABEL, emphasisedLabelsOnly = false }) {
  const selected = edge.id === selectedEdgeId;
  const on = selectedEdgeId ? selected
    : emphasised.size === 0 || (emphasised.has(edge.from) && emphasised.has(edge.to));
  const width = selected ? Math.max(2 * edge.baseWidth, edge.baseWidth + 4) : edge.baseWidth;
  const labelShown = !emphasisedLabelsOnly || (emphasised.size > 0 && on);
  const c = edge.baseColor;
  return {
    id: edge.id,
    width,
    background: { enabled: selected, color: HALO, size: width + 6 },
    color: { color: c, highlight: c, hover: c, opacity: (on ? 1 : FADED) * appearing },
    labelShown,
    // vis-network keeps a label that is set to empty, so a hidden one is drawn in no colour.
    font: labelShown
      ? { color: on ? LABEL : fadedLabel, size: edgeFont, strokeWidth: 4 }
      : { color: 'rgba(0, 0, 0, 0)', size: edgeFont, strokeWidth: 0 }
  };
}
