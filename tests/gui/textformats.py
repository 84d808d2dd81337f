"""Reading back what a text view shows: the character format at each code point."""
from PySide6.QtGui import QTextCursor


def formats_at(view, start, end):
    """The char format covering each code point of view's text[start:end]."""
    cursor = QTextCursor(view.document())
    out = []
    for offset in range(start, end):
        cursor.setPosition(view.position_of(offset) + 1)  # format of the char before the cursor
        out.append(cursor.charFormat())
    return out
