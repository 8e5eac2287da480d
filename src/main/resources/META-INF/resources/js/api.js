// The service's HTTP API as the page uses it. Every failure becomes an ApiError the page can show as it is.
import { readEvents } from './sse.js';
import { chinese } from './dom.js';
import { askKey } from './dialogs.js';

export class ApiError extends Error {
  /** kind: network (no answer from the server), problem (a 4xx/5xx problem detail), interrupted, http. */
  constructor(kind, title, detail, status = 0) {
    super(`${title}：${detail}`);
    this.kind = kind;
    this.title = title;
    this.detail = detail;
    this.status = status;
  }

  static fromProblem(problem, status) {
    const code = problem.status || status || 0;
    return new ApiError('problem', chinese(problem.title) || `请求失败（${code}）`,
      chinese(problem.detail) || '', code);
  }
}

const NETWORK = () => new ApiError('network', '无法连接到服务器',
  '请检查网络或确认 ReportQA 服务正在运行，然后重试。');

async function send(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw NETWORK();
  }
}

async function failure(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return ApiError.fromProblem(await response.json(), response.status);
    } catch { /* not a problem body after all: fall through */ }
  }
  return new ApiError('http', `服务器返回错误（${response.status}）`, '请稍后重试。', response.status);
}

/** `cache: 'no-cache'` revalidates: a list that has not changed comes back as a bodiless 304 (its ETag). */
export async function getJson(url, signal) {
  const response = await withKey((headers) => send(url, { headers: { ...headers, Accept: 'application/json' }, signal,
    cache: 'no-cache' }));
  if (!response.ok) throw await failure(response);
  return response.json();
}

/**
 * Asks over POST /api/ask/stream. Calls on.retrieval({hits}), on.citations([...]) and on.delta(text) as events
 * arrive and resolves with the final /api/ask response of the `done` event.
 */
export async function askStream(body, on, signal) {
  const response = await withKey((headers) => send('api/ask/stream', {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  }));
  if (!response.ok) throw await failure(response);
  try {
    for await (const { event, data } of readEvents(response.body)) {
      const payload = JSON.parse(data);
      if (event === 'retrieval') on.retrieval?.(payload);
      else if (event === 'citations') on.citations?.(payload.citations || []);
      else if (event === 'delta') on.delta?.(payload.text || '');
      else if (event === 'error') throw ApiError.fromProblem(payload, 500);
      else if (event === 'done') return payload;
    }
  } catch (e) {
    if (e instanceof ApiError || e.name === 'AbortError') throw e;
    if (e instanceof SyntaxError) throw new ApiError('http', '服务器返回了无法识别的数据', '请稍后重试。');
    throw NETWORK();
  }
  throw new ApiError('interrupted', '回答中断', '连接在回答完成前断开了，请重试。');
}

// The library as last fetched. Listeners hear of every change, made on this page or by another instance (seen
// when the page polls), so the list, the scope chips and the empty state never show a stale library.
let library = null;
let fetching = null;
const listeners = new Set();

export function onLibraryChange(listener) {
  listeners.add(listener);
}

const signature = (reports) => reports.map((r) => `${r.id}:${r.paragraphs}:${r.title}`).join('|');

/** The report list: the last one fetched, or a fetch of it. */
export function reportList() {
  return library ? Promise.resolve(library.reports) : refreshReports();
}

/** Fetches the report list anew and tells the listeners when it changed. */
export function refreshReports() {
  fetching ??= getJson('api/reports').then((r) => {
    fetching = null;
    const changed = !library || library.signature !== signature(r.reports);
    if (changed) {
      const kept = new Set(r.reports.map((x) => `${x.id}:${x.paragraphs}`));
      for (const old of library?.reports || []) if (!kept.has(`${old.id}:${old.paragraphs}`)) details.delete(old.id);
      library = { reports: r.reports, signature: signature(r.reports) };
      for (const listener of listeners) listener(r.reports);
    }
    return library.reports;
  }, (e) => {
    fetching = null;
    throw e;
  });
  return fetching;
}

const details = new Map();

export function reportDetail(id) {
  if (!details.has(id)) {
    details.set(id, getJson(`api/reports/${encodeURIComponent(id)}`).catch((e) => {
      details.delete(id);
      throw e;
    }));
  }
  return details.get(id);
}

const KEY = 'reportqa.apiKey';

function storedKey() {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function storeKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY, key);
    else sessionStorage.removeItem(KEY);
  } catch { /* storage disabled: the key is asked for again next time */ }
}

let prompting = null;

/** One prompt at a time: requests refused together all wait for the same answer. */
function promptKey(rejected) {
  prompting ??= askKey(rejected).then((key) => {
    prompting = null;
    storeKey(key);
    return key;
  });
  return prompting;
}

/**
 * Sends a request with the tab's API key, if it has one. When the service asks for one (401: writes, or every
 * request when reads are guarded too), asks the user, keeps the key for this tab only (sessionStorage) and sends
 * again; a cancelled prompt is an error saying so.
 */
async function withKey(request) {
  let key = storedKey();
  for (;;) {
    const response = await request(key ? { Authorization: `Bearer ${key}` } : {});
    if (response.status !== 401) return response;
    if (storedKey() === key) storeKey(null);
    key = await promptKey(Boolean(key));
    if (!key) throw new ApiError('problem', '需要 API 密钥', '没有输入密钥，操作已取消。', 401);
  }
}

/** Removes a report; resolves with its summary. */
export async function deleteReport(id) {
  const response = await withKey((headers) => send(`api/reports/${encodeURIComponent(id)}`,
    { method: 'DELETE', headers: { ...headers, Accept: 'application/json' } }));
  if (!response.ok) throw await failure(response);
  return (await response.json()).deleted;
}

function post(files, headers, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/reports');
    for (const [name, value] of Object.entries({ ...headers, Accept: 'application/json' })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve({ status: xhr.status, type: xhr.getResponseHeader('Content-Type') || '',
      text: xhr.responseText });
    xhr.onerror = () => reject(NETWORK());
    xhr.send(form);
  });
}

function parsed(response) {
  try {
    return response.type.includes('json') ? JSON.parse(response.text) : null;
  } catch {
    return null;
  }
}

/**
 * Adds `files` in one request (XMLHttpRequest, for its upload progress: `onProgress(fraction)`). Resolves with one
 * result per file, in order: {ok, reports} or {ok: false, problem: ApiError}.
 */
export async function uploadReports(files, onProgress) {
  const response = await withKey((headers) => post(files, headers, onProgress));
  const body = parsed(response);
  if (files.length > 1 && response.status === 200 && Array.isArray(body?.results)) {
    return body.results.map((r) => (r.problem
      ? { ok: false, reports: [], problem: ApiError.fromProblem(r.problem, r.status) }
      : { ok: true, reports: r.reports || [] }));
  }
  if (response.status === 201 && body) return [{ ok: true, reports: body.reports || [] }];
  const problem = body ? ApiError.fromProblem(body, response.status)
    : response.status === 413 ? new ApiError('problem', '文件太大', '超过了服务允许的上传大小，请分开上传或压缩后再试。', 413)
      : new ApiError('http', `服务器返回错误（${response.status}）`, '请稍后重试。', response.status);
  return files.map(() => ({ ok: false, reports: [], problem }));
}
