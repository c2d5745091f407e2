"""Tests for the shipped developer-text rules (wsl.lfs.developer).

Each LF runs on raw sentences tokenised by wsl's tokenizer (original spacing kept, as in a
README); the assertions list the exact token spans voted.
"""

from __future__ import annotations

from wsl.lfs import developer
from wsl.lfs.base import LabelingFunction


def test_every_lf_has_unique_name_label_and_description():
    lfs = [v for v in vars(developer).values() if isinstance(v, LabelingFunction)]
    assert len({lf.name for lf in lfs}) == len(lfs) >= 10
    for lf in lfs:
        assert len(lf.labels) == 1 and lf.description, lf.name


def test_pip_install_votes_each_package_not_options_or_pins(voted):
    got = voted(developer.pip_install, "Run pip install -U numpy scipy==1.11 --user pandas")
    # the tokenizer keeps the pin on its name: the whole token is voted
    assert got == [("numpy", "Library"), ("scipy==1.11", "Library"), ("pandas", "Library")]


def test_conda_install_skips_the_value_of_an_option(voted):
    got = voted(developer.pip_install, "conda install -c conda-forge spacy")
    assert got == [("spacy", "Library")]


def test_npm_and_cargo_packages_are_libraries(voted):
    got = voted(developer.js_install, "npm install react\n\ncargo add serde")
    assert got == [("react", "Library"), ("serde", "Library")]


def test_system_packages_split_into_tools_and_dev_libraries(voted):
    text = "sudo apt-get install build-essential libssl-dev python3-dev git"
    assert voted(developer.system_install, text) == [
        ("build-essential", "Application"),
        ("git", "Application"),
    ]
    assert voted(developer.system_install_dev, text) == [
        ("libssl-dev", "Library"),
        ("python3-dev", "Library"),
    ]


def test_vcpkg_ports_are_libraries(voted):
    assert voted(developer.port_install, "./vcpkg install zstd fmt") == [
        ("zstd", "Library"),
        ("fmt", "Library"),
    ]


def test_build_command_needs_a_command_context(voted):
    got = voted(
        developer.build_command,
        "Prefer `make` here.\n\nRun make install, then cmake ..\n\nThis will make it work.",
    )
    assert got == [("make", "Application"), ("make", "Application"), ("cmake", "Application")]


def test_definitions_type_their_subject(voted):
    assert voted(developer.define_language, "Rust is a multi-paradigm programming language.") == [
        ("Rust", "Language")
    ]
    assert voted(developer.define_protocol, "It is a network protocol.") == []
    assert voted(developer.define_algorithm, "Zstandard is a fast compression algorithm.") == [
        ("Zstandard", "Algorithm")
    ]


def test_tool_and_game_definitions_are_applications(voted):
    text = (
        "Ninja is a small build system with a focus on speed. "
        "Super Mario Kart is a 1992 kart racing video game. "
        "Nintendo is a game developer. "
        "Vim is a highly configurable text editor."
    )
    assert voted(developer.define_application, text) == [
        ("Ninja", "Application"),
        ("Super Mario Kart", "Application"),
        ("Vim", "Application"),
    ]


def test_vendor_with_a_model_is_a_device_company_alone_is_not(voted):
    got = voted(
        developer.vendor_model,
        "It runs on an NVIDIA GeForce and an IBM 7090 ; Intel Corporation agreed ; "
        "an AMD GPU too .",
    )
    assert got == [("NVIDIA GeForce", "Device"), ("IBM 7090", "Device")]


def test_bsd_beside_another_licence_is_the_licence(voted):
    got = voted(developer.license_pair, "an open-source dual BSD OR GPLv2 licensed C library")
    assert got == [("BSD", "License")]


def test_backtick_commands_to_have_installed(voted):
    got = voted(
        developer.backtick_tool,
        "You must have `asciidoc` and `xsltproc` in your PATH.\n\n"
        "If you have `doxygen` installed, run it.\n\nSet `BUILD_TESTING` to `OFF`.",
    )
    assert got == [
        ("asciidoc", "Application"),
        ("xsltproc", "Application"),
        ("doxygen", "Application"),
    ]


def test_backtick_run_takes_one_word_commands(voted):
    got = voted(
        developer.backtick_run, "Then run `make`.\n\nUse `pip install x` or `./configure` first."
    )
    assert got == [("make", "Application")]


def test_ninja_needs_build_context(voted):
    got = voted(
        developer.ninja_build,
        "cmake -G Ninja ..\n\nCMake can generate files for Ninja.\n\nNinja Gaiden is a game.",
    )
    assert got == [("Ninja", "Application"), ("Ninja", "Application")]


def test_install_arguments_end_where_prose_goes_on(voted):
    got = voted(developer.pip_install, "pip install numpy on Ubuntu 22.04 with GCC")
    assert got == [("numpy", "Library")]
    got = voted(developer.system_install, "sudo apt install git and then run the tests")
    assert got == [("git", "Application")]
    # a lower-case word that is not prose still continues the list
    got = voted(developer.pip_install, "pip install torch torchvision for the model")
    assert got == [("torch", "Library"), ("torchvision", "Library")]


def test_backtick_rules_work_on_pre_tokenised_text(voted):
    # a CoNLL or JSONL-tokens input is rebuilt as tokens joined by spaces: "` make `"
    assert voted(developer.build_command, "prefer using ` make ` to build") == [
        ("make", "Application")
    ]
    assert voted(developer.backtick_run, "invoking ` make ` in root") == [("make", "Application")]
    got = voted(developer.backtick_tool, "you need ` cmake ` and ` ninja ` installed")
    assert got == [("cmake", "Application"), ("ninja", "Application")]
