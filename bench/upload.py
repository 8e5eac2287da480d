#!/usr/bin/env python3
"""Times one report upload to a running service: request to 201, to the first answer citing the new report, and
to the last of its passages embedded (readiness's vectorsWaiting back to 0). One JSON line on stdout.

Usage: bench/upload.py URL FILE

The question asked is built from what the service says it added (the report's short place name and its
economy's output), so it works for any report; it is asked again every 0.2 s until an answer cites a paragraph
of the new report (30 s at most).
"""
import json, mimetypes, os, sys, time, urllib.parse, urllib.request

MEDIA = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".txt": "text/plain; charset=utf-8", ".md": "text/markdown; charset=utf-8", ".html": "text/html",
         ".pdf": "application/pdf"}


def call(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, json.loads(r.read().decode("utf-8"))


def waiting(base):
    try:
        _, health = call(base + "/q/health/ready")
    except urllib.error.HTTPError:
        return None
    return next((c["data"].get("vectorsWaiting") for c in health["checks"] if c["name"] == "index"), None)


def main():
    base, path = sys.argv[1].rstrip("/"), sys.argv[2]
    body = open(path, "rb").read()
    ext = os.path.splitext(path)[1].lower()
    media = MEDIA.get(ext) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    t0 = time.monotonic()
    status, added = call(base + "/api/reports?name=" + urllib.parse.quote(os.path.basename(path)), body,
                         {"Content-Type": media}, "POST")
    t_added = time.monotonic() - t0
    report = added["reports"][0]
    question = f"{report.get('placeShort') or report.get('place')}地区生产总值是多少?"
    answered, cited = None, False
    while time.monotonic() - t0 < 30:
        _, answer = call(base + "/api/ask", json.dumps({"question": question}).encode("utf-8"),
                         {"Content-Type": "application/json"}, "POST")
        if any(c.get("reportId") == report["id"] for c in answer.get("citations", [])):
            answered, cited = time.monotonic() - t0, True
            break
        time.sleep(0.2)
    vectors = None
    while time.monotonic() - t0 < 600:
        if waiting(base) == 0:
            vectors = time.monotonic() - t0
            break
        time.sleep(0.2)
    print(json.dumps({"file": os.path.basename(path), "bytes": len(body), "status": status, "report": report["id"],
                      "paragraphs": report.get("paragraphs"), "question": question, "cited": cited,
                      "request_to_201_s": round(t_added, 2),
                      "request_to_answerable_s": round(answered, 2) if answered else None,
                      "request_to_all_vectors_s": round(vectors, 2) if vectors else None}, ensure_ascii=False))


if __name__ == "__main__":
    main()
