#!/usr/bin/env python3
"""Generates distinct, realistic first-time questions over the reports a service holds, for the benchmark.

Places × years × topics of the loaded reports (read from `GET /api/reports` or a saved copy of it, and optionally
the library's metadata.tsv), in varied phrasings, plus questions that must be refused: places with no report,
years no report covers, topics no report has. Deterministic for a given seed and report list. No question of the
dev sets (../shared/eval/dev.jsonl, ../shared/library/dev-library.jsonl) is produced; questions that differ only in
punctuation, spaces, 请问 or 的 count as the same and are produced once.

Usage:
  bench/questions.py --reports reports.json [--reports more.json] [--metadata library/metadata.tsv]
                     [--restrict reports.json]
                     [--url http://127.0.0.1:8093] [--seed 14] [--count N] [--out questions.jsonl]
                     [--exclude dev.jsonl ...] [--check]
Output: one JSON object a line: {"id", "question", "expect": "answer"|"refuse", "kind", "place", "year", "topic"}.
--count 0 (the default) writes the whole shuffled pool; --check prints counts, the refusal share and distinctness.
"""
import argparse, json, random, re, sys, urllib.request

# Figures a report gives about the year it reviews (year Y-1 for a report of year Y). (topic, unit, growth?)
FACTS = [
    ("地区生产总值", "亿元", True), ("一般公共预算收入", "亿元", True), ("城镇新增就业", "万人", False),
    ("粮食产量", "万吨", False), ("固定资产投资", "亿元", True), ("社会消费品零售总额", "亿元", True),
    ("森林覆盖率", "%", False), ("城镇调查失业率", "%", False), ("居民人均可支配收入", "元", True),
    ("城镇居民人均可支配收入", "元", True), ("农村居民人均可支配收入", "元", True),
    ("规模以上工业增加值", "亿元", True), ("进出口总额", "亿元", True), ("实际利用外资", "亿美元", True),
    ("常住人口城镇化率", "%", False), ("新增市场主体", "户", False), ("研发经费投入", "亿元", True),
    ("空气质量优良天数比例", "%", False), ("税收收入", "亿元", True), ("旅游总收入", "亿元", True),
    ("新开工棚户区改造", "套", False), ("城乡居民基本养老保险参保人数", "万人", False),
]
# Targets a report sets for its own year Y.
TARGETS = [
    "地区生产总值增长", "一般公共预算收入增长", "城镇新增就业", "城镇调查失业率", "居民人均可支配收入增长",
    "粮食产量", "固定资产投资增长", "社会消费品零售总额增长", "居民消费价格涨幅", "单位地区生产总值能耗下降",
    "规模以上工业增加值增长", "进出口总额增长", "森林覆盖率",
]
# Subjects no government work report covers: must be refused wherever they are asked.
ABSENT = [
    "电影票房", "比特币挖矿数量", "米其林餐厅数量", "职业足球联赛观众人数", "宠物狗登记数量", "彩票中奖金额",
    "网红直播打赏金额", "火星探测器发射次数", "咖啡店数量", "演唱会门票收入", "高尔夫球场数量", "奢侈品销售额",
    "大熊猫出生数量", "马拉松完赛人数", "地铁早高峰拥挤度", "外卖骑手平均时薪",
]
# Real places with no report in the bundled corpus or the shared library (cities and counties only: the library
# holds provincial reports, and some provinces are held back for judging).
UNKNOWN_PLACES = [
    ("杭州市", "杭州"), ("苏州市", "苏州"), ("成都市", "成都"), ("洛阳市", "洛阳"), ("桂林市", "桂林"),
    ("温州市", "温州"), ("潍坊市", "潍坊"), ("赣州市", "赣州"), ("遵义市", "遵义"), ("绵阳市", "绵阳"),
    ("宜昌市", "宜昌"), ("大同市", "大同"), ("延边州", "延边"), ("义乌市", "义乌"), ("昆山市", "昆山"),
    ("海淀区", "海淀"), ("浦东新区", "浦东"), ("南山区", "南山"), ("余杭区", "余杭"), ("晋江市", "晋江"),
    ("喀什地区", "喀什"), ("日喀则市", "日喀则"), ("汕头市", "汕头"), ("泉州市", "泉州"),
]

FACT_FORMS = [
    "{p}{y}{t}是多少？", "请问{p}{y}{t}是多少？", "{y}{p}的{t}是多少？", "{p}{y}{t}有多少？",
    "{p}在{y}{t}是多少？", "{y}{p}{t}情况如何？", "请问{y}{p}{t}达到了多少？", "{p}{y}的{t}达到多少了？",
]
MONEY_FORMS = ["{y}{p}{t}达到了多少亿元？", "请问{p}{y}{t}达到了多少亿元？", "{p}{y}{t}一共多少亿元？"]
GROWTH_FORMS = [
    "{p}{y}{t}增长了多少？", "{y}{p}{t}比上年增长多少？", "请问{p}{y}{t}增长了百分之几？",
    "{p}{y}{t}的增速是多少？",
]
TARGET_FORMS = [
    "{p}{y}{t}的目标是多少？", "{p}{y}{t}的预期目标是多少？", "请问{p}{y}{t}的目标定为多少？",
    "{y}{p}计划{t}多少？", "{p}提出{y}{t}要达到多少？", "{y}{p}{t}的预期是多少？",
]
ABSENT_FORMS = ["{p}{y}{t}是多少？", "请问{p}{y}{t}有多少？", "{y}{p}的{t}增长了多少？"]

NATIONAL_NAMES = ["全国", "我国", "国家"]


def year_of(r):
    """The report's own year: the one in its title (a report given in December for the next year counts as that)."""
    for text in (r.get("title") or "", r.get("id") or ""):
        m = re.search(r"(19|20)\d\d", text)
        if m:
            return int(m.group(0))
    d = r.get("date") or ""
    return int(d[:4]) if d[:4].isdigit() else None


def load_reports(args):
    reports = []
    for path in args.reports or []:
        reports += json.load(open(path, encoding="utf-8"))["reports"]
    if args.url:
        with urllib.request.urlopen(args.url.rstrip("/") + "/api/reports") as resp:
            reports += json.load(resp)["reports"]
    for path in args.metadata or []:
        rows = open(path, encoding="utf-8").read().splitlines()
        head = rows[0].split("\t")
        for row in rows[1:]:
            f = dict(zip(head, row.split("\t")))
            reports.append({"place": f["place"], "placeShort": f["short_place"], "level": f["level"],
                            "title": f["title"], "date": f.get("delivered", "")})
    out, seen = [], set()
    for r in reports:
        y = year_of(r)
        key = (r.get("place"), y)
        if y and r.get("place") and key not in seen:
            seen.add(key)
            out.append({"place": r["place"], "short": r.get("placeShort") or r["place"], "level": r.get("level", ""),
                        "year": y})
    return sorted(out, key=lambda r: (r["place"], r["year"]))


def place_names(r):
    if r["level"] == "国家" or r["place"] in ("全国", "中华人民共和国", "国务院"):
        return NATIONAL_NAMES
    return sorted({r["place"], r["short"]})


def norm(q):
    q = re.sub(r"[\s?？!！。，,、“”\"']", "", q)
    return q.replace("请问", "").replace("的", "")


def generate(reports, rng):
    years = {}
    for r in reports:
        years.setdefault(r["place"], set()).add(r["year"])
    answer, refuse = [], []

    def add(bucket, q, kind, place, year, topic):
        bucket.append({"question": q, "kind": kind, "place": place, "year": year, "topic": topic})

    for r in reports:
        y = r["year"]
        for p in place_names(r):
            # Figures of the year the report reviews: "去年" only where the place has a single report, so that
            # the question has one right report.
            review = [f"{y - 1}年"] + (["去年"] if len(years[r["place"]]) == 1 else [])
            plan = [f"{y}年"] + (["今年"] if len(years[r["place"]]) == 1 else [])
            for t, unit, growth in FACTS:
                for yr in review:
                    forms = FACT_FORMS + (MONEY_FORMS if unit == "亿元" else []) + (GROWTH_FORMS if growth else [])
                    for f in forms:
                        add(answer, f.format(p=p, y=yr, t=t), "fact", r["place"], y, t)
            for t in TARGETS:
                for yr in plan:
                    for f in TARGET_FORMS:
                        add(answer, f.format(p=p, y=yr, t=t), "target", r["place"], y, t)
            for t in ABSENT:
                for f in ABSENT_FORMS:
                    add(refuse, f.format(p=p, y=rng.choice(review), t=t), "absent-topic", r["place"], y, t)
        # Years no report of this place covers: well before its reports' review periods, or after all of them.
        covered = years[r["place"]]
        for bad in (min(covered) - 12, min(covered) - 9, max(covered) + 3, max(covered) + 5):
            if bad in covered or any(abs(bad - c) < 7 for c in covered):
                continue
            for t, _, _ in FACTS:
                for p in place_names(r):
                    add(refuse, rng.choice(FACT_FORMS).format(p=p, y=f"{bad}年", t=t), "uncovered-year", r["place"],
                        bad, t)
    report_years = sorted({r["year"] for r in reports})
    for place, short in UNKNOWN_PLACES:
        for p in (place, short):
            for t, unit, growth in FACTS:
                for f in rng.sample(FACT_FORMS, 4):
                    y = rng.choice(report_years)
                    add(refuse, f.format(p=p, y=f"{y - 1}年", t=t), "unknown-place", place, y, t)
            for t in TARGETS:
                for f in rng.sample(TARGET_FORMS, 3):
                    y = rng.choice(report_years)
                    add(refuse, f.format(p=p, y=f"{y}年", t=t), "unknown-place", place, y, t)
    return answer, refuse


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", action="append", help="a saved GET /api/reports response")
    ap.add_argument("--metadata", action="append", help="a library metadata.tsv")
    ap.add_argument("--url", help="a running service to read /api/reports from")
    ap.add_argument("--restrict", help="a saved GET /api/reports response: keep only questions about its places "
                    "(and places with no report); the other reports still decide which years a place has")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--count", type=int, default=0, help="questions to write (0: all)")
    ap.add_argument("--refuse-share", type=float, default=0.2, help="share of must-refuse questions (≥ 0.15)")
    ap.add_argument("--exclude", action="append", default=[], help="question files whose questions never appear")
    ap.add_argument("--out", help="output file (default stdout)")
    ap.add_argument("--check", action="store_true", help="print counts and checks to stderr")
    args = ap.parse_args()
    reports = load_reports(args)
    if not reports:
        sys.exit("no reports: give --reports, --url or --metadata")
    rng = random.Random(args.seed)
    answer, refuse = generate(reports, rng)
    if args.restrict:
        kept = {(r["place"], r["year"]) for r in load_reports(argparse.Namespace(
            reports=[args.restrict], url=None, metadata=None))}
        places = {p for p, _ in kept}
        answer = [it for it in answer if (it["place"], it["year"]) in kept]
        refuse = [it for it in refuse if it["kind"] == "unknown-place" or it["place"] in places]

    banned = set()
    for path in args.exclude:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                banned.add(norm(json.loads(line)["question"]))

    def dedup(items):
        seen, out = set(), []
        for it in items:
            k = norm(it["question"])
            if k not in seen and k not in banned:
                seen.add(k)
                out.append(it)
        return out, seen

    answer, akeys = dedup(answer)
    refuse, rkeys = dedup(refuse)
    refuse = [it for it in refuse if norm(it["question"]) not in akeys]
    rng.shuffle(answer)
    rng.shuffle(refuse)
    # The pool keeps the refusal share: with --count, exactly; otherwise as many questions as the share allows.
    if args.count:
        n_ref = min(len(refuse), max(1, round(args.count * args.refuse_share)))
        n_ans = min(len(answer), args.count - n_ref)
    else:
        n_ans = min(len(answer), int(len(refuse) * (1 - args.refuse_share) / args.refuse_share))
        n_ref = min(len(refuse), round(n_ans * args.refuse_share / (1 - args.refuse_share)))
    pool = [dict(it, expect="answer") for it in answer[:n_ans]] + [dict(it, expect="refuse") for it in refuse[:n_ref]]
    rng.shuffle(pool)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for i, it in enumerate(pool):
        row = {"id": f"q{args.seed}-{i:05d}", "question": it["question"], "expect": it["expect"], "kind": it["kind"],
               "place": it["place"], "year": it["year"], "topic": it["topic"]}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.out:
        out.close()
    if args.check:
        keys = [norm(it["question"]) for it in pool]
        kinds = {}
        for it in pool:
            kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
        refused = sum(1 for it in pool if it["expect"] == "refuse")
        print(f"{len(reports)} reports ({len({r['place'] for r in reports})} places), {len(pool)} questions, "
              f"{len(set(keys))} distinct after normalising, {len(set(it['question'] for it in pool))} distinct "
              f"texts, must refuse {refused} ({refused / max(len(pool), 1):.1%}), kinds {kinds}, "
              f"dev-set overlap {sum(1 for k in keys if k in banned)}", file=sys.stderr)


if __name__ == "__main__":
    main()
