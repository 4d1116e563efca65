// The timeline as an agenda, for a component too narrow to draw an axis: every item in time order, one row each with
// its caption, text and group. Rows are options of a listbox: one Tab stop, arrows move, Enter or Space selects.
// Text from the server is only ever placed with textContent; a colour only after validColor has checked it.

const DAY = 86400000;

export const validColor = (color) => (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : null);

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text ?? '';
  return element;
}

// What a row shows of when the item is, where the server gave no caption.
function defaultCaption(item, sequenceUnit) {
  if (sequenceUnit) {
    return `${sequenceUnit} ${Math.floor(item.start / DAY)}`;
  }
  return new Date(item.start).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

export class Agenda {
  // onSelect(id) is called when the user chooses a row.
  constructor(host, onSelect) {
    this.onSelect = onSelect;
    this.rows = new Map();
    this.selection = [];
    this.root = document.createElement('div');
    this.root.className = 'storyweb-timeline-agenda';
    this.root.setAttribute('role', 'listbox');
    this.root.addEventListener('click', (event) => {
      const row = event.target.closest('[role="option"]');
      if (row && this.root.contains(row)) {
        this.choose(row);
      }
    });
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    // The list gets its height from the page's styles, which may arrive after the rows: keep the selection in view.
    this.resizeObserver = new ResizeObserver(() => this.reveal(this.selection[0]));
    this.resizeObserver.observe(this.root);
    host.append(this.root);
  }

  setLabel(label) {
    this.root.setAttribute('aria-label', label ?? '');
  }

  // items: as the server sends them; groups: id -> { text, color, order }, or null when the timeline has none.
  render(items, groups, sequenceUnit) {
    const focused = this.root.contains(document.activeElement) ? document.activeElement.dataset.rowId : undefined;
    const scrollTop = this.root.scrollTop;
    const order = (item) => groups?.get(item.group)?.order ?? 0;
    const shown = items
      .filter((item) => !groups || groups.has(item.group))
      .sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start) || order(a) - order(b)
        || a.text.localeCompare(b.text));
    this.rows = new Map();
    const fragment = document.createDocumentFragment();
    for (const item of shown) {
      const row = document.createElement('div');
      row.setAttribute('role', 'option');
      row.className = `storyweb-timeline-row${item.className ? ` ${item.className}` : ''}`;
      row.dataset.rowId = item.id;
      row.tabIndex = -1;
      row.append(span('storyweb-timeline-caption', item.caption ?? defaultCaption(item, sequenceUnit)));
      const title = span('storyweb-timeline-text', item.text);
      title.dataset.itemId = item.id;
      row.append(title);
      const group = groups?.get(item.group);
      if (group) {
        const name = span('storyweb-timeline-group', group.text);
        const chip = span('storyweb-timeline-chip', '');
        chip.setAttribute('aria-hidden', 'true');
        const color = validColor(group.color);
        if (color) {
          row.style.setProperty('--group-color', color);
        }
        name.prepend(chip);
        row.append(name);
      }
      this.rows.set(item.id, row);
      fragment.append(row);
    }
    this.root.replaceChildren(fragment);
    this.root.scrollTop = scrollTop;
    this.markSelection();
    const active = this.rows.get(focused) ?? this.rows.get(this.selection[0]) ?? this.rows.values().next().value;
    this.activate(active, focused !== undefined && active !== undefined);
  }

  // Marks the selected rows; a new selection is scrolled into view within the list.
  select(ids) {
    const changed = ids.length !== this.selection.length || ids.some((id, i) => id !== this.selection[i]);
    this.selection = [...ids];
    this.markSelection();
    if (changed && ids.length > 0) {
      this.reveal(ids[0]);
      if (!this.root.contains(document.activeElement)) {
        this.activate(this.rows.get(ids[0]), false);
      }
    }
  }

  markSelection() {
    const selected = new Set(this.selection);
    for (const [id, row] of this.rows) {
      row.setAttribute('aria-selected', String(selected.has(id)));
    }
  }

  // Scrolls the list, and only the list, so that the row is in view (as block: 'nearest' would, without moving the
  // page).
  // Scrolls the list so that this row is at its top.
  scrollToTop(id) {
    const row = this.rows.get(id);
    if (row) {
      this.root.scrollTop += row.getBoundingClientRect().top - this.root.getBoundingClientRect().top
        - this.root.clientTop;
    }
  }

  reveal(id) {
    const row = this.rows.get(id);
    if (!row) {
      return;
    }
    const list = this.root.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    const top = list.top + this.root.clientTop;
    const bottom = top + this.root.clientHeight;
    if (box.top < top) {
      this.root.scrollTop -= top - box.top;
    } else if (box.bottom > bottom) {
      this.root.scrollTop += Math.min(box.bottom - bottom, box.top - top);
    }
  }

  // The row that Tab reaches; focused too when the user is moving through the list.
  activate(row, focus) {
    for (const other of this.rows.values()) {
      other.tabIndex = other === row ? 0 : -1;
    }
    if (row && focus) {
      row.focus({ preventScroll: true });
      this.reveal(row.dataset.rowId);
    }
  }

  choose(row) {
    this.activate(row, true);
    this.onSelect(row.dataset.rowId);
  }

  onKey(event) {
    const row = event.target.closest?.('[role="option"]');
    if (!row) {
      return;
    }
    const rows = [...this.rows.values()];
    const index = rows.indexOf(row);
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1,
      PageDown: index + 5, PageUp: index - 5 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      this.activate(rows[Math.max(0, Math.min(rows.length - 1, move))], true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(row);
    }
  }

  destroy() {
    this.resizeObserver.disconnect();
    this.root.remove();
  }
}
