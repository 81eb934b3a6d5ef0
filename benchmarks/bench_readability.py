"""Per-article cost of the readability family, in-process (perf_counter).

    python benchmarks/bench_readability.py [--module PATH] [--data JSONL] [--limit N] [--passes N] [--prime N]

--module times another copy of the family (e.g. `git show HEAD~1:credscore/signals/readability.py`).

Segmentation (doc.article_sentences) is computed before timing, so only the family is timed.
Every timed pass goes over distinct texts; textstat's own whole-text caches (128 entries) are
cleared before each call so the seeds, too, measure work rather than cache hits.
"""
from __future__ import annotations

import argparse, importlib.util, json, statistics, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_module(path: str | None):
    if path is None:
        from credscore.signals import readability
        return readability
    spec = importlib.util.spec_from_file_location("readability_under_test", path)
    mod = importlib.util.module_from_spec(spec)
    # the module registers its family; register under a throwaway registry name clash is avoided
    import credscore.registry as reg
    orig = reg.register
    reg.register = lambda *a, **k: (lambda f: f)
    try:
        spec.loader.exec_module(mod)
    finally:
        reg.register = orig
    return mod


def texts(data: str | None, limit: int) -> list[str]:
    if data is None:
        return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line).get("text")
            if isinstance(t, str) and t.strip():
                out.append(t)
            if len(out) >= limit:
                break
    return out


def textstat_caches():
    return [obj for name, m in list(sys.modules.items()) if name.startswith("textstat")
            for obj in vars(m).values()
            if hasattr(obj, "cache_clear") and getattr(obj, "__module__", "").startswith("textstat")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--module")
    ap.add_argument("--data")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--prime", type=int, default=0,
                    help="run the family untimed over the first N texts, then time the rest")
    args = ap.parse_args()
    from credscore.pipeline import analyze
    mod = load_module(args.module)
    docs = [analyze(t) for t in texts(args.data, args.limit)]
    for d in docs:
        d.article_sentences
    kb = statistics.mean(sum(s.end - s.start + 1 for s in d.article_sentences) for d in docs) / 1000
    fn = mod.readability
    fn(docs[0]); caches = textstat_caches()
    if args.prime:
        for d in docs[: args.prime]:
            fn(d)
        docs = docs[args.prime :]
        kb = statistics.mean(sum(s.end - s.start + 1 for s in d.article_sentences) for d in docs) / 1000
    results = []
    first = 0.0
    first_cpu = 0.0
    warm = [[] for _ in docs]
    for p in range(args.passes + 1):  # pass 0 = first sight of these texts (cold word caches)
        for i, d in enumerate(docs):
            for c in caches:
                c.cache_clear()
            c0 = time.process_time()
            t0 = time.perf_counter()
            r = fn(d)
            dt = time.perf_counter() - t0
            dc = time.process_time() - c0
            if p == 0:
                results.append(r.values)
                first += dt
                first_cpu += dc
            else:
                warm[i].append(dt)
    # a doc's warm cost is its median over the later passes: the machine is shared, and a
    # preempted call would otherwise dominate the mean
    print(f"{len(docs)} texts, mean article text {kb:.2f} KB")
    print(f"first pass (cold caches): {first / len(docs) * 1000:.4f} ms/article"
          f" (process CPU time {first_cpu / len(docs) * 1000:.4f} ms)")
    if args.passes == 0:
        print("values digest", hash(json.dumps(results, sort_keys=True)))
        return
    warm_ms = statistics.mean(statistics.median(w) for w in warm) * 1000
    print(f"warm (mean of per-text medians over {args.passes} passes): {warm_ms:.4f} ms/article"
          f" = {warm_ms / kb * 4.4:.4f} ms per 4.4 KB")
    h = hash(json.dumps(results, sort_keys=True))
    print("values digest", h)


if __name__ == "__main__":
    main()
