"""Regenerate resources/common_hanzi.txt: the 3,000 most frequent Han characters.

Frequencies come from jieba's word dictionary (each word's count credited to its characters);
the traditional forms come from OpenCC's STCharacters table. The decoder uses the list as
evidence when choosing between GB18030 and Big5.
"""
import collections
import os
import pathlib

import jieba
import opencc

TOP = 3000
root = pathlib.Path(__file__).resolve().parent.parent
counts: collections.Counter[str] = collections.Counter()
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
    for line in fh:
        word, freq = line.split()[:2]
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                counts[ch] += int(freq)
simplified = [ch for ch, _ in counts.most_common(TOP)]
traditional: dict[str, None] = {}
table = pathlib.Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
mapping = {}
for line in table.read_text("utf-8").splitlines():
    src, targets = line.split("\t")
    mapping[src] = targets.split()
for ch in simplified:
    for t in mapping.get(ch, [ch]):
        traditional[t] = None
chars = list(dict.fromkeys(simplified + list(traditional)))
lines = ["".join(chars[i:i + 50]) for i in range(0, len(chars), 50)]
(root / "resources" / "common_hanzi.txt").write_text("\n".join(lines) + "\n", "utf-8")
print(len(chars), "characters")
