"""The learned tagger (redaction/tagger.py): its labels, a small model trained here, and
the model `manage.py models install` trains, on sentences no set holds."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from interpretation.capabilities import models_dir
from interpretation.weights import TAGGER_FOLDER
from redaction import tagger_training
from redaction.engine import Redactor
from redaction.tagger import Tagger, features, labels, named_by_kind, tagged, tokens


def test_labels_mark_names_and_places_only() -> None:
    text = "call ana ruiz at 555 0100 in dunmore"

    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    spans = [("PERSON", *at("ana ruiz")), ("PHONE_NUMBER", *at("555 0100")),
             ("LOCATION", *at("dunmore"))]
    assert labels(tokens(text), spans) == ["O", "B-P", "I-P", "O", "O", "O", "O", "B-L"]


def test_features_carry_the_lists_not_only_the_word() -> None:
    row = features(tokens("she lives in tlacotalpan"), "es")[3]
    assert "w=tlacotalpan" in row and "-1:w=in" in row
    assert any(f.startswith("n=") for f in row) and any(f.startswith("r=") for f in row)


def _small_model(tmp_path: Path) -> pycrfsuite.Tagger:
    """A few frames with made-up names: enough for the model to learn the frame."""
    trainer = pycrfsuite.Trainer(verbose=False)
    firms = ["zorvath", "quenby", "morlaix", "pelandro", "trasker", "velmont", "okarra",
             "brindeloe", "castavor", "dunhollow"]
    for i, firm in enumerate(firms):
        for frame in ("i work at {} now", "he drives for {} on weekends",
                      "my sister cleans for {} at night"):
            text = frame.format(f"{firm} logistics" if i % 2 else firm)
            start = text.index(firm)
            end = start + len(firm) + (len(" logistics") if i % 2 else 0)
            found = tokens(text)
            trainer.append(features(found, "en"), labels(found, [("LOCATION", start, end)]))
        found = tokens(f"i take {firm} pills")  # the same words out of the frame: nothing
        trainer.append(features(found, "en"), ["O"] * len(found))
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 100,
                        "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "en.crfsuite"))
    model = pycrfsuite.Tagger()
    model.open(str(tmp_path / "en.crfsuite"))
    return model


def test_a_small_model_reads_a_new_name_in_a_frame_it_learned(tmp_path: Path) -> None:
    model = _small_model(tmp_path)
    text = "i work at yandervolt now"
    found = tagged(model, text, "en")
    assert [text[e.start:e.end] for e in found] == ["yandervolt"]


def test_a_medicine_in_the_frame_is_never_taken(tmp_path: Path) -> None:
    model = _small_model(tmp_path)
    assert tagged(model, "i work at metformin now", "en") == []


def test_grammar_words_and_numbers_alone_are_never_taken(tmp_path: Path) -> None:
    model = _small_model(tmp_path)
    assert tagged(model, "i work at the now", "en") == []
    assert tagged(model, "i work at forty two now", "en") == []


def test_a_missing_model_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="models install"):
        Tagger(tmp_path, ["en"])


def test_a_folder_without_a_mark_is_trained_again(tmp_path: Path) -> None:
    assert not tagger_training.is_current(tmp_path, ["en"])
    assert tagger_training.trained_on("en") == tagger_training.trained_on("en")


def test_a_changed_word_list_trains_the_model_again() -> None:
    """The features read the word lists: a fresh install and an updated one must hold the
    same model (stop 56: an updated install kept a model made from older lists)."""
    read = {path.name for path in tagger_training._feature_files()}
    assert {"wordlists.py", "medical.py", "names.txt.gz", "common_es.txt.gz",
            "clinical_words.txt"} <= read


def test_training_reads_no_part_kept_aside() -> None:
    read = [path.name for path in tagger_training._files("es")]
    assert read and all(name.endswith("-dev.jsonl") or name == "es.txt" for name in read)
    assert not any("aside" in name or "heldout" in name for name in read)
    assert not {"ext4", "ext7", "ext13"} & set(tagger_training.TRAINING_SETS)


@pytest.mark.parametrize(("language", "text", "hidden"), [
    ("en", "my nephew drives for blue heron logistics", "blue heron logistics"),
    ("en", "she cleans offices for sparkle bright janitorial now", "sparkle bright janitorial"),
    ("es", "mi cuñado trabaja en la carpintería los pinos de zacatecoluca", "los pinos"),
    # ordinary words only, named by their kind (``named_by_kind``)
    ("en", "i do nails at glitter moon nails on weekends", "glitter moon nails"),
    ("en", "my cousin works for happy hippo movers in tacoma", "happy hippo movers"),
])
def test_the_installed_tagger_reads_frames_no_rule_reads(language: str, text: str,
                                                         hidden: str) -> None:
    model = Tagger(models_dir() / TAGGER_FOLDER, [language])
    found = model.spans(text, language)
    start = text.index(hidden)
    assert any(e.start <= start and start + len(hidden) <= e.end for e in found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "take the lyrica and the xarelto every night"),
    ("es", "tomo eliquis y lasix por la mañana"),
])
def test_the_redactor_with_its_tagger_keeps_medicines(redactor: Redactor, language: str,
                                                      text: str) -> None:
    assert redactor.redact(text, language).entities == ()


@pytest.mark.parametrize(("language", "said", "named"), [
    ("en", "lucky star nails", True),
    ("en", "golden years home care", True),
    ("en", "urgent care clinic", False),  # every word a kind's
    ("en", "golf club", False),
    ("en", "adult day care", False),
    ("en", "little pieces", False),  # no kind's word last
    ("es", "gimnasio fuerza total", True),
    ("es", "colmado la yuca dorada", True),
    ("es", "taller mecánico", False),  # one word that says which kind
    ("es", "ortopedia pediátrica", False),
    ("es", "farmacia la revisó", False),  # a verb
    ("es", "fuerza total", False),  # no kind's word first
    ("es", "pupusería el comal", True),  # a shop named for what it sells
    ("es", "batería nueva cara", False),  # ends as a shop does, names none
])
def test_ordinary_words_name_a_place_only_beside_its_kind(language: str, said: str,
                                                           named: bool) -> None:
    assert named_by_kind(said.split(), language) is named
