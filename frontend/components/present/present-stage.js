// Fits the stage to the screen, for the projectors classrooms have (1024x768 and up): the narration, its question
// and its sources must all be on screen. The type shrinks first, in steps down to the 20 px floor (styles.css keeps
// each size at 20 px or more); if that is not enough the stage is laid out otherwise, its narration wider.
// The graph keeps room for a picture a quarter of the screen high, where it can (its drawing is about 2.5 times as
// wide as high, GraphLayout's area, so a tall narrow box is no better than a low one). It runs again whenever the
// screen or the narration changes; the graph fits its own box (network-fit.js). A phone's stage is a column that
// scrolls (styles.css).
const TYPE = [1, 0.9, 0.8, 0.72, 0.66];
const LAYOUTS = ['', 'present-roomy-narration', 'present-narration-first'];

window.storywebPresentStage = (root) => {
  if (root.$presentStage) {
    return;
  }
  const narration = root.querySelector('#present-narration');
  const stage = root.querySelector('.present-stage');
  const graph = root.querySelector('#graph');
  const column = window.matchMedia('(max-width: 900px)');
  const fits = (roomForTheGraph) => column.matches || (narration.scrollHeight <= narration.clientHeight + 1
    && root.scrollHeight <= root.clientHeight + 1
    && (!roomForTheGraph || Math.min(graph.clientWidth / 2.5, graph.clientHeight) >= window.innerHeight / 4));
  let frame = 0;
  const fit = () => {
    frame = 0;
    if (!root.isConnected) {
      observer.disconnect();
      watcher.disconnect();
      return;
    }
    for (const roomForTheGraph of [true, false]) {
      for (const layout of LAYOUTS) {
        stage.classList.remove(...LAYOUTS.filter(Boolean));
        if (layout) {
          stage.classList.add(layout);
        }
        for (const type of TYPE) {
          root.style.setProperty('--present-type', type);
          if (fits(roomForTheGraph)) {
            return;
          }
        }
      }
    }
  };
  const later = () => {
    frame ||= requestAnimationFrame(fit);
  };
  const observer = new ResizeObserver(later);
  observer.observe(root);
  const watcher = new MutationObserver(later);
  watcher.observe(narration, { subtree: true, childList: true, characterData: true, attributes: true });
  root.$presentStage = fit;
  fit();
};
