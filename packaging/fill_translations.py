"""Fill unfinished entries of resources/i18n/policylens_en.ts from tab-separated files.

Each line of a TSV file is: context<TAB>Chinese source<TAB>English. For a string with plural
forms (numerus="yes"), the English is the singular and the plural joined by " || ". Run after
update_translations.sh has added the new source strings, then run that script again to
compile the .qm:
    python packaging/fill_translations.py strings.tsv [more.tsv ...]
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "policylens_en.ts"


def read_tsv(paths: list[str]) -> dict[tuple[str, str], str]:
    table = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected context, source and English separated by tabs")
            context, source, english = parts
            # Sources with line breaks are written with a literal \n in the TSV.
            table[(context, source.replace("\\n", "\n"))] = english.replace("\\n", "\n")
    return table


def fill(table: dict[tuple[str, str], str]) -> tuple[int, list[str]]:
    tree = ET.parse(TS)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            english = table.get((name, source))
            if english is None:
                missing.append(f"{name}\t{source}")
                continue
            forms = translation.findall("numerusform")
            if forms:  # English has two forms: one, and every other count
                for form, text in zip(forms, english.split(" || ") * 2 if " || " not in english
                                      else english.split(" || ")):
                    form.text = text
            else:
                translation.text = english
            del translation.attrib["type"]
            filled += 1
    if filled:  # lupdate, run next, restores its own layout
        tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main() -> None:
    filled, missing = fill(read_tsv(sys.argv[1:]))
    print(f"filled {filled}")
    for line in missing:
        print(f"still unfinished: {line}")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
