// Sets window.__bothPainted to performance.now() at the first frame where both drawings show: a vis-timeline item
// visible on screen in #timeline and ink on the #graph canvas; or, for TimelineJS, a marker on its time nav and a
// slide's headline on screen. Shared by bench/Peers.java and bench/BigPack.java (bench/PaintTime.java keeps its
// older test, an item in the DOM, so that bench/run's figures stay comparable).
(() => {
  const inked = (canvas) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 16) { if (data[i] > 0) return true; }
    return false;
  };
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
  };
  const visDrawn = () => {
    // vis-timeline puts its items in the DOM before it shows its root (visibility: hidden until the
    // first full redraw): an item counts once it is visible and on screen.
    const item = [...document.querySelectorAll('#timeline .vis-item')].some((el) => onScreen(el)
      && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    const canvas = document.querySelector('#graph canvas');
    return item && canvas && canvas.width > 0 && inked(canvas);
  };
  // TimelineJS: a marker on its time nav and a slide whose headline is on screen.
  const tlDrawn = () => document.querySelector('.tl-timemarker')
    && [...document.querySelectorAll('.tl-slide')].some((s) => onScreen(s)
         && [...s.querySelectorAll('.tl-headline')].some((h) => h.textContent.trim() && onScreen(h)));
  const check = () => {
    if (visDrawn() || tlDrawn()) {
      window.__bothPainted = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();
