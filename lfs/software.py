"""Shipped rule LFs for software entities: what a list cannot hold.

Token shapes (``FooError``), HTTP status lines (``404 Not Found``), licence names
(``GNU General Public License``, ``GPLv3``, ``Apache 2.0``), versioned product names
(``Windows 10``, ``Python 3``, ``PlayStation 4``), names the context types (``X
programming language``, ``X protocol``, ``Dijkstra's algorithm``, ``written in X``,
``licensed under the X``), and acronyms in parentheses after a name whose type is known.

Patterns run over :attr:`Sentences.text`, where the tokens of a sentence are separated
by original spacing or by single spaces, so they allow optional whitespace around
punctuation (``Dijkstra 's algorithm`` and ``Dijkstra's algorithm`` both match). Types
follow the WikiSER schema: HTTP status codes are Protocol, Windows versions Application.
"""

from __future__ import annotations

import http
import re

from wsl.lfs.python_lf import sentence_lf
from wsl.lfs.regex import RegexLF, TokenRegexLF

# A capitalised name word: "Dijkstra", "Reed", "Rabin-Karp", "X11", "C++", "C#" (not a
# sentence-initial function word such as "The" or "In").
_STOP = (
    r"(?!(?:The|A|An|In|On|At|By|For|Of|This|That|These|Its|Their|His|Her|Our|Your|Each|Every|"
    r"Some|Most|Many|Other|Both|Such|New|Early|Modern|First|Standard)\b)"
)
_CAP = _STOP + r"[A-Z][\w]*(?:[-–][\w]+)*(?:\+\+|#)?"


def _alt(names: list[str]) -> str:
    """Alternation of literal names, longest first, spaces matching any whitespace."""
    # longest first, ties by text: a deterministic pattern keeps the LF's cache key stable
    escaped = {re.escape(n).replace(r"\ ", r"\s+") for n in names}
    parts = sorted(escaped, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(parts) + ")"


# --- token shapes ------------------------------------------------------------------------------

exception_name = TokenRegexLF(
    "regex_exception_name",
    r"[A-Z][A-Za-z0-9]+(?:Error|Exception|Fault|Warning)",
    "Error_Name",
    description=(
        "CamelCase exception/error class names (ValueError, NullPointerException, PageFault)"
    ),
)

errno_name = TokenRegexLF(
    "regex_errno_name",
    r"E(?:ACCES|AGAIN|BADF|BUSY|CONNREFUSED|CONNRESET|EXIST|FAULT|INTR|INVAL|IO|ISDIR|MFILE|"
    r"NOENT|NOMEM|NOSPC|NOSYS|NOTDIR|NOTEMPTY|PERM|PIPE|RANGE|ROFS|TIMEDOUT|WOULDBLOCK|XDEV|"
    r"2BIG|OVERFLOW|DOM|LOOP|NAMETOOLONG|ADDRINUSE|HOSTUNREACH|NETUNREACH)",
    "Error_Name",
    description="POSIX errno names (ENOENT, EACCES, ETIMEDOUT)",
)

io_port = TokenRegexLF(
    "regex_io_port",
    r"(?:LPT|COM)[1-9]",
    "Device",
    description="DOS/PC port device names (LPT1, COM2)",
)

# --- HTTP status lines: the schema files them as Protocol -------------------------------------

_PHRASES = sorted({s.phrase for s in http.HTTPStatus}, key=lambda p: (-len(p), p))
http_status = RegexLF(
    "regex_http_status",
    r"\b[1-5]\d\d\s+(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r")\b",
    "Protocol",
    description="HTTP status code with its reason phrase (404 Not Found, 403 Forbidden)",
)

# --- licences ---------------------------------------------------------------------------------

license_name = RegexLF(
    "regex_license_name",
    r"\b(?:GNU\s+)?(?:(?:Lesser|Library|Affero|Free\s+Documentation|General|Public|Mozilla|Eclipse|"
    r"Apache|Artistic|Academic|Open\s+Software|Common\s+Development\s+and\s+Distribution|"
    r"Boost\s+Software|"
    r"European\s+Union|Microsoft|Creative\s+Commons|MIT|BSD|ISC|zlib|X11|"
    r"Python\s+Software\s+Foundation|"
    r"Sleepycat|Unicode|PHP|Ruby|Perl|Q\s+Public|Reciprocal|Shared\s+Source(?:\s+CLI)?|Server\s+Side|"
    r"Business\s+Source|Open\s+Database|Open\s+Data|Educational\s+Community|[A-Z][\w-]*)\s+){1,6}"
    r"(?:Public\s+)?Licen[cs]e(?:\s*,?\s*(?:[Vv]ersion|v\.?)\s*\d+(?:\.\d+)*|\s+\d\.\d)?"
    r"(?:\s+or\s+later)?",
    "License",
    description=(
        "a capitalised name ending in License/Licence, optional version "
        "(GNU General Public License v3)"
    ),
    require=("license", "licence"),
)

license_abbrev = RegexLF(
    "regex_license_abbrev",
    r"\b(?:(?:GNU\s+)?(?:A|L)?GPL(?:\s*-?\s*v?\s*[123](?:\.\d)?\+?(?:-only|-or-later)?)?|"
    r"(?:GNU\s+)?[AL]?GPLv[123](?:\.\d)?\+?|(?:Apache|MPL|EPL|CDDL|EUPL|LPPL|OFL|AFL|OSL|CPL)"
    r"\s*-?\s*v?\d\.\d|CC\s*-?\s*BY(?:\s*-\s*(?:SA|NC|ND))*(?:\s+\d\.\d)?|CC0(?:\s+1\.0)?)(?![\w.-])",
    "License",
    description=(
        "licence abbreviations with versions: GPL, GPLv3, LGPL-2.1, Apache 2.0, CC BY-SA 4.0"
    ),
    require=(
        "gpl",
        "apache",
        "mpl",
        "epl",
        "cddl",
        "eupl",
        "lppl",
        "ofl",
        "afl",
        "osl",
        "cpl",
        "cc",
    ),
)

licensed_under = RegexLF(
    "regex_licensed_under",
    r"\b(?:licen[cs]ed|released|distributed|available|published)\s+under\s+"
    r"(?:the\s+(?:terms\s+of\s+the\s+)?)?"
    r"(?P<ent>(?:[A-Z][\w.+-]*\s+){0,5}?(?:[A-Z][\w.+-]*|licen[cs]e))"
    r"(?=\s*(?:[,.;:()]|$|\s+(?:and|or|with|for|version|v?\d)\b))",
    "License",
    group="ent",
    description="the capitalised name after 'licensed/released/distributed under (the)'",
    require=" under ",
)

licensing_model = RegexLF(
    "regex_licensing_model",
    r"\b(?:free\s+and\s+open[\s-]+source|free/libre\s+(?:and\s+)?open[\s-]+source)\s+software\b"
    r"|\b(?:free\s+and\s+open[\s-]+source|open[\s-]+source|free/libre)"
    r"(?=\s+(?:software|licen[cs]es?|project|implementation|code|version|release)\b)",
    "License",
    description=(
        "licensing-model adjectives before software/licence "
        "(open-source project, free and open-source software)"
    ),
    require=("open", "free/libre"),
)

# --- versioned names --------------------------------------------------------------------------

_VERSION = r"(?:\d+(?:\.\d+)*[a-z]?|[IVX]{1,4}\b)"
_APP_BASES = [
    "Windows",
    "Microsoft Windows",
    "Mac OS X",
    "Mac OS",
    "OS X",
    "macOS",
    "iOS",
    "iPadOS",
    "Android",
    "watchOS",
    "Firefox",
    "Internet Explorer",
    "Microsoft Office",
    "Office",
    "Visual Studio",
    "Photoshop",
    "Excel",
    "Word",
    "Safari",
    "Opera",
    "Netscape Navigator",
    "Java SE",
    "Java EE",
    "Windows Server",
    "Windows Phone",
    "Windows Mobile",
    "Windows CE",
    "MS-DOS",
    "PC DOS",
    "OS/2",
    "Unreal Engine",
    "DirectX",
    "Direct3D",
    "OpenGL",
    "Vulkan",
    "Qt",
    "GTK",
    "Perl",
]
_WINDOWS_NAMED = (
    r"Windows\s+(?:XP|Vista|NT(?:\s+\d(?:\.\d+)?)?|ME|Me|RT|CE|Server(?:\s+\d{4}(?:\s+R2)?)?|"
    r"Phone(?:\s+\d+)?|Mobile|Embedded|Live|Media\s+Center)"
)
versioned_application = RegexLF(
    "regex_versioned_application",
    r"\b(?:"
    + _WINDOWS_NAMED
    + r"|(?:Microsoft\s+)?"
    + _alt(_APP_BASES)
    + r"\s+"
    + _VERSION
    + r"(?:\s+(?:SP\d|R2|LTS))?)(?![\w.])",
    "Application",
    description=(
        "a product name with a version: Windows 10, Windows XP, Mac OS X 10.4, Android 4.4, "
        "Firefox 3.5"
    ),
)

_LANG_BASES = [
    "Python",
    "Java",
    "Perl",
    "PHP",
    "Ruby",
    "Fortran",
    "FORTRAN",
    "ALGOL",
    "Algol",
    "COBOL",
    "Lua",
    "ECMAScript",
    "JavaScript",
    "Scala",
    "Swift",
    "Visual Basic",
    "Delphi",
    "Smalltalk",
    "Modula",
    "Oberon",
    "Ada",
    "HTML",
    "CSS",
    "XHTML",
    "SQL",
    "PostScript",
    "Haskell",
    "Scheme",
    "Pascal",
    "Turbo Pascal",
    "Objective-C",
    "C#",
    "F#",
    "Kotlin",
    "TypeScript",
    "Go",
    "Rust",
    "Julia",
]
versioned_language = RegexLF(
    "regex_versioned_language",
    r"(?<![\w.])(?:"
    + _alt(_LANG_BASES)
    + r"\s*[-\s]?\s*"
    + _VERSION
    + r"|C\s*\+\+\s*(?:0x|1[147]|2[036]|98|03)|C(?:89|90|99|11|17|23)|HTML\s*5|CSS\s*3|"
    r"Fortran\s*(?:66|77|90|95|2003|2008)|ALGOL\s*(?:58|60|68|W))(?![\w.])",
    "Language",
    description=(
        "a language name with a version or standard year: Python 3, Java 8, C++11, C99, "
        "Fortran 77, HTML5"
    ),
)

_DEVICE_BASES = [
    "PlayStation",
    "Xbox",
    "Game Boy",
    "Nintendo",
    "Atari",
    "Commodore",
    "Amiga",
    "Apple",
    "iPhone",
    "iPad",
    "iPod",
    "Sega",
    "IBM",
    "PDP",
    "VAX",
    "Cray",
    "Galaxy S",
    "Galaxy Note",
    "Pixel",
    "Kindle",
    "ThinkPad",
    "Surface Pro",
    "Raspberry Pi",
    "TRS",
    "Amstrad CPC",
    "BBC Micro",
    "ZX Spectrum",
]
versioned_device = RegexLF(
    "regex_versioned_device",
    r"\b(?!PlayStation\s+3\b)(?:PlayStation\s+(?:Portable|Vita|VR|Move)|"
    r"Xbox\s+(?:One(?:\s+[SX])?|Series\s+[XS](?:/S)?|360|Live)|"
    r"Game\s+Boy\s+(?:Advance(?:\s+SP)?|Color|Pocket)|"
    r"Nintendo\s+(?:DS(?:i|\s+Lite)?|3DS|64|Switch(?:\s+2)?|GameCube|Entertainment\s+System)|"
    r"Wii(?:\s+U)?|" + _alt(_DEVICE_BASES) + r"\s*-?\s*(?:\d+[A-Za-z+]*|[IVX]{1,4}\b)"
    r"(?:\s+(?:Plus|Pro|Max|Mini|mini|XL|Lite|Slim|Advance))?)(?![\w.])",
    "Device",
    description=(
        "a hardware product with a model number or suffix: PlayStation 4, Xbox 360, iPhone 6, "
        "PDP-11, Nintendo DS"
    ),
    require=tuple(_DEVICE_BASES) + ("Xbox", "Game Boy", "Nintendo", "Wii", "PlayStation"),
)

# --- names typed by the words around them -----------------------------------------------------

programming_language = RegexLF(
    "regex_programming_language",
    r"\b(?:"
    + _CAP
    + r"\s+){0,2}"
    + _CAP
    + r"\s+(?:programming\s+|scripting\s+|markup\s+|query\s+)languages?\b",
    "Language",
    description=(
        "a capitalised name with 'programming/scripting/markup/query language' "
        "(the schema's span includes the head)"
    ),
    require="language",
)

protocol_name = RegexLF(
    "regex_protocol_name",
    r"\b" + _STOP + r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|over|to))*?\s+Protocol"
    r"(?:\s+[Vv]?\d+(?:\.\d+)*|\s+Suite)?\b"
    r"|\b[A-Z][A-Z0-9./-]{1,12}\s+protocols?\b",
    "Protocol",
    description=(
        "capitalised name ending in 'Protocol' (Simple Mail Transfer Protocol), or ACRONYM protocol"
    ),
    require="protocol",
)

algorithm_name = RegexLF(
    "regex_algorithm_name",
    r"\b(?:"
    + _CAP
    + r"(?:\s*[-–]\s*"
    + _CAP
    + r")*\s*(?:'\s*s\s+|’\s*s\s+|\s+))(?:"
    + _CAP
    + r"\s+){0,2}"
    r"(?:algorithm|sort|search|transform|cipher|heuristic|sieve|decomposition)s?\b",
    "Algorithm",
    description=(
        "a capitalised (often eponymous) name before algorithm/sort/transform/cipher/method "
        "(Dijkstra's algorithm)"
    ),
    require=(
        "algorithm",
        "sort",
        "search",
        "transform",
        "cipher",
        "heuristic",
        "sieve",
        "decomposition",
    ),
)

written_in = RegexLF(
    "regex_written_in",
    r"\b(?:written|implemented|programmed|coded|rewritten|developed|scripted)\s+"
    r"(?:(?:entirely|mostly|primarily|mainly|largely|partly|purely|completely)\s+)?in\s+"
    r"(?:(?:standard|pure|portable|ANSI|ISO)\s+)?"
    r"(?P<ent>(?!The\b|In\b|A\b|An\b|This\b|It\b|Java\s*Script\b)[A-Z][\w]*"
    r"(?:\s*\+\+|#|\s*/\s*[A-Z][\w]*)?|Java\s*Script)"
    r"(?=\s*(?:[,.;:()]|$|\s+(?:and|or|with|by|for|as|from|to|using|code|on|in|language)\b))",
    "Language",
    group="ent",
    description="the capitalised name after 'written/implemented/programmed in'",
    require=("written", "implemented", "programmed", "coded", "developed", "scripted"),
)

bug_name = RegexLF(
    "regex_named_bug",
    r"\b" + _STOP + r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+\s+(?:bug|vulnerability|exploit|worm)\b"
    r"|\bYear\s+20(?:00|38)\s+problem\b",
    "Error_Name",
    description=(
        "a capitalised name before bug/vulnerability/worm (Heartbleed bug), "
        "and the Year 2000/2038 problems"
    ),
    require=("bug", "vulnerabilit", "exploit", "worm", "problem"),
)


# --- acronyms in parentheses after a name -----------------------------------------------------

_HEAD_TYPES = {
    "protocol": "Protocol",
    "language": "Language",
    "license": "License",
    "licence": "License",
    "algorithm": "Algorithm",
    "interface": "Protocol",
    "format": "Protocol",
    "bus": "Architecture",
    "architecture": "Architecture",
    "library": "Library",
    "kernel": "Operating_System",
}
_SKIP_INITIAL = {"of", "for", "and", "the", "a", "an", "to", "in", "on", "over", "with", "de"}


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        if w.lower() in _SKIP_INITIAL:
            continue
        for part in re.split(r"[-/]", w):
            if part:
                out.append(part[0].upper())
    return "".join(out)


@sentence_lf(
    labels=tuple(sorted(set(_HEAD_TYPES.values()))),
    name="rule_acronym_after_name",
    description=(
        "Name ending in a typing head word (Protocol, Language, License...) + '( ACRONYM )': "
        "both get the type."
    ),
)
def acronym_after_name(sent):
    """Name ending in a typing head word (Protocol, Language, License...) + '( ACRONYM )':
    both get the type."""
    toks = sent.tokens
    for i in range(2, len(toks) - 2):
        if toks[i] != "(" or toks[i + 2] != ")":
            continue
        acr = toks[i + 1]
        if not (2 <= len(acr) <= 10 and acr[0].isupper() and sum(c.isupper() for c in acr) >= 2):
            continue
        head = toks[i - 1].lower().rstrip("s")
        etype = _HEAD_TYPES.get(head)
        if etype is None:
            continue
        caps = re.sub(r"[^A-Z]", "", acr)
        for n in range(min(len(caps) + 3, 10, i), 0, -1):
            words = toks[i - n : i]
            if words[0][:1].isupper() and _initials(words) == caps:
                # an all-caps organisation prefix belongs to the name: GNU Lesser General...
                if i - n > 0 and toks[i - n - 1].isupper() and toks[i - n - 1].isalpha():
                    n += 1
                yield i - n, i, etype
                yield i + 1, i + 2, etype
                break
