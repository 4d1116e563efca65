// How the graph is fitted to its box, written once for the app's connector (network-connector.js) and the embed
// (embed.js, which the build copies this file beside): every person and every edge label shown lies inside the box,
// as large as fits and never larger than drawn. The graph stays legible by getting a box large enough, never by
// cropping it: a reader must see everyone the step is about.

const MAX_SCALE = 1;
// Room between the drawing and the box's edge, in the page's pixels.
const MARGIN = 6;

let measure;

function textWidth(text, font) {
  measure ??= document.createElement('canvas').getContext('2d');
  measure.font = font;
  return measure.measureText(text).width;
}

/**
 * Fits a vis-network drawing to its element.
 * `labels` are the edge labels drawn, each `{ from, to, text, size, bold }` (size in the drawing's pixels); they are
 * drawn level at the middle of their edge, so they can reach beyond the people they join.
 */
export function fitGraph(network, element, labels = [], face = 'system-ui, sans-serif') {
  const width = element.clientWidth;
  const height = element.clientHeight;
  const positions = network.getPositions();
  const ids = Object.keys(positions);
  if (ids.length === 0 || width === 0 || height === 0) {
    return;
  }
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const take = (left, top, right, bottom) => {
    box.left = Math.min(box.left, left);
    box.top = Math.min(box.top, top);
    box.right = Math.max(box.right, right);
    box.bottom = Math.max(box.bottom, bottom);
  };
  for (const id of ids) {
    const node = network.getBoundingBox(id);
    take(node.left, node.top, node.right, node.bottom);
  }
  for (const label of labels) {
    const from = positions[label.from];
    const to = positions[label.to];
    if (from && to && label.text) {
      const half = textWidth(label.text, `${label.bold ? 'bold ' : ''}${label.size}px ${face}`) / 2;
      const x = (from.x + to.x) / 2;
      const y = (from.y + to.y) / 2;
      take(x - half, y - label.size / 2, x + half, y + label.size / 2);
    }
  }
  const scale = Math.min(MAX_SCALE, (width - 2 * MARGIN) / Math.max(1, box.right - box.left),
    (height - 2 * MARGIN) / Math.max(1, box.bottom - box.top));
  network.moveTo({
    position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
    scale: Math.max(0.05, scale),
    animation: false
  });
}
