"""Chinese numerals as used in clause numbering (一 … 九十九)."""

_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "〇": 0, "零": 0, "两": 2}


def chinese_to_int(text: str) -> int | None:
    if not text:
        return None
    if "百" in text:
        head, _, tail = text.partition("百")
        hundreds = _DIGITS.get(head, 1 if head == "" else None)
        rest = chinese_to_int(tail.lstrip("零〇")) if tail else 0
        return None if hundreds is None or rest is None else hundreds * 100 + rest
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = 1 if head == "" else _DIGITS.get(head)
        ones = 0 if tail == "" else _DIGITS.get(tail)
        return None if tens is None or ones is None else tens * 10 + ones
    return _DIGITS.get(text) if len(text) == 1 else None


def int_to_chinese(n: int) -> str:
    names = "零一二三四五六七八九"
    if n < 10:
        return names[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else names[tens]) + "十" + (names[ones] if ones else "")
    return str(n)
