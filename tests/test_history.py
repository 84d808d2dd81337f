from policylens.app.reading.history import History, Position


def test_back_and_forward_walk_the_visited_positions():
    h = History()
    a, b, c = Position("x", 0), Position("x", 50), Position("y", 10)
    h.visit(a)          # jumped from a to b
    h.visit(b)          # jumped from b to c
    assert h.back(c) == b
    assert h.back(b) == a
    assert h.back(a) is None
    assert h.forward(a) == b
    assert h.forward(b) == c
    assert not h.can_go_forward()


def test_a_new_jump_after_going_back_drops_the_forward_list():
    h = History()
    h.visit(Position("x", 0))
    assert h.back(Position("x", 9)) == Position("x", 0)
    h.visit(Position("x", 0))
    assert not h.can_go_forward()
    assert h.can_go_back()


def test_limit_keeps_the_newest_positions():
    h = History(limit=3)
    for i in range(10):
        h.visit(Position("x", i))
    assert [h.back(Position("x", 99)).offset for _ in range(3)] == [9, 8, 7]
    assert not h.can_go_back()
