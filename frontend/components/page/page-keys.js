// What every view of a pack does in the page as a whole: "/" goes to the search field, the skip link moves focus
// to the main content, the view's link is written out for print, and Vaadin's connection indicator is a live region
// (it says when the connection is lost) rather than content outside the page's landmarks.

// A key typed into a field is the field's: "/" is a character there, not a shortcut.
function typing(event) {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function install() {
  if (window.storywebPage) {
    return;
  }
  window.storywebPage = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      return;
    }
    const field = document.querySelector('#search');
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
  // In the search: Down from the field goes to the first result, Up and Down move between results, Escape empties
  // the field and closes them.
  document.addEventListener('keydown', (event) => {
    const path = event.composedPath();
    const inField = path.some((element) => element.id === 'search');
    const results = document.getElementById('search-results');
    const inResults = results && path.includes(results);
    if (!inField && !inResults) {
      return;
    }
    const buttons = results ? [...results.querySelectorAll('button.search-result')] : [];
    if (event.key === 'Escape') {
      const field = document.getElementById('search');
      if (field && field.value) {
        event.preventDefault();
        field.value = '';
        field.focus();
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const index = buttons.indexOf(path[0]);
      const next = inField ? (event.key === 'ArrowDown' ? 0 : -1)
        : index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next >= 0 && next < buttons.length) {
        event.preventDefault();
        buttons[next].focus();
      } else if (inResults && next < 0) {
        event.preventDefault();
        document.getElementById('search')?.focus();
      }
    }
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a.skip-link');
    const target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (target) {
      event.preventDefault();
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    }
  });
  // The view's own link, and (under the picture) the links of its text, the two tables of the same view.
  const writeLink = () => {
    document.querySelectorAll('.print-link').forEach((element) => {
      element.textContent = window.location.href;
    });
    document.querySelectorAll('.print-view-link').forEach((element) => {
      const link = new URL(window.location.href);
      link.pathname = `${link.pathname.replace(/\/$/, '')}/${element.dataset.view}`;
      element.textContent = link.href;
    });
  };
  window.addEventListener('beforeprint', writeLink);
  window.matchMedia('print').addEventListener('change', (media) => media.matches && writeLink());
  const markIndicator = () => {
    const indicator = document.querySelector('vaadin-connection-indicator');
    if (indicator && indicator.getAttribute('role') !== 'status') {
      indicator.setAttribute('role', 'status');
      indicator.setAttribute('aria-live', 'polite');
    }
    return indicator !== null;
  };
  if (!markIndicator()) {
    const watch = new MutationObserver(() => markIndicator() && watch.disconnect());
    watch.observe(document.body, { childList: true });
  }
}

install();
