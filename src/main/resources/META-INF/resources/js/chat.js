// The conversation: asking over the stream, the turns' actions (regenerate, edit and resend, stop), and keeping the
// turns and the scope across reloads, a question still waiting for its answer included.
import { h } from './dom.js';
import { askStream } from './api.js';
import { loadConversation, saveConversation, clearConversation } from './store.js';
import { copyText } from './answer.js';
import { turnNode } from './turns.js';
import { Composer } from './composer.js';
import { confirmAction } from './dialogs.js';

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
const SETTLED = ['done', 'error', 'stopped'];

export class Chat {
  /**
   * `el`: scroller, list, empty and the composer's elements; `scope`: the Scope of the chips; `announce(text)`
   * speaks to screen readers; `readerOpen()` says whether Esc belongs to the reader.
   */
  constructor(el, scope, announce, readerOpen) {
    this.el = el;
    this.scope = scope;
    this.announce = announce;
    this.nodes = new Map();
    this.fresh = new Set();
    this.controller = null;
    this.composer = new Composer(el, (question) => this.submit(question), announce);
    this.composer.busy = () => Boolean(this.controller);
    this.on = {
      edit: (m) => this.composer.edit(m.content, m.id),
      regenerate: (m) => this.regenerate(m),
      retry: (m) => this.regenerate(m),
      editText: (question) => this.composer.edit(question, null),
      copy: (m, button) => this.copy(m, button),
    };
    el.stop.addEventListener('click', () => this.stop());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.controller && !readerOpen() && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        this.stop();
      }
    });
    const saved = loadConversation();
    this.messages = saved.messages;
    scope.set(saved.scope);
    this.resumePending();
    this.renderAll();
  }

  /** A question whose answer was on its way when the page was left is asked again, in its place. */
  resumePending() {
    const last = this.messages[this.messages.length - 1];
    this.messages = this.messages.filter((m) => m.role === 'user' || SETTLED.includes(m.status));
    if (last?.role === 'assistant' && !SETTLED.includes(last.status)) {
      const asked = this.messages.pop();
      queueMicrotask(() => this.ask(asked.content, asked.scope));
    }
  }

  save() {
    saveConversation(this.messages, this.scope.chips);
  }

  submit(question) {
    if (this.controller) return false;
    const scope = this.scope.snapshot();
    if (scope && !scope.reportIds.length) {
      this.announce('所选范围内没有报告，请先移除范围');
      return false;
    }
    const editing = this.composer.editingId;
    if (editing) {
      const i = this.messages.findIndex((m) => m.id === editing);
      if (i >= 0) this.messages.splice(i);
    }
    this.ask(question, scope);
    return true;
  }

  stop() {
    if (!this.controller) return;
    this.controller.abort();
    this.el.input.focus();
  }

  /** Starts a new conversation, after asking: stops any answer in progress, forgets the turns and the scope. */
  async reset() {
    if (this.messages.length && !await confirmAction('开始新对话？当前的问答记录和提问范围将被清除。', '开始新对话')) return;
    this.controller?.abort();
    this.controller = null;
    this.setBusy(false);
    this.messages = [];
    this.scope.set([]);
    clearConversation();
    this.composer.cancelEdit();
    this.renderAll();
    this.el.input.focus();
    this.announce('已开始新对话');
  }

  /** Asks again in place of the last answer, with the question's own scope. */
  regenerate(reply) {
    const i = this.messages.indexOf(reply);
    if (i < 1 || this.controller) return;
    const asked = this.messages[i - 1];
    this.messages.splice(i - 1);
    this.ask(asked.content, asked.scope);
    this.el.input.focus();
  }

  async ask(question, scope = this.scope.snapshot()) {
    if (this.controller) return;
    const history = historyOf(this.messages);
    const reply = { id: newId(), role: 'assistant', status: 'waiting', phase: '正在检索相关段落…', answer: '',
      answerable: true, citations: [], items: [], question };
    this.messages.push({ id: newId(), role: 'user', content: question, scope }, reply);
    this.fresh.add(reply.id);
    const controller = new AbortController();
    this.controller = controller;
    this.renderAll();
    this.setBusy(true);
    this.save(); // the question outlives a reload while its answer is on its way
    this.announce(reply.phase);
    const body = scope ? { question, history, reportIds: scope.reportIds } : { question, history };
    try {
      await this.stream(reply, body, controller.signal);
    } catch (e) {
      this.failed(reply, e);
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.setBusy(false);
        this.rerender(reply);
      }
      if (this.messages.includes(reply)) this.save();
    }
  }

  async stream(reply, body, signal) {
    const done = await askStream(body, {
      retrieval: (r) => this.update(reply, { phase: `找到 ${r.hits.length} 段相关内容，正在组织回答…` }),
      citations: (citations) => this.update(reply, { citations }),
      delta: (text) => this.update(reply, { status: 'streaming', answer: reply.answer + text }),
    }, signal);
    this.update(reply, { status: 'done', answer: done.answer, answerable: done.answerable,
      citations: done.citations || [], items: done.items || [] });
    this.announce(done.answerable ? '回答完成' : '报告中未提及');
  }

  failed(reply, e) {
    if (e.name === 'AbortError') {
      this.update(reply, { status: 'stopped' });
      this.announce('已停止回答');
    } else {
      this.update(reply, { status: 'error', error: { kind: e.kind, title: e.title, detail: e.detail, status: e.status } });
      this.announce(`出错了：${e.title}`);
    }
  }

  setBusy(busy) {
    this.el.stop.hidden = !busy;
    this.el.send.hidden = busy;
    this.el.list.classList.toggle('busy', busy);
    this.composer.refresh();
  }

  update(reply, changes) {
    if (!this.messages.includes(reply)) return;
    Object.assign(reply, changes);
    this.rerender(reply);
  }

  rerender(m) {
    const old = this.nodes.get(m.id);
    if (!old) return;
    const stick = this.nearBottom();
    const node = this.node(m);
    this.nodes.set(m.id, node);
    old.replaceWith(node);
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

  node(m) {
    const last = m === this.messages[this.messages.length - 1] && !this.controller;
    return turnNode(m, this.on, { last, fresh: this.fresh.has(m.id) });
  }

  nearBottom() {
    const s = this.el.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  scrollToEnd() {
    this.el.scroller.scrollTop = this.el.scroller.scrollHeight;
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
