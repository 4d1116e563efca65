// Connects a server-side Timeline component to a vis-timeline instance.
// The server sends patches (see Timeline.java); the browser sends back only ids, times and windows.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import { registerConnector } from '../connector.js';
import 'vis-timeline/styles/vis-timeline-graph2d.css';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// Text from the server is only ever placed with textContent: item labels can come from content files.
function textElement(text, itemId) {
  const span = document.createElement('span');
  span.className = 'storyweb-timeline-text';
  span.textContent = text ?? '';
  if (itemId !== undefined) {
    span.dataset.itemId = itemId;
    span.tabIndex = 0;
    span.setAttribute('role', 'button');
  }
  return span;
}

// A patch of a keyed list (see SentList.java) as the values to add or replace and the ids to remove.
function changes(patch, currentIds) {
  if (patch.all !== undefined) {
    const kept = new Set(patch.all.map((value) => value.id));
    return { put: patch.all, remove: [...currentIds].filter((id) => !kept.has(id)) };
  }
  return { put: patch.put ?? [], remove: patch.remove ?? [] };
}

const BACKGROUND = 'background:';

function toItem(item) {
  const converted = {
    id: item.id,
    text: item.text,
    start: item.start,
    type: item.end === undefined ? 'point' : 'range',
    group: item.group ?? undefined,
    className: item.className ?? undefined
  };
  // vis-timeline tests for the key, not its value: a point must have no "end" at all.
  if (item.end !== undefined) {
    converted.end = item.end;
  }
  return converted;
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
    this.items = new DataSet();
    this.groups = new DataSet();
    this.markerIds = new Set();
    this.hasGroups = false;
    element.setAttribute('role', 'group');
    this.timeline = this.create(null);
    // Keyboard: items are focusable buttons; Enter or Space selects, as a click does.
    this.onKeyDown = (event) => {
      const id = event.target?.dataset?.itemId;
      if (id !== undefined && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.timeline.setSelection([id]);
        this.dispatch('timeline-select', { ids: [id] });
      }
    };
    element.addEventListener('keydown', this.onKeyDown);
  }

  // A new vis-timeline instance on the same data: vis cannot switch its axis labelling back once it is set.
  create(sequenceUnit) {
    const options = {
      height: '100%',
      stack: true,
      verticalScroll: true,
      orientation: { axis: 'top', item: 'top' },
      zoomKey: 'ctrlKey',
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
      groupOrder: 'order',
      template: (item) => textElement(item.text, item.type === 'background' ? undefined : item.id),
      groupTemplate: (group) => (group ? textElement(group.text) : ''),
      locale: 'en'
    };
    if (sequenceUnit) {
      const DAY = 86400000;
      options.timeAxis = { scale: 'day', step: 1 };
      options.format = {
        minorLabels: (date) => `${sequenceUnit} ${Math.round(date.valueOf() / DAY)}`,
        majorLabels: () => ''
      };
      options.showMajorLabels = false;
    }
    const timeline = new Timeline(this.element, this.items, options);
    if (this.hasGroups) {
      timeline.setGroups(this.groups);
    }
    // The track names scroll with the rows; a scrolling region must be reachable by keyboard.
    const labels = this.element.querySelector('.vis-panel.vis-left');
    if (labels) {
      labels.tabIndex = 0;
      labels.setAttribute('aria-label', 'Track names');
    }
    timeline.on('select', ({ items }) => this.dispatch('timeline-select', { ids: items }));
    // A pan or zoom by the user fires many changes; the server hears of the last one only.
    timeline.on('rangechanged', ({ start, end, byUser }) => {
      clearTimeout(this.windowTimer);
      const send = () =>
        this.dispatch('timeline-window-change', { start: start.valueOf(), end: end.valueOf(), byUser: !!byUser });
      if (byUser) {
        this.windowTimer = setTimeout(send, 400);
      } else {
        send();
      }
    });
    timeline.on('timechanged', ({ id, time }) => this.dispatch('timeline-marker-move', { id, time: time.valueOf() }));
    return timeline;
  }

  dispatch(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { detail }));
  }

  sync(patch) {
    if (patch.axis !== undefined && (patch.axis.sequenceUnit ?? null) !== (this.sequenceUnit ?? null)) {
      this.sequenceUnit = patch.axis.sequenceUnit ?? null;
      this.timeline.destroy();
      this.markerIds.clear();
      this.timeline = this.create(this.sequenceUnit);
    }
    if (patch.label !== undefined) {
      this.element.setAttribute('aria-label', patch.label);
    }
    if (patch.groups !== undefined) {
      const { put, remove } = changes(patch.groups, this.groups.getIds());
      this.groups.remove(remove);
      this.groups.update(put.map((g) => ({ id: g.id, text: g.text, className: g.className ?? undefined, order: g.order })));
      const hasGroups = this.groups.length > 0;
      if (hasGroups !== this.hasGroups) {
        this.hasGroups = hasGroups;
        this.timeline.setGroups(hasGroups ? this.groups : null);
      }
    }
    if (patch.items !== undefined) {
      const current = this.items.getIds({ filter: (item) => item.type !== 'background' });
      const { put, remove } = changes(patch.items, current);
      this.items.remove(remove);
      this.putItems(put.map(toItem));
    }
    if (patch.backgrounds !== undefined) {
      const current = this.items.getIds({ filter: (item) => item.type === 'background' })
        .map((id) => id.substring(BACKGROUND.length));
      const { put, remove } = changes(patch.backgrounds, current);
      this.items.remove(remove.map((id) => BACKGROUND + id));
      this.putItems(put.map(toBackground));
    }
    if (patch.selection !== undefined) {
      this.timeline.setSelection(patch.selection);
    }
    // A focus in the same patch centres within the new window, so the window must be in place first.
    const animation = reducedMotion() || patch.focus !== undefined ? false
      : { duration: 300, easingFunction: 'easeInOutQuad' };
    if (patch.window !== undefined) {
      this.timeline.setWindow(patch.window.start, patch.window.end, { animation });
    }
    if (patch.focus !== undefined && this.items.get(patch.focus)) {
      this.timeline.focus(patch.focus, { animation, zoom: false });
    }
    if (patch.markers !== undefined) {
      this.syncMarkers(patch.markers);
    }
  }

  // Adds or replaces items in the data set by update, not clear and add; an item that loses a field (a span that
  // becomes a point) is added afresh, since an update keeps the fields it does not name.
  putItems(converted) {
    const renewed = converted.filter((item) => {
      const old = this.items.get(item.id);
      return old && Object.keys(old).some((key) => !(key in item));
    }).map((item) => item.id);
    const selected = this.timeline.getSelection();
    this.items.remove(renewed);
    this.items.update(converted);
    if (renewed.some((id) => selected.includes(id))) {
      this.timeline.setSelection(selected);
    }
  }

  syncMarkers(markers) {
    const wanted = new Set(markers.map((m) => m.id));
    for (const id of this.markerIds) {
      if (!wanted.has(id)) {
        this.timeline.removeCustomTime(id);
        this.markerIds.delete(id);
      }
    }
    for (const marker of markers) {
      if (this.markerIds.has(marker.id)) {
        this.timeline.setCustomTime(marker.time, marker.id);
      } else {
        this.timeline.addCustomTime(marker.time, marker.id);
        this.markerIds.add(marker.id);
      }
      this.timeline.setCustomTimeMarker(marker.label, marker.id, false);
      this.timeline.setCustomTimeTitle(marker.label, marker.id);
      // vis-timeline lets every marker be dragged; a fixed one simply ignores the pointer.
      const bar = this.element.querySelector(`.vis-custom-time.${CSS.escape(marker.id)}`);
      if (bar) {
        bar.style.pointerEvents = marker.draggable ? '' : 'none';
      }
    }
  }

  destroy() {
    clearTimeout(this.windowTimer);
    this.element.removeEventListener('keydown', this.onKeyDown);
    this.timeline.destroy();
  }
}

registerConnector('storywebTimelineConnector', TimelineConnector);
