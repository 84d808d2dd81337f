"""Capped, ordered postings: a lookup's answer does not depend on how the runs were merged."""
from __future__ import annotations

import numpy as np

from policylens.core.family_postings import OrderedPostings


def _lookup(postings: OrderedPostings, terms, cap, before=None):
    owner, item = postings.lookup(np.array(terms), cap, before)
    return sorted(zip(owner.tolist(), item.tolist()))


def test_the_first_items_by_order_whatever_the_merges():
    rng = np.random.default_rng(3)
    one_by_one, at_once = OrderedPostings(), OrderedPostings()
    terms_all, orders_all, items_all = [], [], []
    for item in range(300):  # one clause at a time, as representatives are made
        terms = rng.choice(40, 6, replace=False)
        one_by_one.add(terms, item // 3, item)
        one_by_one.lookup(np.array([0]), 1)  # a lookup between adds merges the runs so far
        terms_all += terms.tolist()
        orders_all += [item // 3] * 6
        items_all += [item] * 6
    at_once.add_many(np.array(terms_all), np.array(orders_all), np.array(items_all))
    for term in range(40):
        holders = sorted((o, i) for t, o, i in zip(terms_all, orders_all, items_all) if t == term)
        expected = [(0, i) for _, i in holders[:5]]
        assert _lookup(one_by_one, [term], 5) == _lookup(at_once, [term], 5) == sorted(expected)
        early = [(0, i) for o, i in holders if o < 20][:5]
        assert _lookup(one_by_one, [term], 5, before=20) == sorted(early)


def test_items_of_one_order_added_apart_come_in_item_order():
    postings = OrderedPostings()
    postings.add(np.array([7]), 1, 9)
    postings.lookup(np.array([7]), 1)
    postings.add(np.array([7]), 1, 4)  # the same term and order, a smaller item, in a later run
    postings.add(np.array([7]), 2, 1)
    owner, item = postings.lookup(np.array([7]), 2)
    assert item.tolist() == [4, 9]
