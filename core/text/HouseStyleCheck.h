#pragma once

#include <QByteArray>
#include <QString>

namespace rk {

// Whether `colour` is a house colour as stored: empty (the default) or "#rrggbb" in lower case.
bool isHouseColour(const QString &colour);

// The contrast of `colour` ("#rrggbb") with white paper, as WCAG reckons it (1 to 21). Headings
// in the house colour need at least kMinimumContrast to be read.
double contrastWithWhite(const QString &colour);
constexpr double kMinimumContrast = 4.5;

// The kind of a logo by its content: "png", "svg", or empty when it is neither.
QString logoFormatOf(const QByteArray &data);

// Whether `data` is a logo that may be stored and drawn: at most limits::kMaxLogoBytes; a PNG
// that decodes, at most limits::kMaxLogoSide pixels a side; or an SVG that parses, declares a
// sensible size and holds no script, entity, embedded picture or reference outside itself
// (a logo from a received file must not read this computer's files). False with a message.
bool checkLogo(const QByteArray &data, const QString &format, QString *error);

} // namespace rk
