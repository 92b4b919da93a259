#pragma once

#include <QString>

namespace rk::text {

// User text on its way to a terminal, a file name or a mail header: control characters
// (escape sequences, line breaks, tabs) and format characters (right-to-left overrides,
// zero-width joiners) become spaces, and runs of spaces one space.
QString printable(const QString &text);

// Part of a file name made from user text: printable(), without the characters file systems
// refuse (<>:"/\|?*), and at most `maxBytes` bytes in UTF-8 (a character is never cut).
QString fileNamePart(const QString &text, qsizetype maxBytes = 200);

// Whether `text` holds any character that printable() would replace.
bool hasControlCharacters(const QString &text);

} // namespace rk::text
