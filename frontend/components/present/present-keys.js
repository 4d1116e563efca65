// The presenter's keys. Presenter remotes send PageUp and PageDown; keyboards have the arrows, Space, Home and End.
// Moving is the server's (it changes the view and its link); blanking, full screen and the key list stay here.
const MOVES = {
  ArrowRight: 'next', PageDown: 'next', ' ': 'next',
  ArrowLeft: 'previous', PageUp: 'previous',
  Home: 'first', End: 'last'
};

function typingOrChoosing(event) {
  const target = event.target;
  if (document.querySelector('vaadin-select[opened], vaadin-combo-box[opened], vaadin-dialog-overlay[opened]')) {
    return true;
  }
  if (!target.closest) {
    return false;
  }
  if (target.closest('input, textarea, select, vaadin-select, vaadin-combo-box, [contenteditable]')) {
    return true;
  }
  // Space and Enter press a focused button or follow a link, as everywhere.
  return event.key === ' ' && target.closest('button, vaadin-button, a') !== null;
}

function toggleFullScreen() {
  if (document.fullscreenElement) {
    document.exitFullscreen();
  } else {
    document.documentElement.requestFullscreen?.().catch(() => {});
  }
}

window.storywebPresentKeys = (root) => {
  if (root.$presentKeys) {
    return;
  }
  const blank = root.querySelector('#present-blank');
  const help = root.querySelector('#present-help');
  const move = (action) => root.dispatchEvent(new CustomEvent('present-key', { detail: { action } }));
  const showHelp = (shown) => {
    help.hidden = !shown;
    if (shown) {
      help.focus();
    }
  };
  const onKey = (event) => {
    if (!root.isConnected) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || typingOrChoosing(event)) {
      return;
    }
    const key = event.key;
    if (key === 'Escape') {
      if (!help.hidden) {
        showHelp(false);
      } else if (!blank.hidden) {
        blank.hidden = true;
      } else {
        move('leave');
      }
    } else if (key === 'b' || key === 'B' || key === '.') {
      blank.hidden = !blank.hidden;
    } else if (key === 'f' || key === 'F') {
      toggleFullScreen();
    } else if (key === '?') {
      showHelp(help.hidden);
    } else if (MOVES[key]) {
      blank.hidden = true;
      showHelp(false);
      move(MOVES[key]);
    } else {
      return;
    }
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  root.querySelector('#present-keys-button')?.addEventListener('click', () => showHelp(help.hidden));
  help.querySelector('vaadin-button')?.addEventListener('click', () => showHelp(false));
  root.$presentKeys = onKey;
};
