// ReportQA's /v1 through the official openai Node SDK, as an integrator would use it.
// Usage: node check.mjs BASE_URL   (e.g. http://127.0.0.1:18110/v1). One line per check, then 'N passed, N failed'.
import OpenAI from "openai";

const QUESTION = "嘉峪关建成区绿化覆盖率达到了多少?";
const client = new OpenAI({ baseURL: process.argv[2], apiKey: "unused", maxRetries: 0 });
const results = [];

async function check(name, fn) {
  try {
    console.log(`ok   ${name}: ${await fn()}`);
    results.push(true);
  } catch (e) {
    console.log(`FAIL ${name}: ${e.constructor.name}: ${e.message}`);
    results.push(false);
  }
}

function assert(ok, what) {
  if (!ok) throw new Error(what);
}

const ask = (extra = {}) =>
  client.chat.completions.create({ model: "reportqa", messages: [{ role: "user", content: QUESTION }], ...extra });

function refused(param, extra) {
  return async () => {
    try {
      await ask(extra);
    } catch (e) {
      assert(e instanceof OpenAI.BadRequestError && e.param === param && e.code === "unsupported_parameter",
        `${e.status} ${e.message}`);
      return `400 BadRequestError param=${e.param} code=${e.code}`;
    }
    throw new Error("accepted");
  };
}

await check("plain completion with usage", async () => {
  const r = await ask();
  const u = r.usage;
  assert(r.choices[0].message.content.includes("参考来源") && r.choices[0].finish_reason === "stop", "content");
  assert(u.prompt_tokens > 0 && u.completion_tokens > 0 && u.total_tokens === u.prompt_tokens + u.completion_tokens, "usage");
  return `usage ${u.prompt_tokens}+${u.completion_tokens}=${u.total_tokens}`;
});
await check("stream with include_usage", async () => {
  let text = "", usage = null, finish = null;
  for await (const chunk of await ask({ stream: true, stream_options: { include_usage: true } })) {
    if (chunk.choices.length) {
      text += chunk.choices[0].delta.content ?? "";
      finish = chunk.choices[0].finish_reason ?? finish;
    }
    if (chunk.usage) usage = chunk.usage;
  }
  assert(usage && usage.completion_tokens > 0 && finish === "stop" && text.includes("参考来源"), "stream");
  return `final usage chunk ${usage.prompt_tokens}+${usage.completion_tokens}, finish_reason ${finish}`;
});
await check("max_tokens", async () => {
  const r = await ask({ max_tokens: 5 });
  assert(r.choices[0].finish_reason === "length" && r.usage.completion_tokens === 5, JSON.stringify(r.choices[0]));
  return `finish_reason length, content ${JSON.stringify(r.choices[0].message.content)}`;
});
await check("stop", async () => {
  const r = await ask({ stop: ["[1]"] });
  const c = r.choices[0].message.content;
  assert(!c.includes("[1]") && r.choices[0].finish_reason === "stop", c);
  return `content ends before [1]: ${JSON.stringify(c.slice(-12))}`;
});
await check("n=2 refused", refused("n", { n: 2 }));
await check("tools refused", refused("tools", { tools: [{ type: "function", function: { name: "f", parameters: {} } }] }));
await check("response_format refused", refused("response_format", { response_format: { type: "json_object" } }));
await check("logprobs refused", refused("logprobs", { logprobs: true }));
await check("unknown model", async () => {
  try {
    await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: QUESTION }] });
  } catch (e) {
    assert(e instanceof OpenAI.NotFoundError && e.code === "model_not_found" && e.param === "model", e.message);
    return `404 NotFoundError code=${e.code}: ${e.message}`;
  }
  throw new Error("accepted");
});
await check("models list and retrieve", async () => {
  const ids = [];
  for await (const m of client.models.list()) ids.push(m.id);
  const one = await client.models.retrieve("reportqa");
  assert(ids.length === 1 && ids[0] === "reportqa" && one.id === "reportqa", ids.join());
  return `list ${JSON.stringify(ids)}, retrieve ${one.id}`;
});
const passed = results.filter(Boolean).length;
const { VERSION } = await import("openai/version");
console.log(`node openai ${VERSION}: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
