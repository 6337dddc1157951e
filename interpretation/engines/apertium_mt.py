"""Apertium: rule-based English<->Spanish translation from Debian (``apertium-eng-spa``).

It is the one real translation engine the registries carry that runs in tens of
milliseconds on a CPU, so it is the default live engine where no better model is
installed. Like espeak-ng it runs as a separate program (GPL-3.0), text on stdin.

Apertium translates anything that looks like a word, ``[PERSON_1]`` included, so the
protected spans travel as superblanks, which every stage passes through untouched.
"""

from __future__ import annotations

import os
import re
import select
import shlex
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from interpretation.engines.base import EngineError

TIMEOUT_S = 10
MODES = {"en-es": "eng-spa", "es-en": "spa-eng"}
MODE_DIR = Path("/usr/share/apertium/modes")
SPAN_RE = re.compile(r"\[[A-Z_]+_\d+\]")


def available_pairs() -> tuple[str, ...]:
    """The pairs whose Apertium mode is installed here (none without its programs)."""
    if shutil.which("lt-proc") is None:
        return ()
    return tuple(pair for pair, mode in MODES.items() if (MODE_DIR / f"{mode}.mode").is_file())


class ApertiumTranslator:
    """One ordered pair's Apertium pipeline, started once and kept running.

    Starting Apertium costs about half a second (it loads its transducers), so the
    pipeline of the pair's mode file runs for the life of the process in null-flush
    mode: each text goes in followed by NUL and comes out followed by NUL, in ~5 ms.
    The stream format is written and read here (the HTML deformatter cannot flush):
    special characters are escaped, protected spans travel as superblanks ``[m0]``.

    Each pipeline is cut in two so that a few rules can mend, in Apertium's analysis,
    what it gets systematically wrong in a clinic. Into Spanish (``_FORMAL``), it
    addresses the listener as tú or vosotros and turns instructions into infinitives
    ("Tomar vuestra medicina") where a clinician says "Tome su medicina". Into English
    (``_SUBJECTS``), it drops the subject that Spanish leaves out ("Have cough")."""

    name = "apertium"
    licence = "GPL-3.0 (Debian apertium + apertium-eng-spa, run as a separate program)"
    tier = "basic"
    real = True

    def __init__(self, pair: str) -> None:
        if pair not in MODES:
            raise EngineError(f"Apertium has no mode for {pair}")
        if pair not in available_pairs():
            raise EngineError("apertium is not installed "
                              "(apt-get install apertium apertium-eng-spa)")
        self.pair = pair
        stages = _null_flush_stages(MODE_DIR / f"{MODES[pair]}.mode")
        self._spanish = pair.endswith("-es")
        if self._spanish:  # rewrite the analysis just before Spanish generation (lt-proc -n)
            cut = next(i for i, stage in enumerate(stages)
                       if stage[0] == "lt-proc" and "-n" in stage)
            self._rules = _FORMAL
        else:  # rewrite the tagged Spanish before transfer
            cut = 1 + next(i for i, stage in enumerate(stages)
                           if stage[0] == "apertium-pretransfer")
            self._rules = _SUBJECTS
        self._chains = [_Chain(stages[:cut]), _Chain(stages[cut:])]
        self._lock = threading.Lock()

    def translate_batch(self, texts: list[str]) -> list[str]:
        with self._lock:
            return [_restore(self._translate(_mark(text)), SPAN_RE.findall(text),
                             self._spanish) for text in texts]

    def close(self) -> None:
        for chain in self._chains:
            chain.close()

    def _translate(self, stream: str) -> str:
        if not stream.strip():
            return stream
        analysis = self._chains[0].run(stream)
        for pattern, replacement in self._rules:
            analysis = pattern.sub(replacement, analysis)
        return self._chains[1].run(analysis)


class _Chain:
    """A pipe of Apertium programs in null-flush mode, restarted if it dies or sticks."""

    def __init__(self, stages: list[list[str]]) -> None:
        self.stages = stages
        self.processes: list[subprocess.Popen[bytes]] = []

    def run(self, stream: str) -> str:
        if not self.processes or any(p.poll() is not None for p in self.processes):
            self._start()
        first, last = self.processes[0], self.processes[-1]
        assert first.stdin is not None and last.stdout is not None
        try:
            # The newline matters: lt-proc's bilingual stage flushes only after a blank.
            first.stdin.write(stream.rstrip("\n").encode() + b"\n\0")
            first.stdin.flush()
            out = _read_until_nul(last.stdout.fileno(), time.monotonic() + TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            self.close()  # a stuck or dead pipeline is started afresh on the next call
            raise EngineError(f"apertium failed ({type(exc).__name__})", retryable=True) from exc
        return out.decode("utf-8", errors="replace")

    def close(self) -> None:
        for process in self.processes:
            process.kill()
            process.wait()
        self.processes = []

    def _start(self) -> None:
        self.close()
        previous: IO[bytes] | None = None
        for stage in self.stages:
            # Fixed arguments from the installed mode file; text only ever goes on stdin.
            process = subprocess.Popen(stage, stdin=previous or subprocess.PIPE,  # noqa: S603
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if previous is not None:
                previous.close()  # the next stage owns it now
            previous = process.stdout
            self.processes.append(process)

    def __del__(self) -> None:
        self.close()


# The analysis rewritten before Spanish generation, in a clinic's register (usted):
_Rule = tuple[re.Pattern[str], "str | Callable[[re.Match[str]], str]"]
_FORMAL: list[_Rule] = [
    (re.compile(r"<p2>"), "<p3>"),  # tú / vosotros -> usted / ustedes
    (re.compile(r"\^[Vv]uestro<det><pos><(?:m|f|mf)>"), "^suyo<det><pos><mf>"),
    (re.compile(r"\^[Tt]uyo<det><pos><(?:m|f|mf)>"), "^suyo<det><pos><mf>"),
    # An instruction opening a sentence ("Take ...", after "Please" or a protected span):
    # Apertium's infinitive, or its guess "it takes", becomes the usted imperative.
    (re.compile(r"(^\s*|<sent>\$\s*)((?:\[[^\]]*\]\s*)*)\^([^<$^]+)<vblex>(?:<inf>|<pri><p3><sg>)\$"),
     r"\1\2^\3<vblex><prs><p3><sg>$"),
    (re.compile(r"(\^No<adv>\$\s*)\^([^<$^]+)<vblex><pri><p3><sg>\$"),
     r"\1^\2<vblex><prs><p3><sg>$"),
]


# The tagged Spanish rewritten before transfer into English. Spanish drops the subject
# pronoun ("Tengo tos"), and Apertium then says "Have cough": a first-person verb opening
# a clause gets its "yo"/"nosotros" back. In a clinic "tomo" is "I take", never "volume".
_CLAUSE_START = r"(^|<sent>\$\s*|<cnj\w+>\$\s*)"
_SUBJECTS: list[_Rule] = [
    (re.compile(r"\^([Tt])omo<n><m><sg>\$"), r"^\1omar<vblex><pri><p1><sg>$"),
    # "como" before a number is "about" ("como seis semanas"), not "like"/"as".
    (re.compile(r"\^([Cc])omo<(?:cnjadv|pr|adv)>\$(\s*(?:\[m\d+\]|\^[^<$^]+<num>))"),
     r"^\1aproximadamente<adv>$\2"),
    (re.compile(_CLAUSE_START + r"((?:\^[Nn]o<adv>\$\s*)?(?:\^prpers<prn><pro><p1>[^$^]*\$\s*)?)"
                r"\^([^<$^]+)<(vblex|vbser|vbhaver|vbmod)><(pri|pii|ifi|fti|cni)><p1><(sg|pl)>\$"),
     lambda m: (f"{m[1]}^{'Prpers' if m[3][:1].isupper() and not m[2] else 'prpers'}"
                f"<prn><tn><p1><mf><{m[6]}>$ {m[2]}^{m[3][:1].lower()}{m[3][1:]}"
                f"<{m[4]}><{m[5]}><p1><{m[6]}>$")),
]


def _null_flush_stages(mode_file: Path) -> list[list[str]]:
    """The mode file's pipeline, each program with ``-z``; ``$1`` is "no unknown-word
    marks" (``-n``, as ``apertium -u``), ``$2`` unused."""
    stages = []
    for command in mode_file.read_text().split("|"):
        words = [w for w in shlex.split(command.replace("$1", "-n").replace("$2", "")) if w]
        stages.append([words[0], "-z", *words[1:]])
    return stages


def _read_until_nul(fd: int, deadline: float) -> bytes:
    out = b""
    while not out.endswith(b"\0"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, 65536)
        if not chunk:
            raise OSError("apertium closed its output")
        out += chunk
    return out.rstrip(b"\0")


_STREAM_SPECIAL = re.compile(r"([\[\]\\^$/<>@{}*#~])")
_SUPERBLANK = re.compile(r"(?<!\\)\[m(\d+)\]")


def _mark(text: str) -> str:
    """Text in Apertium's stream format: special characters escaped, control characters
    dropped, protected spans as numbered superblanks."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    pieces = SPAN_RE.split(cleaned)
    out = [_STREAM_SPECIAL.sub(r"\\\1", pieces[0])]
    for number, piece in enumerate(pieces[1:]):
        out.append(f" [m{number}] " + _STREAM_SPECIAL.sub(r"\\\1", piece))
    return "".join(out)


def _restore(stream: str, spans: list[str], spanish: bool) -> str:
    def put_back(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return spans[index] if index < len(spans) else ""

    # A sentence that opens with a protected span: Apertium capitalises the word after it.
    stream = re.sub(r"^(\s*\[m\d+\]\s+)([A-ZÁÉÍÓÚÑ])(?=[a-záéíóúñü])",
                    lambda m: m[1] + m[2].lower(), stream)
    text = _SUPERBLANK.sub(put_back, stream)
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    if spanish:
        text = _open_questions(text)
    return text


def _open_questions(text: str) -> str:
    """Apertium leaves Spanish questions without their opening mark: add it per sentence."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    fixed = []
    for sentence in sentences:
        if sentence.endswith("?") and "¿" not in sentence:
            sentence = "¿" + sentence
        if sentence.endswith("!") and "¡" not in sentence:
            sentence = "¡" + sentence
        fixed.append(sentence)
    return " ".join(fixed)
