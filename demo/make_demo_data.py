#!/usr/bin/env python3
"""Derives Lagom's demo data set (demo/data/*.csv) from real weekly demand.

Input: source/onlineretail_weekly_slice.csv, every 10th product (by code) of the UCI Online
Retail weekly demand (CC0; see README.md). Everything that the source does not hold — names,
prices, costs, suppliers, lead times, pack sizes and cases, stock and open orders — is made up here,
deterministically: each choice is drawn from a CRC-32 hash of the product code and a salt, so
the same input always gives the same files. Run from the demo folder:

    python3 make_demo_data.py
"""
import csv
import zlib
from collections import defaultdict
from datetime import date, timedelta

AS_OF = date(2011, 12, 12)  # the Monday after the last day of sales in the data
# The stock snapshot is taken at the close of that last day, so valuation, KPIs and the
# ledger's reports work on the demo's own dates.
STOCK_DATE = str(AS_OF - timedelta(days=3))

SUPPLIERS = [
    # code, name, minimum order value, lead time days (mean, sd), item group, order days,
    # free freight from, container m³ (a 20 ft container holds about 33 m³)
    ("HOMEWARE", "Homeware Wholesale Ltd", "250", 7, 2, "home", "Mon Thu", "600", ""),
    ("PAPERPARTY", "Paper & Party Supplies", "150", 10, 3, "paper", "Tue", "400", ""),
    ("CANDLEWORKS", "Candle Works", "200", 14, 4, "candles", "", "", ""),
    ("EASTIMPORT", "East Asia Imports", "2000", 42, 10, "imports", "Mon", "", "33"),
]
# Manchester is a store replenished from the London warehouse (two days by van).
LOCATIONS = [("LON", "London web warehouse", "warehouse", "", ""),
             ("MAN", "Manchester store", "store", "LON", "2")]
BUDGET = ("company", "", "2011-12-01", "100000")  # December purchasing budget
PRICES = ["0.42", "0.65", "0.85", "1.25", "1.65", "2.10", "2.95", "3.75", "4.95", "7.95", "12.75"]
PACKS = [1, 1, 6, 6, 12, 12, 24, 48]
COVER_WEEKS = [0, 0.5, 1, 2, 3, 4, 6, 10]


def draw(code, salt, n):
    """A deterministic pseudo-random integer in [0, n) for a product code."""
    return zlib.crc32(f"{code}:{salt}".encode()) % n


def unit(code, salt):
    return draw(code, salt, 10_000) / 10_000


def read_demand():
    weekly = defaultdict(dict)
    with open("source/onlineretail_weekly_slice.csv", newline="") as f:
        for row in csv.DictReader(f):
            weekly[row["series_id"]][row["period"]] = int(row["value"])
    return weekly


def split_by_location(code, weeks):
    """LON takes a product-specific 55–85% of every week; a fifth of products sell only there."""
    only_london = draw(code, "only-london", 5) == 0
    share = 0.55 + 0.30 * unit(code, "share")
    split = {"LON": {}, "MAN": {}}
    for week, quantity in weeks.items():
        london = quantity if only_london else round(quantity * share)
        split["LON"][week] = london
        split["MAN"][week] = quantity - london
    return split


def write(name, header, rows):
    with open(f"data/{name}.csv", "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main():
    weekly = read_demand()
    codes = sorted(weekly)
    items, terms, stock, orders, demand = [], [], [], [], []
    for code in codes:
        supplier = SUPPLIERS[draw(code, "supplier", len(SUPPLIERS))]
        price = PRICES[draw(code, "price", len(PRICES))]
        cost = f"{float(price) * (0.40 + 0.20 * unit(code, 'margin')):.4f}"
        volume = f"{0.0002 + 0.003 * unit(code, 'volume'):.5f}"
        weight = f"{0.05 + 2.0 * unit(code, 'weight'):.3f}"
        items.append([code, f"Gift item {code}", "finished", "pcs", cost, price, volume, weight,
                      supplier[5]])
        pack = PACKS[draw(code, "pack", len(PACKS))]
        moq = pack * (1 + draw(code, "moq", 4))
        # Packs of 6 and more come as cases (the supplier sells the case, the shop sells pieces).
        case = ["case", pack] if pack >= 6 else ["", 1]
        terms.append([code, supplier[0], "", supplier[3], supplier[4], moq, pack, cost, "", "true"]
                     + case)
        if draw(code, "second-source", 10) < 3 and supplier[0] != "HOMEWARE":
            dearer = f"{float(cost) * 1.15:.4f}"
            terms.append([code, "HOMEWARE", "", 5, 1, pack, pack, dearer, "", "false"] + case)
        for location, weeks in split_by_location(code, weekly[code]).items():
            sold = {w: q for w, q in weeks.items() if q > 0}
            if not sold:
                continue
            demand.extend([code, location, w, q] for w, q in sorted(sold.items()))
            recent = [weeks.get(str(AS_OF - timedelta(weeks=k)), 0) for k in range(1, 9)]
            cover = COVER_WEEKS[draw(code, f"cover-{location}", len(COVER_WEEKS))]
            stock.append([code, location, "", "", round(sum(recent) / 8 * cover), STOCK_DATE])
            if location == "LON" and draw(code, "open-order-LON", 4) == 0:
                quantity = max(pack, pack * round(sum(recent) / 4 / pack))
                due = AS_OF + timedelta(days=3 + draw(code, f"due-{location}", 18))
                po_number = f"PO-{1000 + len(orders)}"
                orders.append([po_number, 1, supplier[0], code, location, quantity, 0, cost,
                               str(AS_OF - timedelta(days=supplier[3] // 2)), str(due), "open"])
    write("locations", ["code", "name", "type", "supplied_from", "transfer_lead_time_days"],
          LOCATIONS)
    write("suppliers", ["code", "name", "min_order_value", "order_days", "free_freight_value",
                        "container_volume_m3"],
          [s[:3] + s[6:9] for s in SUPPLIERS])
    write("budgets", ["scope", "key", "month", "amount"], [BUDGET])
    write("items", ["code", "name", "type", "uom", "unit_cost", "price", "volume_m3",
                    "weight_kg", "group"], items)
    write("supply-terms", ["item", "supplier", "location", "lead_time_days", "lead_time_sd_days",
                           "moq", "order_multiple", "unit_price", "order_days", "primary",
                           "purchase_unit", "purchase_unit_quantity"], terms)
    write("stock", ["item", "location", "lot", "expiry", "quantity", "date"], stock)
    write("purchase-orders", ["po_number", "line", "supplier", "item", "location", "quantity",
                              "received", "unit_price", "order_date", "due_date", "status"], orders)
    write("demand", ["item", "location", "date", "quantity"], demand)


if __name__ == "__main__":
    main()
