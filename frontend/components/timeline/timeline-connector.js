// Connects a server-side Timeline component to a vis-timeline instance or, where the component is narrow, to an
// agenda that lists the items (timeline-agenda.js). The server sends patches (see Timeline.java); the browser sends
// back only ids, times and windows.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import { registerConnector } from '../connector.js';
import { Agenda, validColor } from './timeline-agenda.js';
import { printCopy } from '../print-copy.js';
import { openOn, timelineOptions } from './timeline-look.js';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';

// Below this width (in pixels) an axis leaves no room to read titles; the agenda is shown instead.
const NARROW = 600;
const BACKGROUND = 'background:';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// Text from the server is only ever placed with textContent: item labels can come from content files.
// The space vis-timeline leaves between a point's dot and its title.
const LABEL_GAP = 8;

// The keys that move the roving focus, as moves: along a track in time, across tracks, or to either end.
const MOVES = {
  ArrowLeft: ['time', -1], ArrowRight: ['time', 1], ArrowUp: ['track', -1], ArrowDown: ['track', 1],
  Home: ['end', -1], End: ['end', 1]
};
const ZOOMS = { '+': 0.5, '=': 0.5, '-': 2, '_': 2, '\u2212': 2 };

// A patch of a keyed list (see SentList.java) as the values to add or replace and the ids to remove.
function changes(patch, currentIds) {
  if (patch.all !== undefined) {
    const kept = new Set(patch.all.map((value) => value.id));
    return { put: patch.all, remove: [...currentIds].filter((id) => !kept.has(id)) };
  }
  return { put: patch.put ?? [], remove: patch.remove ?? [] };
}

function toBackground(background) {
  return {
    id: BACKGROUND + background.id,
    text: background.text,
    start: background.start,
    end: background.end,
    type: 'background',
    group: background.group ?? undefined,
    className: background.className ?? undefined
  };
}

class TimelineConnector {
  constructor(element) {
    this.element = element;
    // What the server sent, which both views draw from.
    this.source = new Map();
    this.backgroundIds = new Set();
    this.items = new DataSet();
    this.groups = new DataSet();
    this.hasGroups = false;
    this.selection = [];
    this.window = null;
    this.markers = [];
    this.markerIds = new Set();
    this.sequenceUnit = null;
    this.label = '';
    this.timeline = null;
    this.agenda = null;
    element.setAttribute('role', 'group');
    // On paper, the items are listed under the picture, as the agenda lists them.
    this.stopPrintCopy = printCopy(element, () => `The timeline's ${this.source.size} events, in time order`, (host) => {
      // The picture is laid out in screen pixels, and nothing redraws while the page prints: on paper it keeps its
      // screen layout, shrunk to the paper's width (A4 or Letter, portrait: about 700 CSS pixels inside the margins).
      // The track names' column is scrolled, and a zoomed page does not keep a scroll position: it is held as an
      // offset while the page prints.
      element.style.setProperty('--print-width', `${element.offsetWidth}px`);
      element.style.setProperty('--print-height', `${element.offsetHeight}px`);
      element.style.setProperty('--print-zoom', String(Math.min(1, 700 / Math.max(1, element.offsetWidth))));
      const names = element.querySelector('.vis-panel.vis-left');
      if (names) {
        element.style.setProperty('--print-names-offset', `${-names.scrollTop}px`);
        names.dataset.scrolled = String(names.scrollTop);
        names.scrollTop = 0;
      }
      const list = new Agenda(host, () => {});
      list.resizeObserver.disconnect();
      list.setLabel(this.label);
      this.renderAgenda(list);
    }, () => {
      const names = element.querySelector('.vis-panel.vis-left');
      if (names?.dataset.scrolled) {
        names.scrollTop = Number(names.dataset.scrolled);
        delete names.dataset.scrolled;
      }
    });
    // Keyboard: the timeline is one Tab stop, its active item (a roving tab index). Arrows move between items,
    // left and right in time along a track, up and down between tracks; Home and End go to the first and last;
    // Enter or Space selects, as a click does; + and - zoom.
    this.active = null;
    this.onKeyDown = (event) => {
      const id = event.target?.dataset?.itemId;
      if (!this.timeline || id === undefined || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.select(id);
      } else if (MOVES[event.key]) {
        event.preventDefault();
        const [axis, step] = MOVES[event.key];
        const next = this.neighbour(id, axis, step);
        if (next !== undefined) {
          this.moveFocus(next);
        }
      } else if (ZOOMS[event.key]) {
        event.preventDefault();
        this.zoom(ZOOMS[event.key]);
      }
    };
    element.addEventListener('keydown', this.onKeyDown);
    // The component's own width decides, not the screen's: it may sit in a narrow column of a wide page.
    this.resizeObserver = new ResizeObserver((entries) => this.layout(entries[entries.length - 1].contentRect.width));
    this.resizeObserver.observe(element);
    this.layout(element.clientWidth);
  }

  layout(width) {
    const narrow = width > 0 && width < NARROW;
    if (narrow === this.narrow) {
      return;
    }
    this.narrow = narrow;
    if (narrow) {
      this.destroyChart();
      this.agenda = new Agenda(this.element, (id) => this.select(id));
      this.agenda.setLabel(this.label);
      this.renderAgenda();
      this.agenda.select(this.selection);
      requestAnimationFrame(() => this.revealWindow());
    } else {
      this.agenda?.destroy();
      this.agenda = null;
      this.createChart();
    }
  }

  // A new vis-timeline instance on the same data, showing the last window and selection: vis cannot switch its axis
  // labelling back once it is set, and a narrow component has none.
  createChart() {
    this.chart = document.createElement('div');
    this.chart.className = 'storyweb-timeline-chart';
    this.element.append(this.chart);
    const options = timelineOptions({ active: () => this.active, sequenceUnit: this.sequenceUnit });
    this.windowShown = this.window !== null;
    const timeline = new Timeline(this.chart, this.items, options);
    this.timeline = timeline;
    if (this.window) {
      openOn(timeline, this.window.start, this.window.end);
    }
    if (this.hasGroups) {
      timeline.setGroups(this.groups);
    }
    timeline.on('select', ({ items }) => {
      this.selection = items;
      this.dispatch('timeline-select', { ids: items });
    });
    // A pan or zoom by the user fires many changes; the server hears of the last one only. A move the server asked
    // for (a window, or an item to bring into view) is not reported back: that would be a second round trip for
    // every selection, and for every student of a class at every step.
    timeline.on('rangechanged', ({ start, end, byUser }) => {
      this.window = { start: start.valueOf(), end: end.valueOf() };
      clearTimeout(this.windowTimer);
      if (byUser) {
        this.windowTimer = setTimeout(
          () => this.dispatch('timeline-window-change', { start: start.valueOf(), end: end.valueOf() }), 400);
      }
    });
    timeline.on('timechanged', ({ id, time }) => this.dispatch('timeline-marker-move', { id, time: time.valueOf() }));
    timeline.on('changed', () => {
      this.placePointLabels();
      this.placeMarkerLabels();
      this.updateTabStop();
    });
    this.markerIds.clear();
    this.syncMarkers();
    if (this.selection.length > 0) {
      timeline.setSelection(this.selection);
    }
    if (this.pendingFocus !== undefined) {
      this.focus(this.pendingFocus, false);
    }
  }

  // vis-timeline writes a marker's label to the right of its line: at the window's right end it ran under what the page
  // lays over the timeline's corner (the zoom buttons), and at the left end it was cut. It moves clear of both.
  placeMarkerLabels() {
    const panel = this.chart.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel) {
      return;
    }
    const over = [...(this.element.parentElement?.children ?? [])]
      .filter((element) => element !== this.element && getComputedStyle(element).position === 'absolute')
      .map((element) => element.getBoundingClientRect());
    for (const label of this.chart.querySelectorAll('.vis-custom-time-marker')) {
      label.style.transform = '';
      const box = label.getBoundingClientRect();
      let shift = Math.max(0, panel.left - box.left);
      for (const corner of over) {
        if (box.top < corner.bottom && corner.top < box.bottom && box.right + shift > corner.left
            && box.left + shift < corner.right) {
          shift = Math.max(panel.left - box.left, corner.left - 4 - box.right);
        }
      }
      if (shift !== 0) {
        label.style.transform = `translateX(${shift}px)`;
      }
    }
  }

  // vis-timeline always writes a point's title to the right of its dot, so a point near the window's right edge has its
  // title cut. Such a title goes to the left of the dot when it fits there.
  placePointLabels() {
    const panel = this.chart.querySelector('.vis-panel.vis-center');
    if (!panel) {
      return;
    }
    const bounds = panel.getBoundingClientRect();
    for (const point of panel.querySelectorAll('.vis-item.vis-point')) {
      const dot = point.querySelector('.vis-dot')?.getBoundingClientRect();
      const content = point.querySelector('.vis-item-content');
      if (!dot || !content) {
        continue;
      }
      const width = content.offsetWidth + LABEL_GAP;
      const cutOnTheRight = dot.right + width > bounds.right;
      const fitsOnTheLeft = dot.left - width >= bounds.left;
      point.classList.toggle('storyweb-label-left', cutOnTheRight && fitsOnTheLeft);
    }
  }

  // The item titles drawn now, in the axis's visible panel.
  titles() {
    const panel = this.chart?.querySelector('.vis-panel.vis-center');
    return panel ? [...panel.querySelectorAll('[data-item-id]')] : [];
  }

  // Exactly one drawn title is in the tab order: the active item's, or, when that is not drawn (the reader panned
  // away) and the focus is elsewhere, the selected item's or the first in view.
  updateTabStop() {
    const titles = this.titles();
    let stop = titles.find((title) => title.dataset.itemId === String(this.active));
    if (!stop && !this.moving && !this.element.contains(document.activeElement)) {
      stop = titles.find((title) => this.selection.map(String).includes(title.dataset.itemId))
        ?? titles.find((title) => this.inView(title.dataset.itemId)) ?? titles[0];
      this.active = stop?.dataset.itemId ?? null;
    }
    titles.forEach((title) => {
      title.tabIndex = title === stop ? 0 : -1;
    });
  }

  // The items on the axis in time order, and their track's place among the rows.
  ordered() {
    const order = (item) => (item.group == null ? 0 : this.groups.get(item.group)?.order ?? 0);
    return [...this.source.values()]
      .filter((item) => item.group == null || this.groups.get(item.group))
      .sort((a, b) => a.start - b.start || order(a) - order(b) || String(a.id).localeCompare(String(b.id)));
  }

  // The item a key moves to from item `id`: the next or previous in time on its track, the nearest in time on the
  // next or previous track that has items, or the first or last of all.
  neighbour(id, axis, step) {
    const items = this.ordered();
    const current = items.find((item) => String(item.id) === String(id));
    if (!current || items.length === 0) {
      return undefined;
    }
    if (axis === 'end') {
      return (step < 0 ? items[0] : items[items.length - 1]).id;
    }
    if (axis === 'time') {
      const track = items.filter((item) => item.group === current.group);
      return track[track.indexOf(current) + step]?.id;
    }
    const rows = [...new Set(items.map((item) => item.group))]
      .sort((a, b) => (this.groups.get(a)?.order ?? 0) - (this.groups.get(b)?.order ?? 0));
    const row = rows[rows.indexOf(current.group) + step];
    if (row === undefined) {
      return undefined;
    }
    const middle = (item) => (item.start + (item.end ?? item.start)) / 2;
    return items.filter((item) => item.group === row)
      .reduce((best, item) => (Math.abs(middle(item) - middle(current)) < Math.abs(middle(best) - middle(current))
        ? item : best)).id;
  }

  // Moves the roving focus to an item: into view first if it is not, then focused once it is drawn.
  // vis-timeline's focus scrolls its rows as well as its axis. While it redraws, the focused title may be replaced, so
  // the move is held (`moving`) until the new title has the focus; and the title is focused without the browser's own
  // scroll, which would move the rows but not the track names beside them.
  moveFocus(id) {
    this.active = String(id);
    this.moving = true;
    if (!this.inView(this.active)) {
      this.timeline.focus(id, { animation: false, zoom: false });
    }
    const focusDrawn = (tries) => {
      const title = this.titles().find((element) => element.dataset.itemId === this.active);
      if (title || tries === 0) {
        this.moving = false;
        this.updateTabStop();
        title?.focus({ preventScroll: true });
      } else {
        requestAnimationFrame(() => focusDrawn(tries - 1));
      }
    };
    focusDrawn(10);
  }

  // Zooms around the middle of the window (a factor below 1 zooms in); the server hears of it as of a user's zoom.
  zoom(factor) {
    if (!this.timeline) {
      return;
    }
    const { start, end } = this.timeline.getWindow();
    const middle = (start.valueOf() + end.valueOf()) / 2;
    const half = ((end.valueOf() - start.valueOf()) * factor) / 2;
    const animation = reducedMotion() ? false : { duration: 200, easingFunction: 'easeInOutQuad' };
    this.timeline.setWindow(middle - half, middle + half, { animation }, () => {
      const shown = this.timeline.getWindow();
      this.window = { start: shown.start.valueOf(), end: shown.end.valueOf() };
      this.dispatch('timeline-window-change', { ...this.window, byUser: true });
    });
  }

  destroyChart() {
    if (this.timeline) {
      this.timeline.destroy();
      this.timeline = null;
      this.chart.remove();
    }
  }

  select(id) {
    this.active = String(id);
    this.selection = [id];
    this.timeline?.setSelection(this.selection);
    this.agenda?.select(this.selection);
    this.dispatch('timeline-select', { ids: [id] });
  }

  dispatch(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { detail }));
  }

  colorOf(groupId) {
    return groupId == null ? null : this.groups.get(groupId)?.color ?? null;
  }

  toItem(item) {
    const converted = {
      id: item.id,
      text: item.text,
      start: item.start,
      type: item.end == null ? 'point' : 'range',
      group: item.group ?? undefined,
      className: item.className ?? undefined
    };
    // vis-timeline tests for the key, not its value: a point must have no "end" at all.
    if (item.end != null) {
      converted.end = item.end;
    }
    const color = this.colorOf(item.group);
    if (color) {
      converted.style = `--group-color: ${color}`;
    }
    return converted;
  }

  // Adds or replaces items in the data set by update, not clear and add; an item that loses a field (a span that
  // becomes a point) is added afresh, since an update keeps the fields it does not name.
  putItems(converted) {
    const renewed = converted.filter((item) => {
      const old = this.items.get(item.id);
      return old && Object.keys(old).some((key) => !(key in item));
    }).map((item) => item.id);
    this.items.remove(renewed);
    this.items.update(converted);
    if (this.timeline && renewed.some((id) => this.selection.includes(id))) {
      this.timeline.setSelection(this.selection);
    }
  }

  sync(patch) {
    let rowsChanged = false;
    if (patch.axis !== undefined && (patch.axis.sequenceUnit ?? null) !== this.sequenceUnit) {
      this.sequenceUnit = patch.axis.sequenceUnit ?? null;
      // A window on the old axis means nothing on the new one; the server sends the new window.
      this.window = null;
      if (this.timeline) {
        this.destroyChart();
        this.createChart();
      }
      rowsChanged = true;
    }
    if (patch.label !== undefined) {
      this.label = patch.label;
      this.element.setAttribute('aria-label', patch.label);
      this.agenda?.setLabel(patch.label);
    }
    if (patch.groups !== undefined) {
      this.syncGroups(patch.groups);
      rowsChanged = true;
    }
    if (patch.items !== undefined) {
      const { put, remove } = changes(patch.items, this.source.keys());
      remove.forEach((id) => this.source.delete(id));
      put.forEach((item) => this.source.set(item.id, item));
      this.items.remove(remove);
      this.putItems(put.map((item) => this.toItem(item)));
      rowsChanged = true;
    }
    if (patch.backgrounds !== undefined) {
      const { put, remove } = changes(patch.backgrounds, this.backgroundIds);
      remove.forEach((id) => this.backgroundIds.delete(id));
      put.forEach((background) => this.backgroundIds.add(background.id));
      this.items.remove(remove.map((id) => BACKGROUND + id));
      this.putItems(put.map(toBackground));
    }
    if (rowsChanged) {
      this.renderAgenda();
    }
    if (patch.selection !== undefined) {
      this.selection = patch.selection;
      if (patch.selection.length > 0 && !this.element.contains(document.activeElement)) {
        this.active = String(patch.selection[0]);
      }
      this.timeline?.setSelection(patch.selection);
      this.agenda?.select(patch.selection);
    }
    // A focus in the same patch centres within the new window, so the window must be in place first. The first
    // window is shown at once: gliding there from vis-timeline's default window would mean nothing.
    const animation = reducedMotion() || patch.focus !== undefined || !this.windowShown ? false
      : { duration: 300, easingFunction: 'easeInOutQuad' };
    if (patch.window !== undefined) {
      this.window = patch.window;
      this.pendingFocus = undefined;
      if (this.timeline) {
        this.timeline.setWindow(patch.window.start, patch.window.end, { animation });
        this.windowShown = true;
      } else {
        // After the rows of this patch are laid out.
        requestAnimationFrame(() => this.revealWindow());
      }
    }
    if (patch.focus !== undefined) {
      this.focus(patch.focus, animation);
    }
    if (patch.markers !== undefined) {
      this.markers = patch.markers;
      this.syncMarkers();
    }
    if (patch.zoom !== undefined) {
      this.zoom(patch.zoom);
    }
  }

  syncGroups(patch) {
    const { put, remove } = changes(patch, this.groups.getIds());
    const recolored = new Set(put.filter((g) => validColor(g.color) !== this.colorOf(g.id)).map((g) => g.id));
    this.groups.remove(remove);
    this.groups.update(put.map((g) => {
      const color = validColor(g.color);
      return { id: g.id, text: g.text, className: g.className ?? undefined, order: g.order, color,
        style: color ? `--group-color: ${color}` : undefined };
    }));
    // A group's colour reaches its items through their own style.
    this.putItems([...this.source.values()].filter((item) => recolored.has(item.group)).map((item) => this.toItem(item)));
    const hasGroups = this.groups.length > 0;
    if (hasGroups !== this.hasGroups) {
      this.hasGroups = hasGroups;
      this.timeline?.setGroups(hasGroups ? this.groups : null);
    }
  }

  // With nothing selected, the agenda opens at the first item of the window the axis would show.
  revealWindow() {
    if (!this.agenda || !this.window || this.selection.length > 0) {
      return;
    }
    const first = [...this.source.values()].filter((item) => (item.end ?? item.start) >= this.window.start)
      .sort((a, b) => a.start - b.start)[0];
    if (first) {
      this.agenda.scrollToTop(first.id);
    }
  }

  renderAgenda(agenda = this.agenda) {
    if (!agenda) {
      return;
    }
    const groups = this.hasGroups ? new Map(this.groups.get().map((group) => [group.id, group])) : null;
    agenda.render([...this.source.values()], groups, this.sequenceUnit);
  }

  // Brings an item into view: on the axis now, or, from the agenda, when the axis is drawn again.
  focus(id, animation) {
    if (this.timeline) {
      this.pendingFocus = undefined;
      if (this.items.get(id) && !this.inView(id)) {
        this.timeline.focus(id, { animation, zoom: false });
      }
    } else {
      // The axis, when drawn again, shows the same window: it needs to move only for an item outside it.
      const item = this.items.get(id);
      const outside = item && this.window
        && (item.start >= this.window.end || (item.end ?? item.start) <= this.window.start);
      this.pendingFocus = outside ? id : undefined;
      this.agenda?.reveal(id);
    }
  }

  // Whether an item's title is wholly inside the visible part of the axis, so that focusing it would only move it.
  inView(id) {
    const panel = this.element.querySelector('.vis-panel.vis-center');
    const title = panel?.querySelector(`[data-item-id="${CSS.escape(String(id))}"]`);
    if (!title) {
      return false;
    }
    const shown = panel.getBoundingClientRect();
    const box = title.getBoundingClientRect();
    return box.top >= shown.top && box.bottom <= shown.bottom && box.left >= shown.left && box.right <= shown.right;
  }

  syncMarkers() {
    if (!this.timeline) {
      return;
    }
    const wanted = new Set(this.markers.map((m) => m.id));
    for (const id of this.markerIds) {
      if (!wanted.has(id)) {
        this.timeline.removeCustomTime(id);
        this.markerIds.delete(id);
      }
    }
    for (const marker of this.markers) {
      if (this.markerIds.has(marker.id)) {
        this.timeline.setCustomTime(marker.time, marker.id);
      } else {
        this.timeline.addCustomTime(marker.time, marker.id);
        this.markerIds.add(marker.id);
      }
      this.timeline.setCustomTimeMarker(marker.label, marker.id, false);
      this.timeline.setCustomTimeTitle(marker.label, marker.id);
      // vis-timeline lets every marker be dragged; a fixed one simply ignores the pointer.
      const bar = this.chart.querySelector(`.vis-custom-time.${CSS.escape(marker.id)}`);
      if (bar) {
        bar.style.pointerEvents = marker.draggable ? '' : 'none';
      }
    }
  }

  destroy() {
    clearTimeout(this.windowTimer);
    this.resizeObserver.disconnect();
    this.element.removeEventListener('keydown', this.onKeyDown);
    this.destroyChart();
    this.agenda?.destroy();
    this.stopPrintCopy();
  }
}

registerConnector('storywebTimelineConnector', TimelineConnector);
