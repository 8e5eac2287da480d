// The report reader: a side panel (a full-screen sheet on narrow screens) showing one report by part and
// section, opened at a paragraph with the cited sentence highlighted.
import { h, chineseDate } from './dom.js';
import { reportDetail, reportList } from './api.js';
import { reportHref } from './router.js';

export class Reader {
  /** `el`: panel, title, meta, where, toc, scroll, body, close, ask; `onClose()` leaves the report route. */
  constructor(el, onClose) {
    this.el = el;
    this.shownId = null;
    this.paragraphs = new Map();
    this.marked = null;
    this.token = 0;
    el.close.addEventListener('click', onClose);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !el.panel.hidden) onClose();
    });
  }

  get isOpen() {
    return !this.el.panel.hidden;
  }

  async open(id, paragraph, highlight) {
    const token = ++this.token;
    if (!this.isOpen && !this.el.panel.contains(document.activeElement)) this.returnFocus = document.activeElement;
    this.el.panel.hidden = false;
    document.body.classList.add('reader-open');
    if (this.shownId !== id) {
      this.showLoading();
      try {
        const [detail, reports] = await Promise.all([reportDetail(id), reportList()]);
        if (token !== this.token) return;
        this.render(detail, reports.find((r) => r.id === id) || detail.report);
      } catch (e) {
        if (token === this.token) this.showError(e);
        return;
      }
    }
    this.target(paragraph, highlight);
  }

  close() {
    this.token++;
    if (!this.isOpen) return;
    this.el.panel.hidden = true;
    document.body.classList.remove('reader-open');
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back && document.contains(back)) back.focus();
  }

  showLoading() {
    this.shownId = null;
    this.el.ask.hidden = true;
    this.el.title.textContent = '正在加载报告…';
    this.el.meta.textContent = '';
    this.el.where.hidden = true;
    this.el.toc.replaceChildren();
    this.el.body.replaceChildren(h('p', { class: 'pending' }, '正在加载报告…'));
  }

  showError(e) {
    this.el.ask.hidden = true;
    this.el.title.textContent = e.title || '无法打开报告';
    this.el.meta.textContent = '';
    this.el.body.replaceChildren(h('div', { class: 'error', role: 'alert', 'data-kind': e.kind || 'http' },
      h('p', { class: 'error-title' }, e.title || '无法打开报告'),
      e.detail && h('p', { class: 'error-detail' }, e.detail)));
    this.el.title.focus();
  }

  render(detail, summary) {
    const id = summary.id;
    this.shownId = id;
    this.el.ask.hidden = false;
    this.paragraphs.clear();
    this.marked = null;
    this.el.title.textContent = summary.title;
    this.el.meta.textContent = [summary.place, chineseDate(summary.date), summary.speaker && `报告人：${summary.speaker}`]
      .filter(Boolean).join(' · ');
    this.el.toc.replaceChildren(this.tocNode(id, detail.parts));
    this.el.body.replaceChildren(...detail.parts.map((part) => this.partNode(id, part)));
    this.el.scroll.scrollTop = 0;
  }

  tocNode(id, parts) {
    const items = parts.filter((p) => p.title).map((part) => h('li', {},
      h('a', { href: reportHref(id, first(part.sections)) }, part.title),
      h('ol', {}, part.sections.filter((s) => s.title).map((s) => h('li', {},
        h('a', { href: reportHref(id, first([s])) }, s.title))))));
    if (!items.length) return null;
    return h('details', { class: 'toc' }, h('summary', {}, '目录'), h('ol', {}, items));
  }

  partNode(id, part) {
    return h('section', { class: 'part' }, part.sections.map((section) => h('div', { class: 'section' },
      section.paragraphs.map((p) => this.paragraphNode(id, part, section, p)))));
  }

  paragraphNode(id, part, section, p) {
    const tag = p.kind === 'HEADING' ? 'h3' : 'p';
    const node = h(tag, { class: `para ${p.kind.toLowerCase()}`, id: `para-${p.number}`, 'data-number': p.number,
      tabindex: '-1' },
    h('a', { class: 'pnum', href: reportHref(id, p.number), 'aria-label': `第${p.number}段的链接` }, String(p.number)),
    h('span', { class: 'ptext' }, p.text));
    this.paragraphs.set(p.number, { node, text: p.text, path: [part.title, section.title].filter(Boolean).join(' > ') });
    return node;
  }

  /** Scrolls to paragraph `number`, marks it, and marks characters from..to of it as the cited sentence. */
  target(number, highlight) {
    this.unmark();
    const p = number && this.paragraphs.get(number);
    if (!p) {
      this.el.where.hidden = !number;
      this.el.where.textContent = number ? `这份报告没有第${number}段。` : '';
      this.el.scroll.scrollTop = 0;
      this.el.title.focus();
      return;
    }
    this.el.where.hidden = false;
    this.el.where.textContent = `${highlight ? '引用位置' : '段落位置'}：${p.path || '正文前'} · 第${number}段`;
    p.node.classList.add('target');
    if (highlight && highlight.to <= p.text.length) {
      const text = p.text;
      p.node.querySelector('.ptext').replaceChildren(text.slice(0, highlight.from),
        h('mark', { class: 'quote' }, text.slice(highlight.from, highlight.to)), text.slice(highlight.to));
    }
    this.marked = p;
    p.node.focus({ preventScroll: true });
    p.node.scrollIntoView({ block: 'center' });
  }

  unmark() {
    if (!this.marked) return;
    this.marked.node.classList.remove('target');
    this.marked.node.querySelector('.ptext').replaceChildren(this.marked.text);
    this.marked = null;
  }
}

function first(sections) {
  return sections.find((s) => s.paragraphs.length)?.paragraphs[0].number;
}
