"""Encodings: every real seed re-encoded in the encodings Chinese government sites actually use
must give exactly the outline of the UTF-8 original, and the reported encoding must be right."""
from __future__ import annotations

import codecs
import random

import pytest

from policylens.core.decode import decode_bytes
from policylens.core.document import analyze_bytes
from policylens.core.errors import DecodeError, SourceError
from policylens.core.formats import read_bytes


def outline_signature(doc):
    return [(c.kind, c.level, c.number, c.title, c.start, c.end) for c in doc.clauses]


def agency_signature(doc):
    return [[a.to_json() for a in c.agencies] for c in doc.clauses]


# name -> (how to encode the str, encodings the decoder may legitimately report)
ENCODINGS = {
    "gb18030": (lambda s: s.encode("gb18030"), {"gb18030"}),
    "utf-16-bom": (lambda s: s.encode("utf-16"), {"utf-16"}),
    "utf-16-le-bom": (lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), {"utf-16"}),
    "utf-16-be-bom": (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), {"utf-16"}),
    "utf-8-bom": (lambda s: s.encode("utf-8-sig"), {"utf-8"}),
    "utf-8": (lambda s: s.encode("utf-8"), {"utf-8"}),
}


def _reported(encoding: str) -> str:
    """'utf-16 (BOM)' -> 'utf-16'."""
    return encoding.split()[0].lower()


@pytest.mark.parametrize("label", list(ENCODINGS))
def test_reencoded_seed_gives_identical_outline(seed_path, seed_docs, label):
    encode, expected = ENCODINGS[label]
    original = seed_docs[seed_path.name]
    text = seed_path.read_bytes().decode("utf-8")
    data = encode(text)

    decoded = decode_bytes(data, seed_path.name)
    assert _reported(decoded.encoding) in expected, decoded.encoding
    assert decoded.text == text
    assert "\ufffd" not in decoded.text

    doc = analyze_bytes(data, seed_path.name)
    assert doc.text == original.text
    assert outline_signature(doc) == outline_signature(original)
    assert agency_signature(doc) == agency_signature(original)
    assert _reported(doc.source.encoding) in expected


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_big5_seed_gives_identical_outline(seed_path, seed_docs, codec):
    text = seed_path.read_bytes().decode("utf-8")
    try:
        data = text.encode(codec)
    except UnicodeEncodeError as exc:
        # Only a seed that really cannot be written in Big5 is skipped, and it says why.
        pytest.skip(f"{seed_path.name} is not {codec}-encodable: {exc.object[exc.start:exc.end]!r} "
                    f"at {exc.start}")
    original = seed_docs[seed_path.name]
    decoded = decode_bytes(data, seed_path.name)
    assert _reported(decoded.encoding) in {"big5", "cp950"}, decoded.encoding
    assert decoded.text == text
    doc = analyze_bytes(data, seed_path.name)
    assert outline_signature(doc) == outline_signature(original)
    assert agency_signature(doc) == agency_signature(original)


def test_traditional_seed_001_is_really_exercised_in_big5(seed, seed_docs):
    """Guard against the Big5 test above silently skipping everything."""
    path = seed("001")
    text = path.read_text("utf-8")
    data = text.encode("big5")  # must not raise: 001 is pure Big5 repertoire
    assert data != text.encode("gb18030")
    decoded = decode_bytes(data, path.name)
    assert _reported(decoded.encoding) in {"big5", "cp950"}
    assert decoded.text == text
    doc = analyze_bytes(data, path.name)
    assert doc.script == "traditional"
    assert outline_signature(doc) == outline_signature(seed_docs[path.name])
    assert len(doc.clauses) > 20


def test_traditional_seed_003_big5_round_trip_of_its_big5_part(seed, seed_docs):
    """Seed 003 carries pinyin (ā, ǐ …) that Big5 cannot hold, so the whole file cannot be Big5.
    Its clean text minus the characters Big5 lacks can: that text must decode as Big5 intact."""
    path = seed("003")
    raw = path.read_text("utf-8")
    with pytest.raises(UnicodeEncodeError):
        raw.encode("big5")
    big5_part = "".join(ch for ch in seed_docs[path.name].text if _in_big5(ch))
    assert len(big5_part) > 7000
    decoded = decode_bytes(big5_part.encode("big5"), path.name)
    assert _reported(decoded.encoding) in {"big5", "cp950"}
    assert decoded.text == big5_part


def _in_big5(ch: str) -> bool:
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_gives_identical_outline(seed_path, seed_docs, codec):
    """Some Windows tools write UTF-16 without a byte-order mark. The decoder has a detector for
    it; a Chinese file in BOM-less UTF-16 must be read, not called binary."""
    text = seed_path.read_bytes().decode("utf-8")
    data = text.encode(codec)
    decoded = decode_bytes(data, seed_path.name)
    assert _reported(decoded.encoding) in {codec, "utf-16"}, decoded.encoding
    assert decoded.text == text
    doc = analyze_bytes(data, seed_path.name)
    assert outline_signature(doc) == outline_signature(seed_docs[seed_path.name])


def test_crlf_line_endings_give_identical_outline(seed_path, seed_docs):
    data = seed_path.read_bytes().replace(b"\n", b"\r\n")
    doc = analyze_bytes(data, seed_path.name)
    original = seed_docs[seed_path.name]
    assert "\r" not in doc.text
    assert doc.text == original.text
    assert outline_signature(doc) == outline_signature(original)


def test_no_replacement_character_in_any_decoded_seed(seed_paths):
    for path in seed_paths:
        data = path.read_bytes()
        decoded = decode_bytes(data, path.name)
        assert "\ufffd" not in decoded.text, path.name
        assert decoded.encoding == "utf-8"
        doc = analyze_bytes(data, path.name)
        assert "\ufffd" not in doc.text, path.name
        assert "\ufffd" not in doc.source.text, path.name


def _undecodable_bytes() -> bytes:
    """Random high bytes that are invalid in UTF-8, GB18030, Big5 and CP950 alike."""
    rng = random.Random(20240611)
    for _ in range(1000):
        data = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
        if all(_fails(data, enc) for enc in ("utf-8", "gb18030", "big5", "cp950")):
            return data
    raise AssertionError("could not construct undecodable bytes")


def _fails(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return True
    return False


def test_undecodable_bytes_are_refused_with_what_was_tried():
    data = _undecodable_bytes()
    # The construction really is undecodable (the test would be meaningless otherwise).
    for encoding in ("utf-8", "gb18030", "big5", "cp950"):
        assert _fails(data, encoding), encoding
    name = "乱码文件.txt"
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, name)
    message = str(info.value)
    assert name in message
    assert info.value.name == name
    for encoding in ("utf-8", "gb18030", "big5"):
        assert encoding in message.lower(), message
    assert "tried" in message.lower()

    # The whole pipeline says the same, as a SourceError the app can show.
    with pytest.raises(SourceError) as info:
        analyze_bytes(data, name)
    assert isinstance(info.value, DecodeError)
    assert name in str(info.value)


def test_all_0xff_is_refused():
    with pytest.raises(DecodeError) as info:
        read_bytes(b"\xff" * 256, "ff.txt")
    assert "ff.txt" in str(info.value)
    assert "gb18030" in str(info.value)
