// The library view: every report grouped by level and place and sorted by year, a filter box, and per report the
// actions to read it, ask about it alone, or remove it (after confirming).
import { h, chineseDate } from './dom.js';
import { deleteReport, refreshReports } from './api.js';
import { reportHref } from './router.js';
import { confirmAction } from './dialogs.js';
import { yearOf } from './scope.js';

const LEVELS = ['国家', '国家级', '省级', '市级', '县级'];
const collator = new Intl.Collator('zh-CN');

/** Reports by level (national first), then place (in Chinese collation order), each place's sorted by year. */
export function grouped(reports) {
  const levels = new Map();
  for (const r of reports) {
    const level = r.level || '其他';
    if (!levels.has(level)) levels.set(level, new Map());
    const places = levels.get(level);
    if (!places.has(r.place)) places.set(r.place, []);
    places.get(r.place).push(r);
  }
  const rank = (level) => (LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.length);
  return [...levels].sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b))
    .map(([level, places]) => ({ level, places: [...places].sort(([a], [b]) => collator.compare(a, b))
      .map(([place, list]) => ({ place, reports: list.sort((x, y) => (yearOf(x) ?? 0) - (yearOf(y) ?? 0)
        || String(x.date).localeCompare(String(y.date))) })) }));
}

/** Whether the report matches every word of the filter (place, year, level, title, speaker or file). */
export function matches(r, filter) {
  const text = [r.title, r.place, r.placeShort, r.level, yearOf(r), r.date, r.speaker, r.sourceFile, r.id]
    .filter(Boolean).join(' ').toLowerCase();
  return filter.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

export class LibraryView {
  /** `el`: groups, filter, count; `ask(kind, value)` scopes the chat; `announce(text)` speaks. */
  constructor(el, ask, announce) {
    this.el = el;
    this.ask = ask;
    this.announce = announce;
    this.reports = null;
    el.filter.addEventListener('input', () => this.render());
  }

  setReports(reports) {
    this.reports = reports;
    this.render();
  }

  showError(e) {
    if (this.reports) return; // a failed poll leaves the list as it was
    this.el.groups.replaceChildren(h('div', { class: 'error', role: 'alert', 'data-kind': e.kind || 'http' },
      h('p', { class: 'error-title' }, e.title || '无法加载报告列表'),
      e.detail && h('p', { class: 'error-detail' }, e.detail)));
  }

  render() {
    if (!this.reports) {
      this.el.groups.replaceChildren(h('p', { class: 'pending' }, '正在加载报告列表…'));
      return;
    }
    const filter = this.el.filter.value.trim();
    const shown = this.reports.filter((r) => matches(r, filter));
    this.el.count.textContent = filter ? `显示 ${shown.length} / ${this.reports.length} 份报告`
      : `共 ${this.reports.length} 份报告`;
    if (!shown.length) {
      this.el.groups.replaceChildren(h('p', { class: 'none' },
        filter ? `没有符合“${filter}”的报告。` : '报告库是空的：加入报告后就可以提问。'));
      return;
    }
    this.el.groups.replaceChildren(...grouped(shown).map((g) => h('section', { class: 'level-group',
      'data-level': g.level },
    h('h2', {}, `${g.level} · ${g.places.length} 地`),
    h('div', { class: 'places' }, g.places.map((p) => this.placeNode(p))))));
  }

  placeNode({ place, reports }) {
    return h('section', { class: 'place-group', 'data-place': place },
      h('h3', {}, h('span', { class: 'place-name' }, place),
        h('span', { class: 'place-count' }, `${reports.length} 份`),
        h('button', { type: 'button', class: 'link ask-place', 'aria-label': `只就${place}的报告提问`,
          onclick: () => this.ask('place', place) }, '就此地提问')),
      h('ul', { class: 'report-list' }, reports.map((r) => this.card(r))));
  }

  card(r) {
    return h('li', { class: 'report-card', 'data-report': r.id },
      h('a', { href: reportHref(r.id) }, h('span', { class: 'report-title' }, r.title)),
      h('p', { class: 'report-meta' }, [chineseDate(r.date), r.speaker && `报告人 ${r.speaker}`, `${r.paragraphs} 段`]
        .filter(Boolean).join(' · ')),
      h('div', { class: 'card-actions' },
        h('button', { type: 'button', class: 'secondary small ask-report', 'aria-label': `就${r.title}提问`,
          onclick: () => this.ask('report', r.id) }, '就此报告提问'),
        h('button', { type: 'button', class: 'secondary small danger delete', 'aria-label': `删除${r.title}`,
          onclick: () => this.remove(r) }, '删除')));
  }

  async remove(r) {
    if (!await confirmAction(`删除“${r.title}”？删除后不能再就它提问，要恢复须重新上传文件。`, '删除')) return;
    const next = this.nextFocus(r.id);
    try {
      await deleteReport(r.id);
      this.announce(`已删除${r.title}`);
    } catch (e) {
      this.announce(`删除失败：${e.title}`);
      alertIn(this.el.groups, e);
    }
    await refreshReports().catch(() => {});
    // The card is gone: the next one's delete button, or else the filter box, keeps the keyboard where it was.
    (next && document.querySelector(`.report-card[data-report="${CSS.escape(next)}"] .delete`) || this.el.filter).focus();
  }

  nextFocus(id) {
    const cards = [...this.el.groups.querySelectorAll('.report-card')].map((c) => c.dataset.report);
    const i = cards.indexOf(id);
    return cards[i + 1] || cards[i - 1] || null;
  }
}

function alertIn(container, e) {
  container.prepend(h('div', { class: 'error', role: 'alert', 'data-kind': e.kind || 'http' },
    h('p', { class: 'error-title' }, e.title), e.detail && h('p', { class: 'error-detail' }, e.detail)));
}
