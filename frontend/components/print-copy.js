// A copy in words of a drawing, for the printed page: made just before printing, under the drawing, and dropped
// after. A handout then says what the picture shows, and the screen keeps no hidden second copy. Browsers fire
// beforeprint for their print dialog and for window.print(). Text is only ever placed with textContent.

// Calls render(host) to fill the copy before each printing, and restore() after it, if given; returns a function
// that stops it.
export function printCopy(element, heading, render, restore = () => {}) {
  let copy = null;
  const drop = () => {
    if (copy) {
      restore();
    }
    copy?.remove();
    copy = null;
  };
  const make = () => {
    drop();
    copy = document.createElement('section');
    copy.className = 'print-only print-copy';
    const title = document.createElement('h3');
    title.textContent = heading();
    copy.append(title);
    render(copy);
    element.after(copy);
  };
  window.addEventListener('beforeprint', make);
  window.addEventListener('afterprint', drop);
  return () => {
    window.removeEventListener('beforeprint', make);
    window.removeEventListener('afterprint', drop);
    drop();
  };
}
