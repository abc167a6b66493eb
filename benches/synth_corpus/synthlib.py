"""Helpers shared by measure.py and validate_corpus.py: run tests/synth/synth_check.py over app dirs.

synth_check.py synthesizes N apps in ONE process (the ~20 s provider import happens once) and prints
one JSON document. We run it with the synth venv's python, in its own process group, with a fixed
minimal environment and an empty cwd, and SIGKILL the group afterwards (that also reaps the node
kernel that synth_check's os._exit leaves behind). Exit 3 means a case timed out and the remaining
cases were not run: we keep what was reported and start a new process for the rest.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SYNTH_CHECK = os.path.join(REPO, "tests", "synth", "synth_check.py")
DEFAULT_VENV = os.environ.get(
    "CDKTF_FIX_SYNTH_VENV", os.path.expanduser("~/.cache/cdktf-fix/synth-venv-cdktf0.21.0-aws21.22.1"))
ENV_KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "JSII_RUNTIME_PACKAGE_CACHE_ROOT")


def venv_python(venv=DEFAULT_VENV):
    return os.path.join(venv, "bin", "python")


def _run_once(py, apps, timeout, case_timeout, log):
    venv = os.path.dirname(os.path.dirname(py))
    env = {k: os.environ[k] for k in ENV_KEEP if k in os.environ}
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20"
    env.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", os.path.join(os.path.dirname(venv), "jsii-cache"))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    cwd = tempfile.mkdtemp(prefix="synth-corpus-cwd-")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([py, SYNTH_CHECK, "--case-timeout", str(case_timeout), *apps],
                             stdout=out, stderr=err, env=env, cwd=cwd, start_new_session=True)
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            rc = None
        finally:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
            os.rmdir(cwd)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if log:
        with open(log, "a") as fh:
            fh.write(stderr)
    try:
        doc = json.loads(stdout) if stdout.strip() else {}
    except json.JSONDecodeError:
        doc = {}
    return rc, doc, stderr


def synth(apps, py=None, case_timeout=120, log=None, max_runs=None):
    """Synthesize `apps` (list of dirs). Returns ({app: case result}, [doc meta per run])."""
    py = py or venv_python()
    remaining = list(apps)
    results, runs = {}, []
    max_runs = max_runs or (len(apps) + 1)
    while remaining and len(runs) < max_runs:
        timeout = 120 + 20 * len(remaining)
        rc, doc, stderr = _run_once(py, remaining, timeout, case_timeout, log)
        cases = doc.get("cases", {})
        runs.append({"rc": rc, "n": len(remaining), "import_seconds": doc.get("import_seconds"),
                     "total_seconds": doc.get("total_seconds"), "versions": doc.get("versions"),
                     "aborted": doc.get("aborted"), "harness_error": doc.get("harness_error")})
        results.update(cases)
        if "harness_error" in doc or (rc not in (0, 3) and not cases):
            sys.stderr.write(stderr[-4000:])
            raise RuntimeError(f"synth_check failed: rc={rc} {doc.get('harness_error', '')}")
        if rc is None and not cases:
            raise RuntimeError("synth_check timed out without output")
        remaining = [a for a in remaining if a not in results]
        if rc is None:  # whole-process timeout: mark the case that was running, go on with the rest
            if remaining:
                results[remaining[0]] = {"ok": False, "error_kind": "Timeout",
                                         "error": "synth process timed out", "resources": {}}
                remaining = remaining[1:]
    for a in remaining:
        results[a] = {"ok": False, "error_kind": "NotRun", "error": "not run", "resources": {}}
    return results, runs


def resource_count(case):
    return sum(len(v) for v in (case.get("resources") or {}).values())
