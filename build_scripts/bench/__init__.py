"""Benchmark: a synthetic corpus of N raw articles, then the pipeline's costs measured stage by stage.

    python -m build_scripts bench --articles N [--languages en,de,zh] [--out FILE]

Its parts, in the order a run uses them:

- corpus.py: the synthetic corpus (writer.py writes one article from vocabulary.py's registry entities and
  the words of phrases.py and templates.py);
- run.py: the sequence of steps, each in its own child process (measure.py starts and measures it, steps.py
  is what runs inside; knobs.py is the one place that changes the pipeline's settings for a step);
- sizes.py: the size of docs/ and site/, the largest and median page per page kind, the search index;
- browser.py: what a reader's first search query fetches, in chromium;
- report.py: the table; arguments.py and cli.py: the command line.

Nothing is imported here: the command line imports arguments.py for its parser on every call, and the rest
only when the benchmark runs.
"""
