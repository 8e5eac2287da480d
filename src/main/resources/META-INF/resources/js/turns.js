// One turn of the conversation as the page shows it. Actions come in as callbacks, so the nodes hold no state.
import { h } from './dom.js';
import { answerNodes, itemsNodes, sourcesNode } from './answer.js';

/**
 * `m`: the message; `on`: { edit(m), regenerate(m), retry(m), editText(question), copy(m, button) };
 * `last`: whether it is the conversation's last turn; `fresh`: whether it arrived in this page (alerts are
 * spoken only for those).
 */
export function turnNode(m, on, { last, fresh }) {
  if (m.role === 'user') {
    return h('li', { class: 'msg user', 'data-id': m.id },
      h('div', { class: 'user-turn' },
        h('span', { class: 'sr-only' }, '你：'),
        h('p', { class: 'bubble user-text' }, m.content),
        h('p', { class: 'turn-meta' },
          m.scope?.labels?.length > 0 && h('span', { class: 'turn-scope' }, `范围：${m.scope.labels.join('、')}`),
          h('button', { type: 'button', class: 'link edit', 'aria-label': `修改问题：${m.content.slice(0, 30)}`,
            onclick: () => on.edit(m) }, '修改'))));
  }
  const working = m.status === 'waiting' || m.status === 'streaming';
  return h('li', { class: 'msg assistant', 'data-status': m.status, 'aria-busy': working ? 'true' : null },
    h('span', { class: 'sr-only' }, 'ReportQA：'),
    h('div', { class: 'bubble' },
      m.status === 'waiting' && h('p', { class: 'pending' },
        h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')), m.phase),
      m.status === 'done' && !m.answerable && h('p', { class: 'badge notfound' }, '报告中未提及'),
      answerBody(m),
      m.status === 'stopped' && h('p', { class: 'note' }, '已停止回答。'),
      m.status === 'error' && errorNode(m, on, fresh),
      (m.status === 'done' || m.status === 'stopped') && actionsNode(m, on, last),
      m.status === 'done' && sourcesNode(m.citations, m.answerable)));
}

function answerBody(m) {
  if (m.status === 'done' && m.items?.length) return itemsNodes(m.answer, m.items, m.citations);
  return m.answer && h('p', { class: 'answer' }, answerNodes(m.answer, m.citations),
    m.status === 'streaming' && h('span', { class: 'caret', 'aria-hidden': 'true' }));
}

function errorNode(m, on, fresh) {
  // Asking again cannot fix a question the server refused (4xx): offer to edit it instead.
  const refused = m.error.kind === 'problem' && m.error.status < 500;
  const action = refused
    ? h('button', { type: 'button', class: 'secondary', onclick: () => on.editText(m.question) }, '修改问题')
    : h('button', { type: 'button', class: 'secondary', onclick: () => on.retry(m) }, '重试');
  return h('div', { class: 'error', role: fresh ? 'alert' : null, 'data-kind': m.error.kind },
    h('p', { class: 'error-title' }, m.error.title),
    m.error.detail && h('p', { class: 'error-detail' }, m.error.detail),
    action);
}

function actionsNode(m, on, last) {
  const copy = m.status === 'done'
    && h('button', { type: 'button', class: 'secondary copy', onclick: () => on.copy(m, copy) }, '复制回答');
  return h('div', { class: 'actions' }, copy,
    last && h('button', { type: 'button', class: 'secondary regenerate', onclick: () => on.regenerate(m) },
      m.status === 'stopped' ? '重新回答' : '重新生成'));
}
