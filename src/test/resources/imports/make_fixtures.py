#!/usr/bin/python3
"""Writes the import test fixtures with programs other than LogiCRM's own spreadsheet library.

Run from this folder with Debian's python3-openpyxl and libreoffice-calc-nogui installed:
    /usr/bin/python3 make_fixtures.py
The outputs are committed; the tests never run this script.
"""
import csv
import datetime
import io
import os
import random
import shutil
import subprocess
import tempfile

import openpyxl

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(rng, county="310115"):
    body = "91" + county + "".join(rng.choice("0123456789") for _ in range(9))
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def libreoffice_xlsx(rows, target, columns):
    """Saves rows as CSV, then has LibreOffice open it and save it as .xlsx. {@code columns}: LibreOffice's
    column formats, as a person sets them in the text import dialog (2 = text, 5 = date Y-M-D)."""
    work = tempfile.mkdtemp()
    source = os.path.join(work, os.path.splitext(os.path.basename(target))[0] + ".csv")
    with open(source, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1," + columns, "--convert-to", "xlsx",
                    "--outdir", work, source], check=True, capture_output=True)
    shutil.move(os.path.join(work, os.path.basename(target)), target)
    shutil.rmtree(work)


HEADER = ["客户名称*", "统一社会信用代码", "客户类型", "行业", "注册资本", "成立日期", "行政区划代码", "详细地址",
          "电话", "手机", "标签", "法定代表人", "联系人", "联系人职务", "联系人手机"]


def small_fixtures():
    rng = random.Random(20261201)
    # openpyxl: real date cells, numbers as numbers, a formula, full-width digits in a code
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户名称", "统一社会信用代码", "成立日期", "手机", "注册资本", "详细地址", "标签"])
    code = credit_code(rng)
    sheet.append(["浦江夹具物流有限公司", code, datetime.date(2016, 4, 12), 13800138000, 5000000, "上海市浦东新区张江路 1 号", "夹具"])
    sheet.append(["申城夹具货运有限公司", credit_code(rng).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
                  datetime.date(2019, 11, 30), "13900139000", "300万元", "=1+1", "夹具"])
    sheet.append(["外滩夹具仓储有限公司", code, "2020年5月6日", "", "", "", "夹具"])
    book.save("customers-openpyxl.xlsx")

    # LibreOffice: the same kind of sheet saved by LibreOffice Calc
    libreoffice_xlsx([
        ["客户名称", "统一社会信用代码", "成立日期", "手机", "行政区划代码", "标签"],
        ["陆家嘴夹具快运有限公司", credit_code(rng), "2018-09-01", "13700137000", "310115", "夹具"],
        ["徐汇夹具冷链有限公司", "", "2021/3/15", "13600136000", "310104", "夹具"],
        ["静安夹具供应链有限公司", "", "2022/13/01", "", "310106", "夹具"],
    ], os.path.abspath("customers-libreoffice.xlsx"), "2/2/3/5/4/2")

    # GBK CSV as Excel on a Chinese Windows saves "CSV (逗号分隔)": ANSI code page 936, CRLF, no BOM
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["客户名称", "统一社会信用代码", "成立日期", "手机", "详细地址", "标签"])
    writer.writerow(["闵行夹具运输有限公司", credit_code(rng), "2015/7/1", "13500135000", "上海市闵行区莘庄镇，沪闵路 8 号", "夹具"])
    writer.writerow(["嘉定夹具汽运有限公司", "", "2017/2/28", "13400134000", "上海市嘉定区\"安亭\"", "夹具"])
    with open("customers-gbk.csv", "wb") as out:
        out.write(text.getvalue().encode("gbk"))


CITIES = ["浦东", "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "金山", "松江", "青浦"]
TRADES = ["物流", "货运", "快运", "仓储", "供应链", "冷链", "运输", "国际货代"]
INDUSTRIES = ["道路货物运输", "仓储业", "国际货运代理", "多式联运", "装卸搬运"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def walk_rows(rng, count):
    rows = []
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        trade = TRADES[(i // len(CITIES)) % len(TRADES)]
        name = "沪{}{}{:04d}有限公司".format(city, trade, i + 1)
        rows.append([name, credit_code(rng), "企业", rng.choice(INDUSTRIES), str(rng.randint(1, 500) * 10000),
                     "{}-{:02d}-{:02d}".format(rng.randint(1998, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                     "310115", "上海市{}区示范路 {} 号".format(city, i + 1), "021-5{:07d}".format(rng.randint(0, 9999999)),
                     "139{:08d}".format(rng.randint(0, 99999999)), "导入演示",
                     rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), rng.choice(SURNAMES) + rng.choice(GIVEN),
                     "物流经理", "138{:08d}".format(rng.randint(0, 99999999))])
    return rows


WALK_COLUMNS = "2/2/6/5/7/2/9/2/10/2/15/2"


def walk_fixtures():
    """The walk through of a new user: 1,000 rows typed into the template in LibreOffice, 20 of them bad."""
    rng = random.Random(1000)
    rows = walk_rows(rng, 1000)
    fixed = [list(r) for r in rows]
    bad = sorted(rng.sample(range(1000), 20))
    faults = []
    for n, index in enumerate(bad):
        row = rows[index]
        kind = n % 5
        if kind == 0:
            row[1] = row[1][:-1] + ("0" if row[1][-1] != "0" else "1")   # check character wrong
        elif kind == 1:
            row[5] = "2023-02-30"                                          # no such day
        elif kind == 2:
            row[9] = row[9][:7]                                            # mobile too short
        elif kind == 3:
            row[2] = "集团"                                                 # not a customer kind
        else:
            row[1] = rows[(index + 1) % 1000][1]                          # repeats another row's code
        faults.append(index)
    libreoffice_xlsx([HEADER] + rows, os.path.abspath("walk-1000-rows-20-bad.xlsx"), WALK_COLUMNS)
    libreoffice_xlsx([HEADER] + fixed, os.path.abspath("walk-1000-rows-fixed.xlsx"), WALK_COLUMNS)
    # the same customers a month later: 30 new mobiles, the rest as they were
    changed = [list(r) for r in fixed]
    for index in rng.sample(range(1000), 30):
        changed[index][9] = "137{:08d}".format(rng.randint(0, 99999999))
    libreoffice_xlsx([HEADER] + changed, os.path.abspath("walk-1000-rows-30-changed.xlsx"), WALK_COLUMNS)


if __name__ == "__main__":
    small_fixtures()
    walk_fixtures()
