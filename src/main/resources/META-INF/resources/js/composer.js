// The question box: Enter sends (not while an IME composes), the 500-character limit is held here with a message
// in Chinese, and a sent question can come back for editing, to replace its turn when sent again.

/** The service's limit (reportqa.limits.max-question-chars); the page holds to it so a user never hits the 400. */
export const MAX_QUESTION = 500;

export class Composer {
  /** `el`: form, input, send, counter, limit, editing, cancelEdit; `submit(question)` returns whether it was sent. */
  constructor(el, submit, announce) {
    this.el = el;
    this.submitQuestion = submit;
    this.announce = announce;
    this.editingId = null;
    this.busy = () => false;
    el.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    el.input.addEventListener('keydown', (e) => this.onKey(e));
    el.input.addEventListener('input', () => this.refresh());
    el.cancelEdit.addEventListener('click', () => {
      this.cancelEdit();
      el.input.focus();
    });
    this.refresh();
  }

  onKey(e) {
    if (e.key === 'Escape' && this.editingId && !this.busy()) {
      e.preventDefault();
      this.cancelEdit();
      return;
    }
    // An Enter that confirms an IME composition (pinyin input) must not send the half-typed question.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    this.submit();
  }

  refresh() {
    const { input, counter, limit, send } = this.el;
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
    const n = [...input.value.trim()].length;
    const over = n > MAX_QUESTION;
    counter.textContent = n > MAX_QUESTION * 0.8 ? `${n} / ${MAX_QUESTION} 字` : '';
    counter.classList.toggle('over', over);
    limit.hidden = !over;
    limit.textContent = over ? `问题最多 ${MAX_QUESTION} 个字，现在有 ${n} 个字，请删去 ${n - MAX_QUESTION} 个字后再发送。` : '';
    if (over) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    send.disabled = this.busy() || n === 0 || over;
  }

  submit() {
    const question = this.el.input.value.trim();
    if (!question || this.busy()) return;
    if ([...question].length > MAX_QUESTION) {
      this.announce(this.el.limit.textContent);
      return;
    }
    if (!this.submitQuestion(question)) return;
    this.el.input.value = '';
    this.cancelEdit();
  }

  /** Puts `question` in the box; with `id`, sending it replaces that turn and everything after it. */
  edit(question, id) {
    this.editingId = id;
    this.el.editing.hidden = !id;
    this.el.input.value = question;
    this.refresh();
    this.el.input.focus();
    this.el.input.setSelectionRange(question.length, question.length);
  }

  cancelEdit() {
    if (this.editingId) this.el.input.value = '';
    this.editingId = null;
    this.el.editing.hidden = true;
    this.refresh();
  }
}
