#!/usr/bin/env python3
"""Where the achieved fill rate of `lagom simulate` falls short (issue 20), per item.

Usage: simulate_breakdown.py DEMAND_CSV SERIES_CSV [TARGETS] [WARMUP]
  DEMAND_CSV  the simulated demand (series_id,period,value; NA = missing)
  SERIES_CSV  `lagom simulate --output` of the run (rows of method "auto" are read)
  TARGETS     comma-separated targets to report (default 0.9,0.95); WARMUP default 24
For each target: the mean fill rate over items with demand, then per group of items — decile
of mean demand size (1 = smallest), demand pattern over the whole series (Syntetos-Boylan
cut-offs ADI 1.32, CV^2 0.49) and number of demands in the warm-up (10 = ten or more) — the
items, their mean and aggregate fill rate, the points of the mean's shortfall they account
for, items below 0.5, the share of their demand after the warm-up above the largest single
period seen before (no history can serve it) and their stock value.
"""
import collections
import csv
import math
import sys


def read_demand(path):
    series = collections.defaultdict(list)
    with open(path) as f:
        rows = csv.reader(f)
        next(rows)
        for sid, _, value in rows:
            series[sid].append(math.nan if value == "NA" else max(0.0, float(value)))
    return series


def describe(demand, warmup):
    sizes = [v for v in demand if v > 0]
    mean = sum(sizes) / len(sizes) if sizes else 0.0
    cv2 = (sum((v - mean) ** 2 for v in sizes) / (len(sizes) - 1) / mean**2
           if len(sizes) > 1 else 0.0)
    adi = len(demand) / len(sizes) if sizes else math.inf
    top = above = after = 0.0
    for t, v in enumerate(demand):
        if math.isnan(v):
            continue
        if t >= warmup:
            after += v
            above += max(0.0, v - top)
        top = max(top, v)
    pattern = ("smooth" if cv2 < 0.49 else "erratic") if adi < 1.32 else (
        "intermittent" if cv2 < 0.49 else "lumpy")
    return {"size": mean, "pattern": pattern, "above": above, "after": after,
            "warm": min(10, sum(1 for v in demand[:warmup] if v > 0))}


def report(title, ids, group_of, rows, info, shortfall_base):
    groups = collections.defaultdict(list)
    for s in ids:
        groups[group_of(s)].append(s)
    print(f"-- by {title}")
    print(f"{'group':>13} {'items':>6} {'mean':>7} {'aggr':>7} {'short_pp':>8} {'<0.5':>5}"
          f" {'unprec%':>7} {'stock':>12}")
    for key in sorted(groups):
        g = groups[key]
        fr = [float(rows[s]["fill_rate"]) for s in g]
        demand = sum(float(rows[s]["demand"]) for s in g)
        served = sum(float(rows[s]["served"]) for s in g)
        after = sum(info[s]["after"] for s in g)
        above = sum(info[s]["above"] for s in g)
        stock = sum(float(rows[s]["avg_stock_value"]) for s in g)
        print(f"{key:>13} {len(g):6d} {sum(fr) / len(g):7.4f} {served / demand:7.4f}"
              f" {100 * sum(1 - x for x in fr) / shortfall_base:8.2f}"
              f" {sum(1 for x in fr if x < 0.5):5d} {100 * above / after if after else 0:7.1f}"
              f" {stock:12.0f}")


def main():
    demand = read_demand(sys.argv[1])
    targets = [float(t) for t in (sys.argv[3] if len(sys.argv) > 3 else "0.9,0.95").split(",")]
    warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 24
    info = {sid: describe(d, warmup) for sid, d in demand.items()}
    runs = collections.defaultdict(dict)
    with open(sys.argv[2]) as f:
        for row in csv.DictReader(f):
            if row["method"] == "auto" and row["fill_rate"] != "NA":
                runs[float(row["target"])][row["series_id"]] = row
    for target in targets:
        rows = runs[target]
        ids = list(rows)
        mean = sum(float(rows[s]["fill_rate"]) for s in ids) / len(ids)
        print(f"== target {target}: {len(ids)} items with demand, mean fill rate {mean:.4f}")
        by_size = sorted(ids, key=lambda s: info[s]["size"])
        decile = {s: 1 + 10 * k // len(by_size) for k, s in enumerate(by_size)}
        report("decile of mean demand size", ids, lambda s: decile[s], rows, info, len(ids))
        report("pattern", ids, lambda s: info[s]["pattern"], rows, info, len(ids))
        report("demands in the warm-up", ids, lambda s: info[s]["warm"], rows, info, len(ids))


if __name__ == "__main__":
    main()
