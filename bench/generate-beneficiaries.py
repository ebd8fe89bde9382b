#!/usr/bin/env python3
"""Writes N made-up beneficiaries of Yunnan as an import CSV (UTF-8), for the import benchmark and the kill test.

Every ID number is valid: a current Yunnan county code, a birth date between 1930 and 1998, a sequence number and the
GB 11643 check character computed from them; no two rows share one. Regions are villages of that county taken from
the directory's reference file; categories are words of the 2024 set (in force from 2024-10-01) and their synonyms,
one or two per person. Usage: generate-beneficiaries.py N OUT.csv [SEED]

HOUSEHOLDS=1 writes households as real registry files do, with a 户主公民身份号码 column: a head (column blank) and
then 0 to 3 members of the same village who name the head's ID number; sizes 1, 2, 3, 4 in the proportions
50:30:15:5, so about 0.57 households per person. Without it every person is a household of their own (no such column).
"""
import csv, datetime, os, random, sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
CATEGORIES = ["退役军人", "退役军人", "退役军人", "军人家属", "军属", "烈士遗属", "病故军人遗属", "残疾军人", "现役军人家属"]
# CATEGORY_SET=2019: the set in force until 2024-09-30 (复员军人 and 退伍军人 apart), for the demo's 2020 business date
if os.environ.get("CATEGORY_SET") == "2019":
    CATEGORIES = ["退伍军人", "复员军人", "退伍军人", "现役军人家属", "军属", "烈士遗属", "病故军人遗属", "因公牺牲军人遗属"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "国华建明志伟文军平强玉兰秀英桂芳丽红春梅海云光林永德成福生荣昌富贵金山水清"


def check(body):
    return CHECK[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2020)
    counties, villages, names = [], {}, {}
    with open("src/main/resources/directory/regions-53.csv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code,"):
                continue
            code, name, level, parent = line.rstrip("\n").split(",")[:4]
            names[code] = name
            if level == "COUNTY":
                counties.append(code)
            elif level == "VILLAGE":
                villages.setdefault(code[:6], []).append(code)
    counties = [c for c in counties if villages.get(c)]
    start = datetime.date(1930, 1, 1)
    days = 25000
    households = os.environ.get("HOUSEHOLDS") == "1"
    issued = {c: 0 for c in counties}  # ID numbers given out per county: each one new
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "公民身份号码", "优抚类别", "行政区划代码", "联系电话", "现住址"]
                   + (["户主公民身份号码"] if households else []))
        i, h = 0, 0
        while i < n:
            county = counties[h % len(counties)]
            village = rnd.choice(villages[county])
            size = rnd.choices([1, 2, 3, 4], [50, 30, 15, 5])[0] if households else 1
            head = None
            for _ in range(min(size, n - i)):
                k = issued[county]
                issued[county] += 1
                birth = start + datetime.timedelta(days=k % days)
                seq = (k // days) % 1000
                body = f"{county}{birth:%Y%m%d}{seq:03d}"
                row = person(rnd, body, county, village, names)
                if households:
                    row.append(head or "")
                    head = head or row[1]
                w.writerow(row)
                i += 1
            h += 1


def person(rnd, body, county, village, names):
    cats = rnd.choice(CATEGORIES) if rnd.random() < 0.8 else "、".join(rnd.sample(CATEGORIES[3:], 2))
    name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2])))
    phone = f"1{rnd.choice('3578')}{rnd.randrange(10**9):09d}"
    address = f"云南省{names[county[:4]]}{names[county]}{names[village[:9]]}{names[village]}{rnd.randrange(1, 200)}号"
    return [name, body + check(body), cats, village, phone, address]


if __name__ == "__main__":
    main()
