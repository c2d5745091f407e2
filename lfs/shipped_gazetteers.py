"""Gazetteer LFs over the shipped lists in ``gazetteers/`` (built by ``gazetteers/build.py``).

One LF per file, loaded lazily on first use. Matching options follow the file name:
``*.cased.txt`` files (proper names, acronyms, entries that are also English words) match
case-sensitively; the curated generic-term lists match ignoring case, ``-``/``_``/spacing
and a plural ``s``; the archspec list ignores case and ``-``/``_`` (``ivybridge`` matches
``Ivy Bridge``). Every file votes the type in its header.
"""

from __future__ import annotations

from wsl.lfs.gazetteer import GazetteerLF, shipped_dir
from wsl.lfs.longest_match import LongestMatchLF

_CASED = {"case_sensitive": True}
_TERMS = {"normalize": True, "plural": True}

# (LF name, file name, matching options)
SHIPPED_FILES: tuple[tuple[str, str, dict], ...] = (
    ("gaz_algorithm_curated", "Algorithm.curated.txt", _TERMS),
    ("gaz_algorithm_curated_cased", "Algorithm.curated.cased.txt", _CASED),
    ("gaz_algorithm_concepts", "Algorithm.concepts.txt", _TERMS),
    ("gaz_algorithm_names", "Algorithm.names.txt", _TERMS),
    ("gaz_algorithm_names_cased", "Algorithm.names.cased.txt", _CASED),
    ("gaz_application_curated", "Application.curated.txt", _TERMS),
    ("gaz_application_curated_cased", "Application.curated.cased.txt", _CASED),
    ("gaz_application_trove", "Application.trove.cased.txt", _CASED),
    ("gaz_application_devtools", "Application.devtools.cased.txt", _CASED),
    ("gaz_application_debian", "Application.debian.cased.txt", _CASED),
    ("gaz_application_names", "Application.names.cased.txt", _CASED),
    ("gaz_architecture_archspec", "Architecture.archspec.txt", {"normalize": True}),
    ("gaz_architecture_curated", "Architecture.curated.txt", _TERMS),
    ("gaz_architecture_curated_cased", "Architecture.curated.cased.txt", _CASED),
    ("gaz_architecture_concepts", "Architecture.concepts.txt", _TERMS),
    ("gaz_architecture_names", "Architecture.names.cased.txt", _CASED),
    ("gaz_data_structure_curated", "Data_Structure.curated.txt", _TERMS),
    ("gaz_data_structure_curated_cased", "Data_Structure.curated.cased.txt", _CASED),
    ("gaz_data_structure_concepts", "Data_Structure.concepts.txt", _TERMS),
    ("gaz_device_curated", "Device.curated.txt", _TERMS),
    ("gaz_device_curated_cased", "Device.curated.cased.txt", _CASED),
    ("gaz_device_concepts", "Device.concepts.txt", _TERMS),
    ("gaz_device_names", "Device.names.cased.txt", _CASED),
    ("gaz_error_name_curated", "Error_Name.curated.txt", _TERMS),
    ("gaz_error_name_curated_cased", "Error_Name.curated.cased.txt", _CASED),
    ("gaz_error_name_concepts", "Error_Name.concepts.txt", _TERMS),
    ("gaz_error_name_python", "Error_Name.python.cased.txt", _CASED),
    ("gaz_general_concept_curated", "General_Concept.curated.txt", _TERMS),
    ("gaz_general_concept_curated_cased", "General_Concept.curated.cased.txt", _CASED),
    ("gaz_language_curated", "Language.curated.txt", _TERMS),
    ("gaz_language_curated_cased", "Language.curated.cased.txt", _CASED),
    ("gaz_language_concepts", "Language.concepts.txt", _TERMS),
    ("gaz_language_pygments", "Language.pygments.cased.txt", _CASED),
    ("gaz_language_trove", "Language.trove.cased.txt", _CASED),
    ("gaz_language_linguist", "Language.linguist.cased.txt", _CASED),
    ("gaz_language_names", "Language.names.cased.txt", _CASED),
    ("gaz_library_curated", "Library.curated.txt", _TERMS),
    ("gaz_library_curated_cased", "Library.curated.cased.txt", _CASED),
    ("gaz_library_names", "Library.names.cased.txt", _CASED),
    ("gaz_license_curated", "License.curated.txt", _TERMS),
    ("gaz_license_curated_cased", "License.curated.cased.txt", _CASED),
    ("gaz_license_spdx", "License.spdx.txt", {}),
    ("gaz_license_spdx_ids", "License.spdx.cased.txt", _CASED),
    ("gaz_license_trove", "License.trove.txt", {}),
    ("gaz_operating_system_curated", "Operating_System.curated.txt", _TERMS),
    ("gaz_operating_system_curated_cased", "Operating_System.curated.cased.txt", _CASED),
    ("gaz_operating_system_concepts", "Operating_System.concepts.txt", _TERMS),
    ("gaz_operating_system_trove", "Operating_System.trove.cased.txt", _CASED),
    ("gaz_operating_system_names", "Operating_System.names.cased.txt", _CASED),
    ("gaz_protocol_curated", "Protocol.curated.txt", _TERMS),
    ("gaz_protocol_curated_cased", "Protocol.curated.cased.txt", _CASED),
    ("gaz_protocol_concepts", "Protocol.concepts.txt", _TERMS),
    ("gaz_protocol_names", "Protocol.names.cased.txt", _CASED),
)


def _make(name: str, fname: str, opts: dict) -> GazetteerLF:
    etype = fname.split(".")[0]
    how = "case-sensitive" if opts.get("case_sensitive") else "ignoring case"
    return GazetteerLF.from_files(
        name,
        [shipped_dir() / fname],
        label=etype,
        description=f"{etype} from the shipped list {fname} ({how})",
        **opts,
    )


SHIPPED_GAZETTEER_LFS: tuple[GazetteerLF, ...] = tuple(_make(n, f, o) for n, f, o in SHIPPED_FILES)


LONGEST_MATCH = LongestMatchLF(
    "gaz_longest_match",
    SHIPPED_GAZETTEER_LFS,
    description=(
        "the longest match across all shipped lists "
        "(breaks ties between a name and a shorter name inside it)"
    ),
)
