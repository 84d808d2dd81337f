"""Annotating: highlights, notes, codes and memos, their undo session, exchange and colleagues."""
