// How the timeline looks, written once for the app's connector (timeline-connector.js) and the embed (embed.js,
// which the build copies this file beside, as it does timeline.css): vis-timeline's options, the items' text, and
// how the opening window is set. Plain functions, tested with Node's own test runner (timeline-look.test.js).

const DAY = 86400000;

/**
 * An item's or a track's text, always as text, never markup. An item's text is a button; only the active item is in
 * the tab order (a roving tab stop, see timeline-connector.js).
 */
export function textElement(text, itemId, active) {
  const span = document.createElement('span');
  span.className = 'storyweb-timeline-text';
  span.textContent = text ?? '';
  if (itemId !== undefined) {
    span.dataset.itemId = itemId;
    span.tabIndex = String(itemId) === String(active) ? 0 : -1;
    span.setAttribute('role', 'button');
  }
  return span;
}

/**
 * vis-timeline's options. `active()` names the item in the tab order, if any; `sequenceUnit` ("Ch.") draws the axis
 * as a sequence of chapters, one per day from the epoch, instead of dates.
 */
export function timelineOptions({ active = () => undefined, sequenceUnit = null } = {}) {
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
    template: (item) => textElement(item.text, item.type === 'background' ? undefined : item.id, active()),
    groupTemplate: (group) => (group ? textElement(group.text) : ''),
    locale: 'en'
  };
  if (sequenceUnit) {
    options.timeAxis = { scale: 'day', step: 1 };
    options.format = {
      minorLabels: (date) => `${sequenceUnit} ${Math.round(date.valueOf() / DAY)}`,
      majorLabels: () => ''
    };
    options.showMajorLabels = false;
  }
  return options;
}

/**
 * Opens a new timeline on a window. Set after construction, not as the start and end options: with those,
 * vis-timeline stays hidden until a range change that never comes from its own first draw, about a second later
 * (vis-timeline issue 1340). Without them its first draw fits the window to all items, unless told that was done
 * (vis-timeline 8.5).
 */
export function openOn(timeline, start, end) {
  timeline.initialFitDone = true;
  timeline.setWindow(start, end, { animation: false });
}
