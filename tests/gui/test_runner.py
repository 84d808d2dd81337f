"""The Runner on real threads: progress, cancel mid-way, restart, shutdown while running, errors."""
import threading
import time

import pytest

from policylens.app.common.runner import Runner


def counting(steps: int, gate: threading.Event, counted: list[int]):
    """A job that counts to steps, stopping when cancelled; it waits at the gate after step 1."""
    def work(job):
        for n in range(1, steps + 1):
            counted.append(n)
            job.report(n, steps, f"step {n}")
            if n == 1:
                assert gate.wait(30), "the test never opened the gate"
            if job.cancelled():
                return ("stopped", n)
        return ("done", steps)
    return work


def until_cancelled(started: list[str]):
    """A job that says it started, then runs until it is asked to stop."""
    def work(job):
        started.append("started")
        while not job.cancelled():
            time.sleep(0.001)
        return "stopped"
    return work


@pytest.fixture
def runner(qtbot):
    made = Runner()
    yield made
    made.shutdown()  # a QThread destroyed while running would abort the test run


def test_a_run_reports_its_progress_then_its_result(qtbot, runner):
    gate, counted, seen = threading.Event(), [], []
    runner.progress.connect(lambda n, total, text: seen.append((n, total, text)))
    gate.set()
    with qtbot.waitSignal(runner.finished) as result:
        runner.start(counting(3, gate, counted))
    assert result.args == [("done", 3)]
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert not runner.busy()


def test_cancel_mid_way_delivers_the_partial_result(qtbot, runner):
    gate, counted = threading.Event(), []
    runner.start(counting(100, gate, counted))
    qtbot.waitUntil(lambda: counted == [1])
    assert runner.busy() and not runner.cancelled()
    runner.cancel()
    assert runner.cancelled()
    with qtbot.waitSignal(runner.finished) as result:
        gate.set()
    assert result.args == [("stopped", 1)]
    assert counted == [1]
    assert not runner.busy()


def test_a_restart_stops_the_previous_run_and_only_the_latest_reports(qtbot, runner):
    first_gate, first = threading.Event(), []
    results, steps = [], []
    runner.finished.connect(results.append)
    runner.progress.connect(lambda n, total, _text: steps.append(total))
    runner.start(counting(100, first_gate, first))
    qtbot.waitUntil(lambda: first == [1])
    second_gate, second = threading.Event(), []
    second_gate.set()
    with qtbot.waitSignal(runner.finished):
        runner.start(counting(2, second_gate, second))
        first_gate.set()  # the first run sees its cancel and ends, unheard
    qtbot.waitUntil(lambda: not runner._running)  # both threads have ended
    assert results == [("done", 2)]
    assert first == [1] and second == [1, 2]
    assert set(steps) - {100} == {2}  # the first run's report before the restart may arrive; none after


def test_shutdown_while_running_stops_the_run_waits_for_it_and_drops_its_result(qtbot, runner):
    started, heard = [], []
    runner.finished.connect(heard.append)
    runner.failed.connect(heard.append)
    runner.start(until_cancelled(started))
    qtbot.waitUntil(lambda: started == ["started"])
    thread = runner._running[runner._ticket][0]
    runner.shutdown()  # returns only once the job has seen its cancel and its thread ended
    assert thread.isFinished() and not runner.busy()
    qtbot.wait(50)  # let any queued signal in: none may arrive
    assert heard == []


def test_an_exception_in_the_job_is_reported_as_a_failure(qtbot, runner):
    def broken(job):
        job.report(1, 2)
        raise ValueError("the store is damaged")

    finished = []
    runner.finished.connect(finished.append)
    with qtbot.waitSignal(runner.failed) as failure:
        runner.start(broken)
    assert failure.args == ["the store is damaged"]
    assert finished == [] and not runner.busy()
    with qtbot.waitSignal(runner.finished) as result:  # the runner stays usable
        runner.start(lambda job: 42)
    assert result.args == [42]


def test_closing_a_background_widget_waits_for_its_run(qtbot):
    from policylens.app.common.runner import BackgroundWidget

    widget = BackgroundWidget()
    qtbot.addWidget(widget)
    started = []
    widget._background.start(until_cancelled(started))
    qtbot.waitUntil(lambda: started == ["started"])
    thread = widget._background._running[widget._background._ticket][0]
    widget.close()
    assert thread.isFinished() and not widget._background.busy()
