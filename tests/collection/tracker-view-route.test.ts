/** The collection page's view in its address: a reload or a shared link opens the same view. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type CollectionRoute } from '../../lib/collection/tracker-view-route';

const NONE = { indicator: null, metric: null, level: null, place: null };

describe('the view in the address', () => {
  it.each([
    ['', { view: 'items', tracker: NONE }],
    ['#items', { view: 'items', tracker: NONE }],
    ['#tracker', { view: 'tracker', tracker: NONE }],
    ['#tracker?indicator=cpi', { view: 'tracker', tracker: { ...NONE, indicator: 'cpi' } }],
    [`#tracker?indicator=gdp_growth&level=province&place=${encodeURIComponent('安徽省')}`, { view: 'tracker', tracker: { ...NONE, indicator: 'gdp_growth', level: 'province', place: '安徽省' } }],
    [`#tracker?metric=${encodeURIComponent('新增学位')}`, { view: 'tracker', tracker: { ...NONE, metric: '新增学位' } }],
    ['#tracker?indicator=nonsense&level=planet&place=%20', { view: 'tracker', tracker: NONE }],
    ['#somewhere-else', { view: 'items', tracker: NONE }],
  ] as const)('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<CollectionRoute>([
    { view: 'items', tracker: NONE },
    { view: 'tracker', tracker: NONE },
    { view: 'tracker', tracker: { ...NONE, indicator: 'surveyed_unemployment', level: 'city', place: '杭州市 & 宁波市' } },
    { view: 'tracker', tracker: { ...NONE, metric: '新建 5G 基站', level: 'province' } },
  ])('reads back what it writes: %j', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('writes a bare #tracker when nothing is chosen', () => {
    expect(routeHash({ view: 'tracker', tracker: NONE })).toBe('#tracker');
  });
});
