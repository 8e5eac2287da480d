// An answer as the reader sees it: its text with [n] markers as links to the cited sentences, and its sources.
import { h } from './dom.js';
import { citationHref } from './router.js';

const MARKER = /\[(\d+)\]/g;
const REFUSAL_SOURCES = 3;
const OWN_ORDINAL = /^[（(]?[一二三四五六七八九十百\d]+[）)、.．是]/;

/** Text nodes and citation links for `text`; markers without a citation stay plain text. */
export function answerNodes(text, citations) {
  const byIndex = new Map(citations.map((c) => [c.index, c]));
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const c = byIndex.get(Number(m[1]));
    if (!c) continue;
    nodes.push(text.slice(last, m.index), citeLink(c));
    last = m.index + m[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

/**
 * A list answer (the service's `items`): any lead-in text before the first item (with its own markers), then one
 * list entry per item with its citation marker.
 */
export function itemsNodes(text, items, citations) {
  const byIndex = new Map(citations.map((c) => [c.index, c]));
  const at = text.indexOf(items[0].text.replace(/[。；;]$/, ''));
  const lead = at > 0 ? text.slice(0, at).trim() : '';
  return [
    lead && h('p', { class: 'answer lead' }, answerNodes(lead, citations)),
    // Items that carry their own ordinals (一、 (二) 三是 4.) are not numbered a second time.
    h('ol', { class: items.every((i) => OWN_ORDINAL.test(i.text)) ? 'answer items own-ordinals' : 'answer items' },
      items.map((item) => h('li', { class: 'item' }, item.text,
      byIndex.has(item.citation) ? citeLink(byIndex.get(item.citation)) : null))),
  ];
}

function where(c) {
  return [c.section, `第${c.paragraph}段`].filter(Boolean).join(' · ');
}

function citeLink(c) {
  return h('a', {
    class: 'cite',
    href: citationHref(c),
    'data-cite': c.index,
    'aria-label': `[${c.index}] 查看出处：${c.reportTitle}，${where(c)}`,
    title: `${c.reportTitle} · ${where(c)}`,
  }, `[${c.index}]`);
}

function snippet(text, max = 90) {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The sources list under an answer; a refusal shows its closest paragraphs as material to judge. */
export function sourcesNode(citations, answerable) {
  if (!citations.length) return null;
  const shown = answerable ? citations : citations.slice(0, REFUSAL_SOURCES);
  const title = answerable ? '来源' : '最接近的段落（仅供参考）';
  return h('section', { class: 'sources', 'aria-label': title },
    h('h3', { class: 'sources-title' }, title),
    h('ol', {}, shown.map((c) => h('li', {},
      h('a', { class: 'source-link', href: citationHref(c) },
        h('span', { class: 'source-index' }, `[${c.index}]`), ' ', c.reportTitle),
      h('span', { class: 'source-where' }, where(c)),
      h('span', { class: 'source-quote' }, `“${snippet(c.quote || c.text)}”`)))));
}

/** What "复制回答" puts on the clipboard: the answer, then its sources as plain text. */
export function copyText(answer, citations) {
  if (!citations.length) return answer;
  const lines = citations.map((c) => `[${c.index}] ${c.reportTitle} · ${where(c)}`);
  return `${answer}\n\n参考来源：\n${lines.join('\n')}`;
}
