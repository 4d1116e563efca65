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
  const stage = root.querySelector('.present-stage');
  const move = (action) => root.dispatchEvent(new CustomEvent('present-key', { detail: { action } }));
  // The join screen is the server's to show and hide, so that its Join screen button stays in step.
  const joinShown = () => {
    const join = root.querySelector('#class-join');
    return join !== null && !join.hidden;
  };
  // After a choice the keys drive the stage again: the focus leaves the list or button chosen with, so that Space
  // and the arrows step instead of opening the list again.
  const handBack = () => stage?.focus({ preventScroll: true });
  if (stage) {
    stage.tabIndex = -1;
  }
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
    if (event.key === 'Tab') {
      chosen = false;
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
      } else if (joinShown()) {
        move('hide-join');
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
  // A tour chosen from the list, by pointer or keyboard: once the list has closed (it gives the focus back to itself).
  // The list may give itself the focus back late, once it has closed: that focus is handed back too.
  const tours = root.querySelector('#tour-select');
  let chosen = false;
  tours?.addEventListener('change', () => {
    chosen = true;
    if (!tours.opened) {
      requestAnimationFrame(handBack);
    }
  });
  tours?.addEventListener('opened-changed', (event) => {
    if (!event.detail.value && chosen) {
      requestAnimationFrame(handBack);
    }
  });
  tours?.addEventListener('focusin', () => {
    if (chosen && !tours.opened) {
      requestAnimationFrame(handBack);
    }
  });
  // Until the reader goes to the list again, by pointer or Tab (onKey).
  root.addEventListener('pointerdown', () => (chosen = false), true);
  // A button clicked, or a person or an event chosen, with a pointer (a keyboard's click has no detail).
  root.addEventListener('click', (event) => {
    if (event.detail > 0 && help.hidden && !event.target.closest('vaadin-select, #class-join')) {
      handBack();
    }
  });
  help.querySelector('vaadin-button')?.addEventListener('click', () => showHelp(false));
  root.$presentKeys = onKey;
};
