// Run by FrontendRulesTest (mvn test) with Node's own test runner: node --test frontend/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FADED, edgeLook, emphasisOf, nodeLook, scrollWithOneFinger } from './network-look.js';

const tie = { id: 'e1', from: 'kathy', to: 'ruth', baseWidth: 3, baseColor: '#2e7d32' };
const other = { id: 'e2', from: 'tommy', to: 'madame', baseWidth: 2, baseColor: '#555555' };

test('a selected tie is twice as wide, or 4 px wider if that is more, with a halo 6 px wider still', () => {
  const emphasised = emphasisOf(tie, []);
  const look = edgeLook(tie, { emphasised, selectedEdgeId: 'e1' });
  assert.equal(look.width, 7);
  assert.deepEqual(look.background, { enabled: true, color: '#111111', size: 13 });
  assert.equal(edgeLook({ ...tie, baseWidth: 6 }, { emphasised, selectedEdgeId: 'e1' }).width, 12);
  assert.equal(edgeLook(other, { emphasised, selectedEdgeId: 'e1' }).color.opacity, FADED);
});

test('the people of a selection are emphasised by a heavy border, and the others fade', () => {
  const emphasised = emphasisOf(null, ['kathy', 'ruth']);
  const kathy = nodeLook({ id: 'kathy' }, { background: '#dbe9fb', border: '#1d4f91' }, { emphasised });
  const tommy = nodeLook({ id: 'tommy' }, {}, { emphasised });
  assert.equal(kathy.borderWidth, 5);
  assert.equal(kathy.color.border, '#000000');
  assert.equal(kathy.opacity, 1);
  assert.equal(tommy.borderWidth, 2);
  assert.equal(tommy.opacity, FADED);
  // A tie between two emphasised people keeps its colour; the others fade.
  assert.equal(edgeLook(tie, { emphasised }).color.opacity, 1);
  assert.equal(edgeLook(other, { emphasised }).color.opacity, FADED);
});

test('with nothing selected nothing fades, and every label is shown unless only emphasised ones are asked for', () => {
  const emphasised = emphasisOf(null, []);
  assert.equal(nodeLook({ id: 'tommy' }, {}, { emphasised }).opacity, 1);
  assert.equal(edgeLook(other, { emphasised }).labelShown, true);
  assert.equal(edgeLook(other, { emphasised, emphasisedLabelsOnly: true }).labelShown, false);
});

test('the keyboard cursor is a dashed border in the focus colour, never faded', () => {
  const look = nodeLook({ id: 'tommy' }, {}, { emphasised: new Set(['kathy']), cursor: 'tommy' });
  assert.deepEqual(look.shapeProperties.borderDashes, [6, 3]);
  assert.equal(look.color.border, '#0b5cd5');
  assert.equal(look.opacity, 1);
});

test('a finger on a touch screen never drags the view, which a mouse still does', () => {
  const listeners = [];
  const element = { addEventListener: (type, listener, options) => listeners.push({ type, listener, options }) };
  const set = [];
  scrollWithOneFinger({ setOptions: (options) => set.push(options.interaction.dragView) }, element);
  assert.equal(listeners.length, 1);
  assert.equal(listeners[0].type, 'pointerdown');
  // Before vis-network's own listeners see the press.
  assert.deepEqual(listeners[0].options, { capture: true });
  const press = (pointerType) => listeners[0].listener({ pointerType });
  press('touch');
  press('touch');
  press('mouse');
  press('pen');
  press('touch');
  assert.deepEqual(set, [false, true, false]);
});
