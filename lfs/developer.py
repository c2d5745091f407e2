"""Shipped context rules for the names developers write: install and build commands,
definitions ("X is a ... programming language"), and hardware vendor + model names.

Each rule types a name by the words around it, so it works on names no list holds. Each
was measured with ``python bench/gazetteer_precision.py --rules`` (span precision on the
WikiSER dev corpus) and kept only if precise there, or if the dev corpus (Wikipedia prose)
never shows its context, as with shell commands: those were checked on the real-text set
(bench/realtext/). Measured and left out: ``lib*`` and ``X.js`` token shapes as Library
(34 and 5 matches on dev, none gold Library: the gold types libraries by their language),
"X is a ... library/framework" (2 of 31 right), "X is a ... compiler/database"
(2 of 11), "X is a ... software/tool/program" (14 of 42), "X is a ... operating system"
(no match), CPU model numbers as Device (0 of 3:
the gold spans the family, "Intel Core i7", not the model number).

Types follow the WikiSER schema: tools (compilers, build systems, package managers,
databases) are Application, packages a language's package manager installs are Library,
a hardware vendor with a model is Device.
"""

from __future__ import annotations

import re

import numpy as np

from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.regex import RegexLF, align_chars

# A package name as typed after an install command: letters, digits, '.', '_', '-'.
_PKG = r"[A-Za-z][\w.-]*[\w]"
# Words that end a command's arguments in prose ("pip install numpy on Ubuntu", "apt install
# git and then run"): prepositions, conjunctions, articles, pronouns and auxiliaries.
_PROSE = (
    r"(?!(?:on|in|into|onto|with|without|within|for|from|to|of|at|by|via|using|under|inside|"
    r"and|or|but|then|if|when|where|while|because|so|as|than|the|a|an|this|that|these|those|"
    r"it|its|you|your|we|our|they|is|are|was|were|be|will|can|should|must|may|first|"
    r"again|instead|too|also|only|here|there|now|before|after|manually|globally|locally)\b)"
)
_PKG_NAME = re.compile(r"(" + _PKG + r")(?:[\[=<>~!;,]|$)")
# options whose next word is their value, not a package (conda install -c conda-forge spacy)
_VALUE_OPTIONS = frozenset(
    {
        "-c",
        "--channel",
        "-r",
        "--requirement",
        "-e",
        "--editable",
        "-f",
        "--find-links",
        "-i",
        "--index-url",
        "--extra-index-url",
        "-t",
        "--target",
        "--prefix",
        "-n",
        "--name",
        "-p",
        "--python",
    }
)


class CommandArgsLF(LabelingFunction):
    """Votes ``label`` on every package name after a command (``pip install numpy scipy``).

    ``command`` is a regex for the command up to its arguments; options (``-U``,
    ``--user``) and their values (``-c conda-forge``) are skipped, a version pin is cut off
    (``numpy==1.26`` votes ``numpy``, or the whole token if the tokenizer kept it whole),
    and the arguments end at the first word that cannot be one, or at a word of prose
    (``pip install numpy on Ubuntu`` votes ``numpy`` alone). ``only``/``skip`` filter
    the names (full matches). One regex runs over the corpus text (``require`` literals skip
    sentences without the command); characters map to tokens in one array pass.
    """

    kind = "regex"

    def __init__(
        self,
        name: str,
        command: str,
        label: str,
        description: str = "",
        require: tuple[str, ...] = (),
        only: str | None = None,
        skip: str | None = None,
    ) -> None:
        super().__init__(name, (label,), description)
        self.only = re.compile(only) if only else None
        self.skip = re.compile(skip) if skip else None
        args = r"(?P<args>(?:\s+(?:-{1,2}[\w-]+(?:=\S+)?|" + _PROSE + _PKG + r"(?:\[[\w,]+\])?"
        args += r"(?:[=<>~!]=?[\w.*]+)?))+)"
        self.finder = RegexLF(
            name, "(?:" + command + ")" + args, label, group="args", require=require
        )

    def _fingerprint_parts(self) -> list:
        return [
            "CommandArgsLF/2",
            self.name,
            self.labels,
            self.finder.fingerprint(),
            self.only and self.only.pattern,
            self.skip and self.skip.pattern,
        ]

    def _wanted(self, arg: str) -> bool:
        """Whether an argument is voted: it fits ``only`` and not ``skip`` (full matches)."""
        if self.only is not None and not self.only.fullmatch(arg):
            return False
        return self.skip is None or not self.skip.fullmatch(arg)

    def spans(self, sents: Sentences) -> SpanVotes:
        bounds = []
        for m in self.finder._matches(sents):
            base, prev = m.start("args"), ""
            for w in re.finditer(r"\S+", m.group("args")):
                name = _PKG_NAME.match(w.group())
                if name and prev not in _VALUE_OPTIONS and self._wanted(name.group(1)):
                    bounds.append(
                        (base + w.start(), base + w.start() + name.end(1), base + w.end())
                    )
                prev = w.group()
        if not bounds:
            return SpanVotes.empty()
        arr = np.asarray(bounds, dtype=np.int64)
        start, end = align_chars(sents, arr[:, 0], arr[:, 1])
        # a pinned name the tokenizer kept whole (scipy==1.11): vote the whole token instead
        wstart, wend = align_chars(sents, arr[:, 0], arr[:, 2])
        extra = ~np.isin(wstart, start)
        start, end = np.concatenate([start, wstart[extra]]), np.concatenate([end, wend[extra]])
        order = np.argsort(start, kind="stable")
        return SpanVotes(start[order], end[order], np.zeros(len(start), dtype=np.int64))


# --- install commands -------------------------------------------------------------------------

pip_install = CommandArgsLF(
    "rule_pip_install",
    r"\b(?:pip3?|pipx|conda|mamba|micromamba|uv\s+pip|python3?\s+-m\s+pip|poetry|pipenv)"
    r"\s+(?:install|add)",
    "Library",
    description="packages after pip/conda/poetry install (pip install numpy scipy)",
    require=("install", " add"),
)

js_install = CommandArgsLF(
    "rule_npm_install",
    r"\b(?:npm\s+(?:install|i)|yarn\s+add|pnpm\s+add|cargo\s+add|gem\s+install|go\s+get)",
    "Library",
    description="packages after npm install / yarn add / cargo add / gem install / go get",
    require=("install", " add", " get", "npm i"),
)

_DEV_PACKAGE = r"lib[\w.+-]+|[\w.+-]+-dev(?:el)?"
_SYSTEM_INSTALL = (
    r"\b(?:sudo\s+)?(?:apt-get|apt|dnf|yum|zypper|pacman\s+-S|apk\s+add|brew|port|"
    r"choco|winget|scoop)\s+install"
)

system_install = CommandArgsLF(
    "rule_system_install",
    _SYSTEM_INSTALL,
    "Application",
    description="packages after apt-get/brew/dnf/choco install: tools, so Application",
    require=("install",),
    skip=_DEV_PACKAGE,
)

system_install_dev = CommandArgsLF(
    "rule_system_install_dev",
    _SYSTEM_INSTALL,
    "Library",
    description="lib*/*-dev packages after apt-get/brew/dnf install: Library",
    require=("install",),
    only=_DEV_PACKAGE,
)

port_install = CommandArgsLF(
    "rule_port_install",
    r"\b(?:\./)?vcpkg\s+install|\bvcpkg\s+add\s+port|\bconan\s+install(?:\s+--requires=?)?",
    "Library",
    description="ports after vcpkg install / conan install: C and C++ libraries",
    require=("install", "add port"),
)

# --- tools in build commands ------------------------------------------------------------------

build_command = RegexLF(
    "rule_build_command",
    r"(?:(?<=`)|(?<=`\s)|(?<=\$\s)|(?<=sudo\s)|(?<=^)|(?<=[;&]\s)|(?<=[Rr]un\s)|(?<=running\s)|"
    r"(?<=then\s))(?P<ent>make|cmake|ninja|meson|bazel|scons|gradle|mvn)"
    r"(?=\s+(?:(?:install|check|test|clean|all|build|setup|compile|configure|-[A-Za-z]+\d*)\b"
    r"|\.{1,2}(?:\s|$)|\S+/)|\s*`)",
    "Application",
    group="ent",
    description="make/cmake/ninja/meson as commands (make install, `make`, run cmake ..)",
    require=("make", "ninja", "meson", "bazel", "scons", "gradle", "mvn"),
)


ninja_build = RegexLF(
    "rule_ninja_build",
    r"(?:(?<=-G\s)|(?<=-G)|(?<=-G\s\")|(?<=for\s)|(?<=with\s)|(?<=via\s)|(?<=use\s)|(?<=using\s))"
    r"Ninja\b|\bNinja(?=\s+(?:build\s+(?:system|files?|tool)|files|generator|backend)\b)",
    "Application",
    description="Ninja the build system, by context (-G Ninja, files for Ninja, Ninja build files)",
    require="ninja",
)


# --- definitions: "X is a ... library" ---------------------------------------------------------

_NAME = (
    r"(?!(?:It|This|That|These|They|There|He|She|We|While|When|Although|The)\b)"
    r"(?P<ent>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,2}|[a-z][\w.+-]*[a-z0-9])"
)
_DEF = (
    _NAME + r"(?:\s*\([^()]{1,60}\))?\s*,?\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?:(?!(?:and|or|of|for|in|to|by|that|which)\b)[\w/+-]+\s+){0,5}?"
)


def definition(name: str, heads: str, label: str, require: tuple[str, ...]) -> RegexLF:
    """``X is a ... <head>``: X gets ``label`` (the subject of a defining sentence)."""
    return RegexLF(
        name,
        r"(?:^|(?<=\.\s)|(?<=:\s))" + _DEF + r"(?:" + heads + r")\b",
        label,
        group="ent",
        require=require,
        description=f"X in 'X is a ... {heads.split('|')[0]}' (a defining sentence)",
    )


define_language = definition(
    "rule_define_language",
    r"(?:programming|scripting|query|markup)"
    r"\s+language",
    "Language",
    ("language",),
)
define_protocol = definition(
    "rule_define_protocol", r"(?:communications?\s+|network\s+)?protocol", "Protocol", ("protocol",)
)
define_algorithm = definition("rule_define_algorithm", r"algorithm", "Algorithm", ("algorithm",))
# Heads that name a kind of tool or game, Application by the schema (measured on the dev
# corpus: 23 of 37 right, the rest games the gold leaves unlabelled or types otherwise).
define_application = definition(
    "rule_define_application",
    r"game(?!\s+(?:console|engine|controller|designer|developer|studio|publisher|company|series"
    r"|show|theory))|game\s+engine|build\s+(?:system|tool|automation\s+tool)|package\s+manager"
    r"|(?:version|revision|source)\s+control\s+system|(?:text|code|source\s+code)\s+editor"
    r"|web\s+browser|emulator",
    "Application",
    ("game", "build", "package manager", "control system", "editor", "browser", "emulator"),
)

# --- vendor + model ---------------------------------------------------------------------------

# Hardware makers (curated by the wsl maintainers from general knowledge). The WikiSER schema
# has no organisation type: a bare company name is mostly unlabelled (measured: right 0 times
# in 600 on the dev corpus), a vendor with a model is the Device.
VENDORS = (
    "NVIDIA",
    "Nvidia",
    "AMD",
    "Intel",
    "IBM",
    "HP",
    "Hewlett-Packard",
    "Dell",
    "Lenovo",
    "Acer",
    "Asus",
    "ASUS",
    "Toshiba",
    "Fujitsu",
    "Hitachi",
    "NEC",
    "Samsung",
    "Qualcomm",
    "Broadcom",
    "MediaTek",
    "Texas Instruments",
    "Motorola",
    "Freescale",
    "NXP",
    "STMicroelectronics",
    "Atmel",
    "Renesas",
    "Infineon",
    "Xilinx",
    "Altera",
    "Micron",
    "Seagate",
    "Western Digital",
    "Compaq",
    "Zilog",
    "Cyrix",
    "SGI",
    "Cray",
    "Sony",
    "Nintendo",
    "Sega",
    "Atari",
    "Commodore",
    "Apple",
    "Raspberry Pi",
    "Arduino",
    "Espressif",
)
vendor_model = RegexLF(
    "rule_vendor_model",
    r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in VENDORS) + r")\s+"
    r"(?!(?:Corporation|Inc|Ltd|Company|Computers?|Research|Labs?|Software|Foundation|Power|"
    r"[GCA]PUs?|SoCs?)\b)"
    r"(?:[A-Z][\w-]*[\w]|\d[\w-]*)(?:\s+(?:\d[\w-]*|[A-Z]{1,3}\d*|Pro|Max|Mini|Plus|Ultra))?"
    r"(?![\w-]|\s+[A-Z])",
    "Device",
    description="a hardware vendor with a model (Intel Core, NVIDIA GeForce, IBM 7090)",
)

# --- licences named in pairs, and tools named in install guides ------------------------------

_PAIRABLE = (
    r"(?:BSD|MIT|ISC|Apache(?:\s*-?\s*2\.0)?|[AL]?GPL(?:v?[23](?:\.\d)?\+?)?|"
    r"MPL(?:\s*-?\s*2\.0)?)"
)
license_pair = RegexLF(
    "rule_license_pair",
    r"\b(?P<ent>BSD|MIT|ISC)(?=\s+(?:OR|or|and|/)\s+" + _PAIRABLE + r"(?![\w.]))",
    "License",
    group="ent",
    description="BSD/MIT/ISC named beside another licence (dual BSD OR GPLv2), where BSD is no OS",
    require=(" or ", " and ", "/"),
)

backtick_tool = RegexLF(
    "rule_backtick_tool",
    r"(?:(?<=`)|(?<=`\s))(?P<ent>[a-z][\w+.-]*[a-z0-9])(?=\s?`\s+(?:and\s+`\s?[\w+.-]+\s?`\s+)?"
    r"(?:installed|in\s+(?:your|the)\s+PATH)\b)",
    "Application",
    group="ent",
    description="a command in backticks that a guide says to have installed or in the PATH",
    require=("installed", "path"),
)

backtick_run = RegexLF(
    "rule_backtick_run",
    r"(?:(?<=[Rr]un\s)|(?<=using\s)|(?<=invoking\s)|(?<=[Uu]se\s))`\s?"
    r"(?P<ent>[a-z][\w+-]*[a-z0-9])(?=\s?`)",
    "Application",
    group="ent",
    description="a one-word command in backticks after run/use/using/invoking (run `make`)",
    require=("`",),
)
