// Run by FrontendRulesTest (mvn test) with Node's own test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openOn, timelineOptions } from './timeline-look.js';

test('a book told in chapters has an axis of chapters, not of dates', () => {
  const options = timelineOptions({ sequenceUnit: 'Ch.' });
  assert.equal(options.format.minorLabels(new Date(9 * 86400000)), 'Ch. 9');
  assert.equal(options.showMajorLabels, false);
  assert.equal(timelineOptions().timeAxis, undefined);
});

test('the rows scroll, stack and never show today', () => {
  const options = timelineOptions();
  assert.equal(options.verticalScroll, true);
  assert.equal(options.stack, true);
  assert.equal(options.showCurrentTime, false);
  assert.equal(options.zoomKey, 'ctrlKey');
});

test('the opening window is set after construction, without a first fit to every item', () => {
  const calls = [];
  const timeline = { setWindow: (...args) => calls.push(args) };
  openOn(timeline, 10, 20);
  assert.equal(timeline.initialFitDone, true);
  assert.deepEqual(calls, [[10, 20, { animation: false }]]);
});
