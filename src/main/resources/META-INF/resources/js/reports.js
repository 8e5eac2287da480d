// The report list: every report with its metadata, each opening in the reader.
import { h, chineseDate } from './dom.js';
import { reportList } from './api.js';
import { reportHref } from './router.js';

export async function renderReportList(list) {
  if (list.dataset.loaded) return;
  list.replaceChildren(h('li', { class: 'pending' }, '正在加载报告列表…'));
  try {
    const reports = await reportList();
    list.replaceChildren(...reports.map(card));
    list.dataset.loaded = 'true';
  } catch (e) {
    list.replaceChildren(h('li', { class: 'error', role: 'alert', 'data-kind': e.kind || 'http' },
      h('p', { class: 'error-title' }, e.title || '无法加载报告列表'),
      e.detail && h('p', { class: 'error-detail' }, e.detail)));
  }
}

function card(r) {
  return h('li', { class: 'report-card', 'data-report': r.id },
    h('a', { href: reportHref(r.id) }, h('span', { class: 'report-title' }, r.title)),
    h('dl', { class: 'report-meta' },
      h('dt', {}, '地点'), h('dd', {}, r.place),
      h('dt', {}, '日期'), h('dd', {}, chineseDate(r.date)),
      r.speaker && h('dt', {}, '报告人'), r.speaker && h('dd', {}, r.speaker),
      h('dt', {}, '段落'), h('dd', {}, `${r.paragraphs} 段`)));
}
