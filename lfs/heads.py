"""Shipped head-noun rules: a name typed by the noun it modifies.

``AVL tree``, ``red-black tree``, ``B-tree`` are data structures whatever their first word;
``Unix File System``, ``Be File System`` are file systems, which the WikiSER schema files
as Application. Each was measured with ``python bench/gazetteer_precision.py --rules``
(span precision on the WikiSER dev corpus) and kept at .45 and .61. Measured and left out
(issue #16): lowercase "X algorithm" (.20), "X protocol" (.25), "X heap/queue" (.00/.09),
"X operating system", "X kernel", "X distribution" (name alone: under .10), "X library",
"X framework", "X API" (under .06: the dev gold types most libraries by their language),
"X architecture" (.13), "X processor/CPU/chip" (under .15 as Device, Architecture or
General_Concept), "X console/computer/phone" (.20), "X format/standard" (.06/.30 with no
new span), "X browser/editor/compiler/database/..." (.14), "X coding/transform/cipher"
(.17); "X sort" (.59) adds nothing the algorithm lists do not already find.
"""

from __future__ import annotations

from wsl.lfs.regex import RegexLF

# A capitalised modifier (AVL, Merkle, Patricia, B, R), not a sentence-initial function word.
_CAP = (
    r"(?!(?:The|A|An|In|On|At|By|For|Of|This|That|These|Its|Their|His|Her|Our|Your|Each|"
    r"Every|Some|Most|Many|Other|Both|Such|New|Early|Modern|First|Standard)\b)"
    r"[A-Z][\w]*(?:[-–./][\w]+)*"
)
# A lower-case modifier that is neither a function word nor a tree that is no data
# structure (a source, working, directory or dependency tree; a family tree; a plant).
_LOW = (
    r"(?!(?:the|a|an|this|that|its|their|his|her|our|your|each|every|some|most|many|other|"
    r"both|such|new|first|of|in|on|for|and|or|to|by|with|is|was|be|as|from|which|same|one|"
    r"two|any|no|all|more|less|source|working|directory|file|family|dependency|project|"
    r"build|process|call|whole|entire|full|main|git|repository|phylogenetic|evolutionary|"
    r"christmas|fruit|palm|oak|pine|apple|olive|tea|shade|old|large|small|big|tall|dead|"
    r"fallen)\b)[a-z][a-z0-9]*(?:[-–][a-z0-9]+)*"
)

tree_name = RegexLF(
    "rule_tree_name",
    r"\b(?:" + _CAP + r"|" + _LOW + r")\s*-?\s*trees?\b",
    "Data_Structure",
    description="one modifier + tree: AVL tree, red-black tree, B-tree, suffix tree",
    require=("tree",),
)

file_system_name = RegexLF(
    "rule_file_system_name",
    r"\b(?:" + _CAP + r"\s+){0,2}" + _CAP + r"\s+(?:[Ff]ile\s*[Ss]ystem|[Ff]ilesystem)s?\b",
    "Application",
    description="a capitalised name with 'file system' (Unix File System, Be File System)",
    require=("system",),
)
