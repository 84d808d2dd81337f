"""A large synthetic corpus built from the five real seed documents, for the corpus benchmarks.

Every synthetic document is one seed's preamble and closing around top-level sections taken
from three to five seeds, renumbered consistently, with local edits: another place (市 or 县
level, simplified or traditional), a dropped and a duplicated paragraph, changed figures
(2年 -> 3年, 37% -> 41%) and swapped agency names. Documents come in both scripts and in
UTF-8, GB18030, UTF-16 with BOM and Big5. Generation is deterministic: document i depends only
on (seed, i), so the first n documents are the same whatever n is.

    python tests/benchmarks/synth_corpus.py OUT_DIR [-n N] [--seed S]
"""
from __future__ import annotations

import argparse
import codecs
import json
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policylens.core.numerals import chinese_to_int, int_to_chinese
from policylens.core.script import detect_script, to_simplified, to_traditional

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
GENERATOR_VERSION = 1
MEAN_DOC_BYTES = 17_000  # UTF-8 bytes of text per document, on average

# The place each seed is about, as written in it (simplified, then the traditional forms).
SEED_PLACES = {"三门峡": "市", "昭通": "市", "丹东": "市", "西宁": "市", "始兴": "县"}
PLACE_CHARS = "安平宁河山阳江清永丰华远泉德吉原林川和建嘉洛松云桂湖泰临定庆长乐成武"
AGENCIES = ("公安局", "财政局", "人社局", "发改委", "教育局", "民政局", "住建局", "审计局",
            "统计局", "卫计局", "农业局", "自然资源局", "司法局", "交通运输局")

_TOP = re.compile(r"^([ \t\u3000\u00a0]*)([一二三四五六七八九十]+)、")
_SUB = re.compile(r"^([ \t\u3000\u00a0]*)([(（])([一二三四五六七八九十]+)([)）])")
_ARABIC = re.compile(r"^([ \t\u3000\u00a0]*)(\d{1,3})([.．])(?!\d)")
# Figures worth changing: 2年, 37%, 2个百分点, 5万 -- never years (2019年) or document numbers.
_FIGURE = re.compile(r"(?<![\d〔.．])(\d{1,2})(?=年(?!\d)|%|％|个百分点|個百分點|万|萬|倍)")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Seed:
    name: str
    script: str
    place: str
    level: str
    preamble: str
    sections: tuple[str, ...]
    closing: str


def _is_trailer(line: str) -> bool:
    """Signature, date, page marks and scanner junk after the last real paragraph."""
    s = line.strip()
    return len(s) < 20 or len(_HAN.findall(s)) < 0.3 * len(s)


@lru_cache(maxsize=1)
def load_seeds() -> tuple[Seed, ...]:
    seeds = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text("utf-8").replace("\r\n", "\n")
        lines = text.split("\n")
        starts = [i for i, line in enumerate(lines) if _TOP.match(line)]
        end = len(lines)
        while end > starts[-1] + 1 and _is_trailer(lines[end - 1]):
            end -= 1
        bounds = starts + [end]
        sections = tuple("\n".join(lines[a:b]).rstrip("\n") + "\n"
                         for a, b in zip(bounds, bounds[1:]))
        simplified = to_simplified(text)
        place = next(p for p in SEED_PLACES if p in simplified)
        seeds.append(Seed(path.name, detect_script(text), place, SEED_PLACES[place],
                          "\n".join(lines[:starts[0]]).rstrip("\n") + "\n", sections,
                          "\n".join(lines[end:])))
    return tuple(seeds)


def _in_script(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else to_simplified(text)


def _replace_places(text: str, place: str, level: str, script: str) -> str:
    for old, old_level in SEED_PLACES.items():
        for form in {old, to_traditional(old)}:
            text = text.replace(form + _in_script(old_level, script), _in_script(place + level, script))
            text = text.replace(form, _in_script(place, script))
    return text


def _renumber(lines: list[str]) -> list[str]:
    """Top-level headings count up; sub-items restart where their source restarted."""
    top = sub = arabic = 0
    out = []
    for line in lines:
        if m := _TOP.match(line):
            top += 1
            line = m.group(1) + int_to_chinese(top) + "、" + line[m.end():]
        elif m := _SUB.match(line):
            sub = 1 if chinese_to_int(m.group(3)) == 1 else sub + 1
            line = m.group(1) + m.group(2) + int_to_chinese(sub) + m.group(4) + line[m.end():]
        elif m := _ARABIC.match(line):
            arabic = 1 if int(m.group(2)) == 1 else arabic + 1
            line = m.group(1) + str(arabic) + m.group(3) + line[m.end():]
        out.append(line)
    return out


def _edit_figures(text: str, rng: random.Random) -> str:
    matches = list(_FIGURE.finditer(text))
    if not matches:
        return text
    chosen = {m.start() for m in rng.sample(matches, min(len(matches), rng.randint(1, 4)))}

    def change(m: re.Match) -> str:
        if m.start() not in chosen:
            return m.group(0)
        value = int(m.group(1))
        return str(max(1, value + rng.choice((-3, -2, -1, 1, 2, 4))))
    return _FIGURE.sub(change, text)


def _swap_agencies(text: str, level: str, script: str, rng: random.Random) -> str:
    names = [_in_script(prefix + a, script) for prefix in "市县" for a in AGENCIES]
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    matches = list(pattern.finditer(text))
    if not matches:
        return text
    chosen = {m.start() for m in rng.sample(matches, min(len(matches), rng.randint(1, 5)))}

    def swap(m: re.Match) -> str:
        if m.start() not in chosen:
            return m.group(0)
        return _in_script(level + rng.choice(AGENCIES), script)
    return pattern.sub(swap, text)


def _trim(section: str, budget: int) -> str:
    """The heading and as many leading paragraphs as fit in budget bytes (at least one)."""
    lines = section.rstrip("\n").split("\n")
    kept, size = lines[:2], sum(len(x.encode()) + 1 for x in lines[:2])
    for line in lines[2:]:
        if size >= budget:
            break
        kept.append(line)
        size += len(line.encode()) + 1
    return "\n".join(kept) + "\n"


def _place_name(rng: random.Random) -> str:
    return "".join(rng.sample(PLACE_CHARS, rng.choice((2, 2, 3))))


def make_text(seed: int, index: int) -> tuple[str, str, str]:
    """(text, script, place) of synthetic document `index`."""
    rng = random.Random(f"policylens-bench:{seed}:{index}")
    seeds = load_seeds()
    head = rng.choice(seeds)
    if head.script == "traditional" or rng.random() < 0.20:
        script = "traditional"
    else:
        script = "simplified"
    place, level = _place_name(rng), rng.choice("市市县")
    target = min(32_000, max(8_000, int(rng.gauss(MEAN_DOC_BYTES, 4_500))))

    # Sections from 3-5 seeds, the head seed first, round robin until the target size.
    others = [s for s in seeds if s is not head]
    donors = [head] + rng.sample(others, rng.randint(2, 4))
    cursors = {d.name: rng.randrange(len(d.sections)) for d in donors}
    sections: list[tuple[Seed, str]] = []
    size = len(head.preamble.encode()) + len(head.closing.encode())
    while True:
        for donor in donors:
            part = donor.sections[cursors[donor.name] % len(donor.sections)]
            cursors[donor.name] += 1
            if size + len(part.encode()) > target:
                part = _trim(part, target - size)
            sections.append((donor, part))
            size += len(part.encode())
            if size >= target and len(sections) >= len(donors):
                break
        else:
            continue
        break

    def own(s: Seed, text: str) -> str:
        return text if s.script == script else _in_script(text, script)

    lines: list[str] = []
    for donor, part in sections:
        lines.extend(own(donor, part).split("\n"))
    # Local edits: drop one paragraph, duplicate another (renumbering follows).
    paragraphs = [i for i, line in enumerate(lines)
                  if len(line.strip()) > 30 and not _TOP.match(line)]
    if len(paragraphs) > 2:
        del lines[rng.choice(paragraphs)]
        paragraphs = [i for i, line in enumerate(lines)
                      if len(line.strip()) > 30 and not _TOP.match(line)]
        i = rng.choice(paragraphs)
        lines.insert(i + 1, lines[i])
    body = "\n".join(_renumber(lines))
    body = _swap_agencies(_edit_figures(body, rng), level, script, rng)
    text = own(head, head.preamble) + "\n" + body.rstrip("\n") + "\n" + own(head, head.closing)
    return _replace_places(text, place, level, script), script, place + level


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ"
_PINYIN = re.compile(rf"\(?[a-z ]*[{_TONED}][a-z{_TONED} ]*\)?")
_BIG5_VARIANTS = str.maketrans({"爲": "為", "羣": "群", "衆": "眾", "\u00a0": " ", "刂": None})


def _encode(text: str, script: str, rng: random.Random) -> tuple[bytes, str]:
    if script == "traditional" and rng.random() < 0.05:
        # As a Big5-era source would have it: no pinyin glosses, Big5's own variants.
        try:
            return _PINYIN.sub("", text).translate(_BIG5_VARIANTS).encode("big5"), "big5"
        except UnicodeEncodeError:
            pass  # not encodable: keep one of the other encodings
    r = rng.random()
    if r < 0.10:
        return text.encode("gb18030"), "gb18030"
    if r < 0.15:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16"
    return text.encode("utf-8"), "utf-8"


_DECODE = {"utf-8": "utf-8", "gb18030": "gb18030", "utf-16": "utf-16", "big5": "big5"}


def make_corpus(out_dir: str | Path, n: int = 3000, seed: int = 0, start: int = 0) -> list[Path]:
    """Write documents start .. start+n-1 to out_dir; return their paths in order.

    Also writes out_dir/manifest.json (counts by script and encoding, sizes)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    stats = {"generator": GENERATOR_VERSION, "n": n, "seed": seed, "start": start,
             "text_utf8_bytes": 0, "file_bytes": 0, "scripts": {}, "encodings": {}}
    for index in range(start, start + n):
        text, script, place = make_text(seed, index)
        data, encoding = _encode(text, script, random.Random(f"policylens-bench-enc:{seed}:{index}"))
        path = out / f"d{index:05d}_{place}.txt"
        path.write_bytes(data)
        paths.append(path)
        stats["text_utf8_bytes"] += len(codecs.decode(data, _DECODE[encoding]).encode("utf-8"))
        stats["file_bytes"] += len(data)
        stats["scripts"][script] = stats["scripts"].get(script, 0) + 1
        stats["encodings"][encoding] = stats["encodings"].get(encoding, 0) + 1
    stats["files"] = [p.name for p in paths]
    (out / "manifest.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), "utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, default=3000, help="number of documents (default 3000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = make_corpus(args.out_dir, args.n, args.seed)
    stats = json.loads((args.out_dir / "manifest.json").read_text("utf-8"))
    print(f"{len(paths)} documents in {args.out_dir}: "
          f"{stats['text_utf8_bytes'] / 1e6:.1f} MB of text (UTF-8), "
          f"{stats['file_bytes'] / 1e6:.1f} MB of files; scripts {stats['scripts']}; "
          f"encodings {stats['encodings']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
