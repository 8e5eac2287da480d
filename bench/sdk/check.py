"""ReportQA's /v1 through the official openai Python SDK, as an integrator would use it.

Usage: python check.py BASE_URL   (e.g. http://127.0.0.1:18110/v1). Prints one line per check and a closing
'N passed, N failed' line; exits non-zero when a check fails.
"""
import sys

import openai

QUESTION = "嘉峪关建成区绿化覆盖率达到了多少?"
client = openai.OpenAI(base_url=sys.argv[1], api_key="unused", max_retries=0)
results = []


def check(name, fn):
    try:
        detail = fn()
        results.append(True)
        print(f"ok   {name}: {detail}")
    except Exception as e:  # a failed check is reported, the others still run
        results.append(False)
        print(f"FAIL {name}: {type(e).__name__}: {e}")


def ask(**kw):
    return client.chat.completions.create(model="reportqa", messages=[{"role": "user", "content": QUESTION}], **kw)


def plain():
    r = ask()
    u = r.usage
    assert "参考来源" in r.choices[0].message.content and r.choices[0].finish_reason == "stop"
    assert u.prompt_tokens > 0 and u.completion_tokens > 0 and u.total_tokens == u.prompt_tokens + u.completion_tokens
    return f"usage {u.prompt_tokens}+{u.completion_tokens}={u.total_tokens}, {len(r.choices[0].message.content)} chars"


def streamed():
    text, usage, finish = "", None, None
    for chunk in ask(stream=True, stream_options={"include_usage": True}):
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        if chunk.usage:
            usage = chunk.usage
    assert usage is not None and usage.completion_tokens > 0 and finish == "stop" and "参考来源" in text
    return f"final usage chunk {usage.prompt_tokens}+{usage.completion_tokens}, finish_reason {finish}"


def max_tokens():
    r = ask(max_tokens=5)
    assert r.choices[0].finish_reason == "length" and r.usage.completion_tokens == 5
    return f"finish_reason length, content {r.choices[0].message.content!r}"


def stop():
    r = ask(stop=["[1]"])
    c = r.choices[0].message.content
    assert "[1]" not in c and r.choices[0].finish_reason == "stop"
    return f"content ends before [1]: {c[-12:]!r}"


def refused(param, **kw):
    def run():
        try:
            ask(**kw)
        except openai.BadRequestError as e:
            assert e.status_code == 400 and e.param == param and e.code == "unsupported_parameter", e.body
            return f"400 BadRequestError param={e.param} code={e.code}"
        raise AssertionError("accepted")
    return run


def unknown_model():
    try:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    except openai.NotFoundError as e:
        assert e.code == "model_not_found" and e.param == "model"
        return f"404 NotFoundError code={e.code}"
    raise AssertionError("accepted")


def models():
    ids = [m.id for m in client.models.list()]
    one = client.models.retrieve("reportqa")
    assert ids == ["reportqa"] and one.id == "reportqa"
    return f"list {ids}, retrieve {one.id}"


check("plain completion with usage", plain)
check("stream with include_usage", streamed)
check("max_tokens", max_tokens)
check("stop", stop)
check("n=2 refused", refused("n", n=2))
check("tools refused", refused("tools", tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}]))
check("response_format refused", refused("response_format", response_format={"type": "json_object"}))
check("logprobs refused", refused("logprobs", logprobs=True))
check("unknown model", unknown_model)
check("models list and retrieve", models)
print(f"python openai {openai.__version__}: {sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
