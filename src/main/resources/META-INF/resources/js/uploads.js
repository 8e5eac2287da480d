// Adding reports: files dropped on the drop zone or chosen in the picker, sent in batches, each file with its
// progress and then its result: the reports found in it (with their metadata) or the problem, in Chinese.
import { h, chineseDate } from './dom.js';
import { uploadReports, refreshReports } from './api.js';

const FORMATS = /\.(txt|text|md|markdown|html?|pdf|docx)$/i;
// Under the service's 10 MB body cap, with room for the multipart framing; at most 100 files a request.
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 100;

export function batches(files) {
  const out = [];
  let current = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length && (bytes + f.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length) out.push(current);
  return out;
}

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export class Uploads {
  /** `el`: dropzone, pick, input, list; `ask(kind, value)` scopes the chat; `announce(text)` speaks. */
  constructor(el, ask, announce) {
    this.el = el;
    this.ask = ask;
    this.announce = announce;
    this.queue = Promise.resolve();
    el.pick.addEventListener('click', () => el.input.click());
    el.input.addEventListener('change', () => {
      this.add([...el.input.files]);
      el.input.value = '';
    });
    el.dropzone.addEventListener('dragover', (e) => {
      e.preventDefault();
      el.dropzone.classList.add('over');
    });
    el.dropzone.addEventListener('dragleave', () => el.dropzone.classList.remove('over'));
    el.dropzone.addEventListener('drop', (e) => {
      e.preventDefault();
      el.dropzone.classList.remove('over');
      this.add([...e.dataTransfer.files]);
    });
  }

  /** Queues `files`; files of a type the service does not take are refused here, without a request. */
  add(files) {
    if (!files.length) return;
    const rows = files.map((f) => ({ file: f, node: this.row(f) }));
    this.el.list.prepend(...rows.map((r) => r.node));
    const accepted = rows.filter((r) => FORMATS.test(r.file.name));
    for (const r of rows.filter((x) => !accepted.includes(x))) {
      this.result(r, { ok: false, problem: { title: '不支持的文件类型', detail: '请上传 .txt、.md、.html、.pdf 或 .docx 文件。' } });
    }
    this.announce(`正在上传 ${accepted.length} 个文件`);
    for (const batch of batches(accepted.map((r) => r.file))) {
      const batchRows = batch.map((f) => accepted.find((r) => r.file === f));
      this.queue = this.queue.then(() => this.send(batchRows));
    }
    this.queue = this.queue.then(() => refreshReports().catch(() => {}));
  }

  row(f) {
    return h('li', { class: 'upload', 'data-file': f.name, 'data-state': 'queued' },
      h('span', { class: 'upload-name' }, f.name),
      h('span', { class: 'upload-size' }, sizeText(f.size)),
      h('progress', { max: '100', value: '0', 'aria-label': `${f.name} 的上传进度` }),
      h('span', { class: 'upload-status' }, '等待上传'));
  }

  async send(rows) {
    const total = rows.reduce((n, r) => n + r.file.size, 0) || 1;
    const progress = (fraction) => {
      let before = 0;
      for (const r of rows) {
        const done = Math.min(1, Math.max(0, (fraction * total - before) / (r.file.size || 1)));
        before += r.file.size;
        this.state(r, done < 1 ? 'sending' : 'processing', done < 1 ? `正在上传 ${Math.round(done * 100)}%`
          : '已上传，正在解析并建立索引…', done);
      }
    };
    progress(0);
    try {
      const results = await uploadReports(rows.map((r) => r.file), progress);
      rows.forEach((r, i) => this.result(r, results[i]));
    } catch (e) {
      for (const r of rows) this.result(r, { ok: false, problem: e });
    }
  }

  state(r, state, text, fraction) {
    r.node.dataset.state = state;
    r.node.querySelector('progress').value = String(Math.round(fraction * 100));
    r.node.querySelector('.upload-status').textContent = text;
  }

  result(r, result) {
    r.node.dataset.state = result.ok ? 'added' : 'failed';
    r.node.querySelector('progress')?.remove();
    const status = r.node.querySelector('.upload-status');
    if (!result.ok) {
      status.replaceChildren(h('strong', {}, result.problem.title || '上传失败'),
        result.problem.detail ? `：${result.problem.detail}` : '');
      this.announce(`${r.file.name} 未能加入：${result.problem.title}`);
      return;
    }
    status.replaceChildren(`已加入 ${result.reports.length} 份报告`);
    r.node.append(h('ul', { class: 'upload-reports' }, result.reports.map((rep) => h('li', { 'data-report': rep.id },
      h('span', { class: 'report-title' }, rep.title), ' ',
      h('span', { class: 'upload-meta' }, [rep.place, rep.level, chineseDate(rep.date),
        rep.speaker && `报告人 ${rep.speaker}`, `${rep.paragraphs} 段`].filter(Boolean).join(' · ')), ' ',
      h('button', { type: 'button', class: 'link ask-report', 'aria-label': `就${rep.title}提问`,
        onclick: () => this.ask('report', rep.id) }, '就此报告提问')))));
    this.announce(`${r.file.name} 已加入：${result.reports.map((x) => x.title).join('、')}`);
  }
}
