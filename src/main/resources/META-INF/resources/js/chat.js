// The conversation: asking over the stream, rendering each turn, and keeping the turns across reloads.
import { h } from './dom.js';
import { askStream } from './api.js';
import { loadMessages, saveMessages, clearMessages } from './store.js';
import { answerNodes, sourcesNode, copyText } from './answer.js';

// The service's limits (reportqa.limits.*). The question length is only shown: the server checks it and its
// problem response says what is wrong.
const MAX_QUESTION = 500;
const MAX_HISTORY_TURNS = 20;
const MAX_TURN_CHARS = 4000;

/** Earlier answered turns, oldest first, as /api/ask takes them; failed or stopped turns are left out. */
export function historyOf(messages) {
  const turns = [];
  for (let i = 0; i + 1 < messages.length; i++) {
    const [q, a] = [messages[i], messages[i + 1]];
    if (q.role === 'user' && a.role === 'assistant' && a.status === 'done') {
      turns.push({ role: 'user', content: q.content.slice(0, MAX_TURN_CHARS) },
        { role: 'assistant', content: a.answer.slice(0, MAX_TURN_CHARS) });
    }
  }
  return turns.slice(-MAX_HISTORY_TURNS);
}

let counter = 0;
const newId = () => `m${Date.now().toString(36)}${(counter++).toString(36)}`;

export class Chat {
  /** `el`: scroller, list, empty, form, input, send, stop, counter; `announce(text)` speaks to screen readers. */
  constructor(el, announce) {
    this.el = el;
    this.announce = announce;
    this.messages = loadMessages().filter((m) => m.role === 'user' || ['done', 'error', 'stopped'].includes(m.status));
    this.nodes = new Map();
    this.fresh = new Set();
    this.controller = null;
    el.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    el.input.addEventListener('keydown', (e) => this.onKey(e));
    el.input.addEventListener('input', () => this.onInput());
    el.stop.addEventListener('click', () => this.controller?.abort());
    this.renderAll();
    this.onInput();
  }

  onKey(e) {
    // An Enter that confirms an IME composition (pinyin input) must not send the half-typed question.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    this.submit();
  }

  onInput() {
    const { input } = this.el;
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
    const n = input.value.length;
    this.el.counter.textContent = n > MAX_QUESTION * 0.8 ? `${n} / ${MAX_QUESTION} 字` : '';
    this.el.counter.classList.toggle('over', n > MAX_QUESTION);
    this.el.send.disabled = Boolean(this.controller) || input.value.trim() === '';
  }

  submit() {
    const question = this.el.input.value.trim();
    if (!question || this.controller) return;
    this.el.input.value = '';
    this.onInput();
    this.ask(question);
  }

  /** Starts a new conversation: stops any answer in progress and forgets the stored turns. */
  reset() {
    this.controller?.abort();
    this.controller = null;
    this.setBusy(false);
    this.messages = [];
    clearMessages();
    this.renderAll();
    this.el.input.focus();
    this.announce('已开始新对话');
  }

  async ask(question) {
    if (this.controller) return;
    const history = historyOf(this.messages);
    const reply = { id: newId(), role: 'assistant', status: 'waiting', phase: '正在检索相关段落…', answer: '',
      answerable: true, citations: [], question };
    this.messages.push({ id: newId(), role: 'user', content: question }, reply);
    this.fresh.add(reply.id);
    this.renderAll();
    const controller = new AbortController();
    this.controller = controller;
    this.setBusy(true);
    this.announce(reply.phase);
    try {
      const done = await askStream({ question, history }, {
        retrieval: (r) => this.update(reply, { phase: `找到 ${r.hits.length} 段相关内容，正在组织回答…` }),
        citations: (citations) => this.update(reply, { citations }),
        delta: (text) => this.update(reply, { status: 'streaming', answer: reply.answer + text }),
      }, controller.signal);
      this.update(reply, { status: 'done', answer: done.answer, answerable: done.answerable,
        citations: done.citations || [] });
      this.announce(done.answerable ? '回答完成' : '报告中未提及');
    } catch (e) {
      if (e.name === 'AbortError') {
        this.update(reply, { status: 'stopped' });
        this.announce('已停止回答');
      } else {
        const error = { kind: e.kind, title: e.title, detail: e.detail, status: e.status };
        this.update(reply, { status: 'error', error });
        this.announce(`出错了：${e.title}`);
      }
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.setBusy(false);
      }
      saveMessages(this.messages);
    }
  }

  /** Asks the question of a failed turn again, in its place. */
  retry(reply) {
    const i = this.messages.indexOf(reply);
    if (i < 1 || this.controller) return;
    this.messages.splice(i - 1, 2);
    this.ask(reply.question);
  }

  setBusy(busy) {
    this.el.stop.hidden = !busy;
    this.el.send.hidden = busy;
    this.onInput();
  }

  update(reply, changes) {
    if (!this.messages.includes(reply)) return;
    Object.assign(reply, changes);
    const old = this.nodes.get(reply.id);
    const stick = this.nearBottom();
    const node = this.node(reply);
    this.nodes.set(reply.id, node);
    old?.replaceWith(node);
    if (stick) this.scrollToEnd();
  }

  renderAll() {
    this.nodes.clear();
    const nodes = this.messages.map((m) => {
      const node = this.node(m);
      this.nodes.set(m.id, node);
      return node;
    });
    this.el.list.replaceChildren(...nodes);
    this.el.empty.hidden = this.messages.length > 0;
    this.scrollToEnd();
  }

  nearBottom() {
    const s = this.el.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  scrollToEnd() {
    this.el.scroller.scrollTop = this.el.scroller.scrollHeight;
  }

  node(m) {
    if (m.role === 'user') {
      return h('li', { class: 'msg user' },
        h('span', { class: 'sr-only' }, '你：'),
        h('p', { class: 'bubble user-text' }, m.content));
    }
    const working = m.status === 'waiting' || m.status === 'streaming';
    return h('li', { class: 'msg assistant', 'data-status': m.status, 'aria-busy': working ? 'true' : null },
      h('span', { class: 'sr-only' }, 'ReportQA：'),
      h('div', { class: 'bubble' },
        m.status === 'waiting' && h('p', { class: 'pending' },
          h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')), m.phase),
        m.status === 'done' && !m.answerable && h('p', { class: 'badge notfound' }, '报告中未提及'),
        m.answer && h('p', { class: 'answer' }, answerNodes(m.answer, m.citations),
          m.status === 'streaming' && h('span', { class: 'caret', 'aria-hidden': 'true' })),
        m.status === 'stopped' && h('p', { class: 'note' }, '已停止回答。'),
        m.status === 'error' && this.errorNode(m),
        m.status === 'done' && this.actionsNode(m),
        m.status === 'done' && sourcesNode(m.citations, m.answerable)));
  }

  errorNode(m) {
    // Asking again cannot fix a question the server refused (4xx): offer to edit it instead.
    const refused = m.error.kind === 'problem' && m.error.status < 500;
    const action = refused
      ? h('button', { type: 'button', class: 'secondary', onclick: () => this.edit(m.question) }, '修改问题')
      : h('button', { type: 'button', class: 'secondary', onclick: () => this.retry(m) }, '重试');
    return h('div', { class: 'error', role: this.fresh.has(m.id) ? 'alert' : null, 'data-kind': m.error.kind },
      h('p', { class: 'error-title' }, m.error.title),
      m.error.detail && h('p', { class: 'error-detail' }, m.error.detail),
      action);
  }

  edit(question) {
    this.el.input.value = question;
    this.onInput();
    this.el.input.focus();
  }

  actionsNode(m) {
    const button = h('button', { type: 'button', class: 'secondary copy', onclick: () => this.copy(m, button) }, '复制回答');
    return h('div', { class: 'actions' }, button);
  }

  async copy(m, button) {
    const text = copyText(m.answer, m.answerable ? m.citations : []);
    const ok = await writeClipboard(text);
    button.textContent = ok ? '已复制' : '复制失败';
    this.announce(ok ? '已复制回答' : '复制失败，请手动选择文字复制');
    setTimeout(() => { button.textContent = '复制回答'; }, 2000);
  }
}

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The async clipboard needs a secure context (https or localhost); plain http on a LAN address falls back.
    const area = h('textarea', { class: 'sr-only', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
