import * as assert from 'node:assert/strict';
import { buildPanelGroups } from '../../../src/panel/panelModel';
import type { ArticleView } from '../../../src/workspace/articleView';

describe('panel/buildPanelGroups', () => {
  const view: ArticleView = {
    accepted: [
      { entityId: 'kandahar-1', name: 'Kandahar', type: 'location', start: 10, end: 18 },
      { entityId: 'kandahar-1', name: 'Kandahar', type: 'location', start: 50, end: 58 },
      { entityId: 'w-1', name: 'AK-47', type: 'weapon', start: 70, end: 75 },
    ],
    orphaned: [{ entityId: 'kandahar-1', name: 'Kandahar', type: 'location', start: 90, end: 98, quote: 'Kandahar' }],
    suggestions: [
      { name: 'Kabul', text: 'Kabul', type: 'location', start: 30, end: 35 },
      { name: 'Kabul', text: 'Kabul', type: 'location', start: 60, end: 65 },
      { name: '<script>alert(1)</script>', text: '<script>alert(1)</script>', type: 'person', start: 0, end: 5 },
      { name: 'kandahar', text: 'Kandahar', type: 'location', start: 20, end: 28 },
    ],
  };

  it('groups by type in the settings order, accepted rows before suggested ones, with counts', () => {
    const groups = buildPanelGroups(view, ['person', 'organization', 'location', 'date', 'quantity', 'weapon'], { weapon: '#0d9488' });
    assert.deepEqual(groups.map((g) => g.type), ['person', 'location', 'weapon']);
    const loc = groups[1];
    assert.deepEqual([loc.accepted, loc.suggested], [1, 1]);
    assert.deepEqual(loc.rows.map((r) => [r.key, r.status, r.mentions.length, r.suggested, r.orphaned]), [
      ['e:kandahar-1', 'accepted', 3, 1, 1],
      ['s:location:kabul', 'suggested', 2, 2, 0],
    ]);
    assert.deepEqual(loc.rows[0].mentions, [[10, 18], [20, 28], [50, 58]], 'a suggestion of an accepted name joins its row, by position');
    assert.equal(groups[2].color, '#0d9488');
    assert.equal(groups[0].color, undefined, 'built-in types use the theme colours');
    assert.equal(groups[0].rows[0].name, '<script>alert(1)</script>', 'text passed through as data, rendered with textContent');
  });

  it('types found in a sidecar but not in settings still get a group', () => {
    const groups = buildPanelGroups(view, ['location'], {});
    assert.deepEqual(groups.map((g) => g.type), ['location', 'weapon', 'person']);
    assert.equal(groups[1].color, '#808080');
  });
});
