"""--in-force DATE for the commands that list or search the corpus: only documents in force then.

DATE is a day, month or year (2015-06-01, 2015-06, 2015); a month or year keeps the documents in
force on some day of it. What is in force follows core/diffusion/validity.py: entry into force,
validity period, and supersession within the corpus (a repeal, or a later text of the same
issuer and title stem).
"""
from __future__ import annotations

from .common import UsageError


def add_in_force_option(parser) -> None:
    parser.add_argument("--in-force", metavar="DATE",
                        help="only documents in force on DATE (YYYY-MM-DD, YYYY-MM or YYYY)")


def in_force_keys(args, store) -> set[str] | None:
    """The keys in force on args.in_force, or None when the option is not given."""
    if not getattr(args, "in_force", None):
        return None
    from ..core.diffusion.validity import in_force_on, period

    on = period(args.in_force)
    if on is None:
        raise UsageError(f"--in-force {args.in_force!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")
    return in_force_on(store.summaries(), on)
