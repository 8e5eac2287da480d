// What the library covers, named in the empty conversation: its places and years, each a button that limits the
// questions to it.
import { h } from './dom.js';
import { yearOf } from './scope.js';

const SHOWN_PLACES = 30;
const collator = new Intl.Collator('zh-CN');

export function renderCoverage(container, reports, ask) {
  if (!reports.length) {
    container.replaceChildren(h('p', {}, '报告库还是空的：先在“报告”页加入报告，再来提问。'));
    return;
  }
  const places = [...new Set(reports.map((r) => r.place))].sort(collator.compare);
  const years = [...new Set(reports.map(yearOf).filter(Boolean))].sort((a, b) => a - b);
  const button = (kind, value, label) => h('button', { type: 'button', class: 'chip-button', 'data-kind': kind,
    'data-value': value, 'aria-label': `只问${label}` }, label);
  container.replaceChildren(
    h('p', { class: 'coverage-summary' },
      `已收录 ${reports.length} 份报告，涉及 ${places.length} 个地方、${years.length} 个年份。点一个地方或年份，就只在其中提问：`),
    h('p', { class: 'coverage-row' }, h('span', { class: 'coverage-label' }, '地方'),
      places.slice(0, SHOWN_PLACES).map((p) => button('place', p, p)),
      places.length > SHOWN_PLACES && h('a', { href: '#/reports' }, `等 ${places.length} 个地方`)),
    h('p', { class: 'coverage-row' }, h('span', { class: 'coverage-label' }, '年份'),
      years.map((y) => button('year', String(y), `${y}年`))));
  container.onclick = (e) => {
    const b = e.target.closest('button.chip-button');
    if (b) ask(b.dataset.kind, b.dataset.value);
  };
}
