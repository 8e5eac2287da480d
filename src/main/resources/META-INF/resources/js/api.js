// The service's HTTP API as the page uses it. Every failure becomes an ApiError the page can show as it is.
import { readEvents } from './sse.js';
import { chinese } from './dom.js';

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

export async function getJson(url, signal) {
  const response = await send(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/**
 * Asks over POST /api/ask/stream. Calls on.retrieval({hits}), on.citations([...]) and on.delta(text) as events
 * arrive and resolves with the final /api/ask response of the `done` event.
 */
export async function askStream(body, on, signal) {
  const response = await send('api/ask/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
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

let reports;

/** The report list, fetched once per page. */
export function reportList() {
  reports ??= getJson('api/reports').then((r) => r.reports).catch((e) => {
    reports = undefined;
    throw e;
  });
  return reports;
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
