#pragma once

#include <QString>

namespace rk::text {

// User text on its way to a terminal, a file name or a mail header: control characters
// (escape sequences, line breaks, tabs) and format characters (right-to-left overrides,
// zero-width joiners) become spaces, and runs of spaces one space.
QString printable(const QString &text);

// Whether `text` holds any character that printable() would replace.
bool hasControlCharacters(const QString &text);

} // namespace rk::text
