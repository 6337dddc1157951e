"""Train the learned tagger (``redaction.tagger``) on the labelled sets the rules were
tuned on, at `manage.py models install`.

Why here and not shipped: the model is a function of the sets in ``fixtures/phi`` and of
the features in ``tagger.py``; training from them (about half a minute a language) keeps
the two from drifting apart, and ``trained_on`` says when a folder's model was made from
other data or code, so `models install` trains again. The parts kept aside (every
``*_aside`` file, ``heldout``, and the sets never tuned on: ``ext4``, ``ext7``, ``ext13``)
are never read here: ``bench/redaction.py`` scores the tagger on them as on sentences
nobody tuned to.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from redaction.fixtures import parse_line
from redaction.tagger import features, labels, tokens

ROOT = Path(__file__).resolve().parent.parent
PHI = ROOT / "fixtures" / "phi"
# The parts the rules and the tagger may learn from: each set's ``{lang}-dev.jsonl``, and
# the hand-written fixtures ``fixtures/phi/{lang}.txt``.
TRAINING_SETS = ("dev", "novel", "fresh", "real", "wild", "ids", "clinic", "dates", "public",
                 "ext", "ext2", "ext3", "ext5", "ext6", "ext8", "ext9", "ext10", "ext11",
                 "ext12", "ext14", "ext15", "ext16", "ext17", "ext18", "ext19", "ext20",
                 "ext21", "ext22", "ext23", "ext24", "ext25", "ext26", "ext27", "ext28",
                 "ext31")
L1_PENALTY = 0.1
L2_PENALTY = 0.05
ITERATIONS = 150
MARK_FILE = "TRAINED_ON"


def _files(language: str) -> list[Path]:
    found = [PHI / f"{language}.txt"]
    found += [PHI / name / f"{language}-dev.jsonl" for name in TRAINING_SETS]
    return [path for path in found if path.is_file()]


def training_samples(language: str) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """(text, [(type, start, end)]) for every utterance of the training parts."""
    samples = []
    for path in _files(language):
        lines = path.read_text(encoding="utf-8").splitlines()
        if path.suffix == ".txt":
            for line in lines:
                if line.strip() and not line.startswith("#"):
                    parsed = parse_line(line)
                    samples.append((parsed.text, list(parsed.spans)))
            continue
        for line in lines:
            if line.strip():
                sample = json.loads(line)
                samples.append((sample["text"], [(s["type"], s["start"], s["end"])
                                                 for s in sample["spans"]]))
    return samples


# What the features read besides ``tagger.py``: the word lists and the modules that judge
# a word (a name-word, a place, a medical word, a kind of place). A change to any of them
# changes the features, so the model is trained again, as a fresh install would train it.
_FEATURE_SOURCES = ("wordlists.py", "medical.py", "medical_lists.py", "eponyms.py",
                    "clinical_named.py", "institution_words_es.py", "place_head_words.py")


def _feature_files() -> list[Path]:
    package = ROOT / "redaction"
    return [*(package / name for name in _FEATURE_SOURCES),
            *sorted(path for path in (package / "data").iterdir() if path.is_file())]


def trained_on(language: str) -> str:
    """A digest of what a model is made from: the training files, the code and the word
    lists its features read."""
    digest = hashlib.sha256()
    for path in [*_files(language), Path(__file__), ROOT / "redaction" / "tagger.py",
                 *_feature_files()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_current(folder: Path, languages: list[str]) -> bool:
    mark = folder / MARK_FILE
    if not mark.is_file():
        return False
    recorded = json.loads(mark.read_text())
    return all((folder / f"{lang}.crfsuite").is_file() and recorded.get(lang) == trained_on(lang)
               for lang in languages)


def train(folder: Path, languages: list[str]) -> Path:
    """Train one model a language into ``folder`` (deterministic: L-BFGS from zero)."""
    import pycrfsuite

    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        trainer = pycrfsuite.Trainer(verbose=False)
        for text, spans in training_samples(language):
            found = tokens(text)
            trainer.append(features(found, language), labels(found, spans))
        trainer.set_params({"c1": L1_PENALTY, "c2": L2_PENALTY,
                            "max_iterations": ITERATIONS,
                            "feature.possible_transitions": True})
        trainer.train(str(folder / f"{language}.crfsuite"))
    (folder / MARK_FILE).write_text(json.dumps({lang: trained_on(lang) for lang in languages}))
    return folder
