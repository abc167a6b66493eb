#!/usr/bin/env python3
"""Synthesize N CDKTF Python apps in ONE process with the real cdktf packages.

Run with the oracle venv's python (see setup.sh):

    $VENV/bin/python tests/synth/synth_check.py CASE_DIR [CASE_DIR ...]

Each CASE_DIR is a complete CDKTF Python app: `tap.py` at its root plus an optional
`lib/` package. For every case we copy the app to a temp dir, chdir there, put it first
on sys.path, drop the previous case's `tap`/`lib`/`lib.*` modules, force the App's
outdir into the temp copy, run tap.py as __main__ and read back stacks/*/cdk.tf.json.

stdout carries exactly ONE JSON document (everything the apps or jsii print goes to
stderr):

    {"cases": {"<CASE_DIR as given>": {
        "ok": bool,                 # ran without exception AND produced >= 1 stack
        "error_kind": str|null,     # ImportError, AttributeError, TypeError, JsiiError,
                                    # NameError, ..., NoSynth (ran, no stack written),
                                    # MissingTapPy, Timeout
        "error_class": str|null,    # Python class of the exception (RuntimeError for JsiiError)
        "error_mro": [str],         # class names of the exception's MRO (for matching)
        "error": str|null,          # first line of the message
        "error_full": str|null,     # whole message (jsii explains nested failures here), <= 4000 chars
        "where": str|null,          # innermost "path:line" inside the case, if any
        "stacks": [str],            # stack names (dirs under cdktf.out/stacks)
        "resources": {tf_type: [name, ...]},   # merged over stacks, sorted
        "data": {tf_type: [name, ...]},        # data sources, merged over stacks
        "terraform": {...},         # "terraform" block of the first stack (backend, required_providers)
        "synth": {stack: cdk.tf.json object},  # full synthesized JSON per stack
        "seconds": float}},
     "import_seconds": float, "total_seconds": float, "versions": {...}}

Exit status: 0 when the harness worked (even if cases failed); 2 on bad usage;
3 when a case timed out (the jsii kernel may be out of sync, remaining cases are
reported as not run). The process ends with os._exit after flushing, which skips
jsii's ~3 s node-kernel shutdown; callers should still run it in its own process
group with a timeout and kill the group afterwards.
"""

import argparse
import contextlib
import importlib
import json
import os
import re
import runpy
import shutil
import signal
import sys
import tempfile
import time
import traceback

T0 = time.monotonic()

# ---- stdout discipline: fd 1 is reserved for our JSON; everything else -> stderr ----
_json_fd = os.dup(1)
os.dup2(2, 1)
sys.stdout = sys.stderr


class CaseTimeout(BaseException):
    """Raised from SIGALRM; BaseException so tap.py's `except Exception` can't swallow it."""


def _on_alarm(signum, frame):
    raise CaseTimeout()


def first_line(s):
    s = str(s).strip()
    return s.splitlines()[0] if s else ""


def classify(exc):
    """Return (error_kind, error_class, mro_names)."""
    from jsii.errors import JSIIError, JavaScriptError

    cls = type(exc)
    mro = [c.__name__ for c in cls.__mro__ if c not in (object, BaseException)]
    kind = cls.__name__
    if isinstance(exc, JSIIError) or (
        isinstance(exc, RuntimeError) and isinstance(exc.__cause__, JavaScriptError)
    ):
        kind = "JsiiError"
        mro = ["JsiiError"] + mro
    return kind, cls.__name__, mro


def where_in_case(exc, app_dir):
    for fr in reversed(traceback.extract_tb(exc.__traceback__)):
        fn = os.path.realpath(fr.filename)
        if fn.startswith(app_dir + os.sep):
            return "%s:%d" % (os.path.relpath(fn, app_dir), fr.lineno)
    return None


def purge_case_modules(work_root):
    """Forget the previous case's modules: tap, lib, lib.* and anything loaded from a case copy.

    Plain prefix test on __file__ (no realpath: ~2,500 provider modules are loaded)."""
    prefix = work_root + os.sep
    for name, mod in list(sys.modules.items()):
        f = getattr(mod, "__file__", None) or ""
        if name in ("tap", "lib") or name.startswith("lib.") or f.startswith(prefix):
            del sys.modules[name]
    importlib.invalidate_caches()


def collect(outdir):
    """Read cdktf.out/stacks/*/cdk.tf.json."""
    stacks, synth = [], {}
    sdir = os.path.join(outdir, "stacks")
    if os.path.isdir(sdir):
        for name in sorted(os.listdir(sdir)):
            p = os.path.join(sdir, name, "cdk.tf.json")
            if os.path.isfile(p):
                with open(p) as fh:
                    synth[name] = json.load(fh)
                stacks.append(name)
    resources, data = {}, {}
    for doc in synth.values():
        for bucket, key in ((resources, "resource"), (data, "data")):
            for tftype, items in (doc.get(key) or {}).items():
                bucket.setdefault(tftype, set()).update(items.keys())
    terraform = synth[stacks[0]].get("terraform", {}) if stacks else {}
    return {
        "stacks": stacks,
        "resources": {k: sorted(v) for k, v in sorted(resources.items())},
        "data": {k: sorted(v) for k, v in sorted(data.items())},
        "terraform": terraform,
        "synth": synth,
    }


# The core package and provider module: cdktf and cdktf_cdktf_provider_aws, or with
# `--core cdktn` CDK Terrain's cdktn and cdktn_provider_aws (tests/synth/cdktn_synth.sh).
CORES = {
    "cdktf": ("cdktf", "cdktf_cdktf_provider_aws", "cdktf-cdktf-provider-aws"),
    "cdktn": ("cdktn", "cdktn_provider_aws", "cdktn-provider-aws"),
}
CORE = CORES["cdktf"]


def run_case(case_dir, work_root, app_roots, timeout):
    cdktf = importlib.import_module(CORE[0])

    res = {
        "ok": False, "error_kind": None, "error_class": None, "error_mro": [],
        "error": None, "error_full": None, "where": None, "stacks": [], "resources": {}, "data": {},
        "terraform": {}, "synth": {}, "seconds": 0.0,
    }
    t0 = time.monotonic()
    src = os.path.abspath(case_dir)
    if not os.path.isfile(os.path.join(src, "tap.py")):
        res.update(error_kind="MissingTapPy", error="no tap.py in %s" % src)
        return res

    app_dir = os.path.realpath(os.path.join(work_root, "case%d" % len(app_roots)))
    shutil.copytree(
        src, app_dir,
        ignore=shutil.ignore_patterns("cdktf.out", "__pycache__", ".venv", "*.pyc", "node_modules"),
    )
    outdir = os.path.join(app_dir, "cdktf.out")
    app_roots.append(app_dir)
    purge_case_modules(work_root)

    saved_env = dict(os.environ)
    saved_path = list(sys.path)
    saved_argv = list(sys.argv)
    saved_cwd = os.getcwd()
    orig_init = cdktf.App.__init__

    # The node kernel was spawned at import time: its process.env and cwd are frozen, so
    # neither os.environ["CDKTF_OUTDIR"] nor os.chdir reach App's default outdir. Force it.
    def patched_init(self, *args, **kwargs):
        kwargs["outdir"] = outdir
        return orig_init(self, *args, **kwargs)

    exc_info = None
    try:
        cdktf.App.__init__ = patched_init
        os.chdir(app_dir)
        sys.path.insert(0, app_dir)
        sys.argv = [os.path.join(app_dir, "tap.py")]
        os.environ["CDKTF_OUTDIR"] = outdir  # for anything that reads it on the Python side
        if timeout:
            signal.alarm(timeout)
        try:
            runpy.run_path(os.path.join(app_dir, "tap.py"), run_name="__main__")
        finally:
            signal.alarm(0)
    except SystemExit as e:
        if e.code not in (None, 0):
            exc_info = e
    except CaseTimeout:
        raise
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # noqa: BLE001 - the whole point is to catch everything
        exc_info = e
    finally:
        cdktf.App.__init__ = orig_init
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdout = sys.stderr
        sys.stdout.flush()

    res.update(collect(outdir))
    if exc_info is not None:
        kind, cls, mro = classify(exc_info)
        res.update(
            error_kind=kind, error_class=cls, error_mro=mro,
            error=first_line(exc_info), error_full=str(exc_info)[:4000],
            where=where_in_case(exc_info, app_dir),
        )
        traceback.print_exception(type(exc_info), exc_info, exc_info.__traceback__, limit=-4)
    elif not res["stacks"]:
        res.update(error_kind="NoSynth", error="tap.py ran but wrote no stacks/*/cdk.tf.json (no app.synth()?)")
    else:
        res["ok"] = True
    res["seconds"] = round(time.monotonic() - t0, 3)
    return res


def emit(doc, code, fast_exit):
    data = (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()
    view = memoryview(data)
    while view:
        n = os.write(_json_fd, view)
        view = view[n:]
    sys.stderr.flush()
    if fast_exit:
        os._exit(code)
    sys.exit(code)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="+", help="case directories (each holds tap.py)")
    ap.add_argument("--case-timeout", type=int, default=180, help="seconds per case (0 = none)")
    ap.add_argument("--keep", action="store_true", help="keep the temp copies (path on stderr)")
    ap.add_argument("--no-fast-exit", action="store_true", help="let jsii shut node down normally")
    ap.add_argument("--core", choices=sorted(CORES), default="cdktf",
                    help="import cdktf (default) or CDK Terrain's cdktn")
    args = ap.parse_args()
    global CORE
    CORE = CORES[args.core]
    fast = not args.no_fast_exit
    signal.signal(signal.SIGALRM, _on_alarm)

    doc = {"cases": {}, "import_seconds": None, "total_seconds": None, "versions": {}}
    ti = time.monotonic()
    try:
        importlib.import_module(CORE[0])
        importlib.import_module(CORE[1])  # (~7 s: loads the whole assembly once)
        import importlib.metadata as md

        for d in (CORE[0], CORE[2], "constructs", "jsii"):
            doc["versions"][d] = md.version(d)
    except BaseException as e:  # harness failure: the oracle itself is broken
        doc["harness_error"] = "%s: %s" % (type(e).__name__, first_line(e))
        traceback.print_exc()
        emit(doc, 1, fast)
    doc["import_seconds"] = round(time.monotonic() - ti, 3)

    work_root = os.path.realpath(tempfile.mkdtemp(prefix="cdktf-fix-synth-"))
    app_roots = []
    code = 0
    try:
        for i, case in enumerate(args.cases):
            print("synth_check: [%d/%d] %s" % (i + 1, len(args.cases), case), file=sys.stderr)
            try:
                doc["cases"][case] = run_case(case, work_root, app_roots, args.case_timeout)
            except CaseTimeout:
                doc["cases"][case] = {
                    "ok": False, "error_kind": "Timeout", "error_class": None, "error_mro": [],
                    "error": "case exceeded %ds" % args.case_timeout, "error_full": None, "where": None,
                    "stacks": [], "resources": {}, "data": {}, "terraform": {}, "synth": {},
                }
                doc["aborted"] = "timeout in %s; jsii kernel state unknown, remaining cases not run" % case
                code = 3
                break
    except BaseException as e:
        doc["harness_error"] = "%s: %s" % (type(e).__name__, first_line(e))
        traceback.print_exc()
        code = 1
    finally:
        if args.keep:
            print("synth_check: kept %s" % work_root, file=sys.stderr)
        else:
            shutil.rmtree(work_root, ignore_errors=True)
    doc["total_seconds"] = round(time.monotonic() - T0, 3)
    emit(doc, code, fast)


if __name__ == "__main__":
    main()
