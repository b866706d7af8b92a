"""Cuts the small real-data excerpts the tests load from the published files (see README.md here).

    python3 make_excerpts.py /path/to/shared/data

Deterministic: the same input files give the same excerpts.
"""
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

data = Path(sys.argv[1])
here = Path(__file__).parent


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(path, header, selected):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(selected)


# Olist: every order of twelve sellers (mid-sized ones, with late and on-time deliveries), with all the
# items of those orders and every seller those items name.
olist = data / "olist" / "sample15k"
order_header, orders = rows(olist / "olist_orders_dataset.csv")
item_header, items = rows(olist / "olist_order_items_dataset.csv")
seller_header, sellers = rows(olist / "olist_sellers_dataset.csv")
orders_of = defaultdict(set)
for item in items:
    orders_of[item["seller_id"]].add(item["order_id"])
ranked = sorted(orders_of, key=lambda s: (-len(orders_of[s]), s))
chosen = ranked[20:32]
order_ids = set().union(*(orders_of[s] for s in chosen))
kept_items = [i for i in items if i["order_id"] in order_ids]
seller_ids = {i["seller_id"] for i in kept_items}
write(here / "olist" / "olist_orders_dataset.csv", order_header, [o for o in orders if o["order_id"] in order_ids])
write(here / "olist" / "olist_order_items_dataset.csv", item_header, kept_items)
write(here / "olist" / "olist_sellers_dataset.csv", seller_header, [s for s in sellers if s["seller_id"] in seller_ids])
print("olist:", len(order_ids), "orders,", len(kept_items), "items,", len(seller_ids), "sellers")

# Online Retail: 80 customers drawn with a fixed seed among those with at most 150 lines, at least 20 of
# them with cancellations, one with nothing but cancellations; all their lines; and the lines of three
# invoices of 5 to 20 lines without a CustomerID.
retail_header, retail = rows(data / "online_retail" / "online_retail.csv")
lines_of = Counter(r["CustomerID"] for r in retail if r["CustomerID"])
cancelling = {r["CustomerID"] for r in retail if r["CustomerID"] and r["InvoiceNo"].startswith("C")}
buying = {r["CustomerID"] for r in retail if r["CustomerID"] and not r["InvoiceNo"].startswith("C")}
small = sorted(c for c, n in lines_of.items() if n <= 150)
rng = random.Random(20261201)
with_cancellations = rng.sample(sorted(set(small) & cancelling & buying), 20)
others = rng.sample(sorted(set(small) & buying - set(with_cancellations)), 59)
only_cancelling = sorted(cancelling - buying)[:1]
customers = set(with_cancellations) | set(others) | set(only_cancelling)
anonymous_lines = Counter(r["InvoiceNo"] for r in retail if not r["CustomerID"])
anonymous = sorted(i for i, n in anonymous_lines.items() if 5 <= n <= 20)[:3]
kept = [r for r in retail if r["CustomerID"] in customers or (not r["CustomerID"] and r["InvoiceNo"] in anonymous)]
write(here / "online-retail" / "online_retail.csv", retail_header, kept)
print("online retail:", len(customers), "customers,", len(kept), "lines,",
      sum(1 for r in kept if not r["CustomerID"]), "without CustomerID,",
      sum(1 for r in kept if r["InvoiceNo"].startswith("C")), "cancellations")
