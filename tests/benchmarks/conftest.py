# Benchmarks are run on purpose (python tests/benchmarks/bench_corpus.py), never by the
# default test run: nothing in this folder is collected by pytest.
collect_ignore_glob = ["*.py"]
