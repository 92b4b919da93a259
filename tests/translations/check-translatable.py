#!/usr/bin/env python3
"""Fails when user-visible text in core/, ui/ or app/ escapes translation.

1. lupdate scans the sources now; every message it finds must be in the committed .ts,
   finished and with an English text (else: build the `lupdate` target and translate).
2. A literal string handed straight to a call that shows text (setText, setWindowTitle,
   addAction, QLabel, message boxes, ...) is untranslatable: it must go through tr().

Usage: check-translatable.py LUPDATE SOURCE_DIR TS_FILE
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and ((translation.text or "").strip() or message.find("translation/numerusform") is not None)
            )
            found[(name, message.findtext("source"))] = finished
    return found


# Calls whose string argument is shown to the user. Names of objects, settings keys, icon
# names and the like go through other calls and are not matched.
SHOWN = re.compile(
    r"\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
    r"setAccessibleName|setAccessibleDescription|setTitle|addAction|addMenu|addTab|setTabText|"
    r"showMessage|setLabelText|setHeaderLabels|setPrefix|setSuffix|"
    r"information|warning|critical|question|QLabel|QPushButton|QCheckBox|QGroupBox|QAction|QRadioButton)"
    r"\s*\(\s*(?:[\w:>\-\.]+\s*,\s*)*(QStringLiteral|QLatin1String|QString::fromUtf8)?\s*\(?\s*\"([^\"]*)\""
)
# Literal text that is not words: empty, numbers, symbols, a single letter, file filters.
NOT_WORDS = re.compile(r"^[\s\d\W]*$|^\w$|^\*\.\w+$")
# Shown as is on purpose: language names in their own language, the product name.
ALLOWED = {"Nederlands", "English", "Routekaart Werkboek"}


def scan_code(source_dir):
    problems = []
    for folder in ("core", "ui", "app"):
        for path in sorted((source_dir / folder).rglob("*.cpp")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith("//"):
                    continue
                for match in SHOWN.finditer(line):
                    text = match.group(3)
                    if NOT_WORDS.match(text) or text in ALLOWED:
                        continue
                    problems.append(f"{path.relative_to(source_dir)}:{number}: \"{text}\" is shown without tr()")
    return problems


def main():
    lupdate, source_dir, ts_file = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        fresh = Path(work) / "scan_en.ts"
        subprocess.run(
            [lupdate, "-silent", "-locations", "none", "-no-obsolete", "core", "ui", "app", "-ts", str(fresh)],
            cwd=source_dir, check=True)
        scanned = messages(fresh)
    committed = messages(ts_file)
    for key in sorted(scanned, key=str):
        if key not in committed:
            problems.append(f"{key[0]}: \"{key[1]}\" is not in {Path(ts_file).name} (build the lupdate target)")
        elif not committed[key]:
            problems.append(f"{key[0]}: \"{key[1]}\" has no finished English text")
    if len(scanned) < 500:
        problems.append(f"lupdate found only {len(scanned)} messages: the scan did not work")
    problems += scan_code(source_dir)
    for problem in problems:
        print(problem)
    print(f"{len(scanned)} messages scanned, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
