"""The project stands alone: no file points to a file outside the repository or to line numbers
of the guide's text; the guide is cited by its public edition and sections (README, "Sources")."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", ".git", "data", "__pycache__", ".pytest_cache", ".hypothesis", "build", "dist"}
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".ftl", ".toml", ".txt", ".cfg", ".sh", ".service", ".example", ""}
OUTSIDE = [
    (re.compile(r"shared/|\.\./shared|DESIGN\.md"), "a file outside the repository"),
    (
        re.compile(r"handbook'?s? lines|\b(?:lines?|regels?|líneas?|lignes?|rândurile|γραμμές) \d+[-–]\d+"),
        "line numbers of the guide",
    ),
]


def project_files():
    for path in ROOT.rglob("*"):
        inside = set(path.relative_to(ROOT).parts)
        if any(part.endswith(".egg-info") for part in inside) or SKIP & inside:
            continue
        if path.is_file() and path.suffix in SUFFIXES and path != Path(__file__).resolve():
            yield path


def test_no_file_points_outside_the_repository_or_to_line_numbers_of_the_guide():
    found = []
    for path in project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            for pattern, what in OUTSIDE:
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {what}: {line.strip()[:80]}")
    assert not found, "\n".join(found)


def test_the_readme_cites_the_guides_public_edition():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "EuroTrafGuid, *Practical guide for first-line\nworkers*** (2013)" in readme
    project = "http://www.fei.gouv.fr/index.php/nos-projets/focus-sur/euro-trafguid/"
    assert project + "73-projet-eurotrafguid-articles-lies/444-publication" in readme
