#include "HouseStyleCheck.h"

#include "ProjectTypes.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <cmath>

namespace rk {

namespace {
// An SVG's own content only: no script, no entities, no pictures or links to anything but
// its own parts ("#id").
bool svgIsSelfContained(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("script") || name == QLatin1String("image") ||
            name == QLatin1String("foreignObject") || name == QLatin1String("feImage"))
            return false;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name() == QLatin1String("href") && !attribute.value().startsWith(QLatin1Char('#')))
                return false;
            if (attribute.value().contains(QLatin1String("url("), Qt::CaseInsensitive) &&
                !attribute.value().contains(QRegularExpression(QStringLiteral("url\\(\\s*#"))))
                return false;
            if (attribute.name().startsWith(QLatin1String("on")))
                return false; // an event handler
        }
    }
    return !xml.hasError();
}
} // namespace

bool isHouseColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-f]{6}$"));
    return colour.isEmpty() || pattern.match(colour).hasMatch();
}

double contrastWithWhite(const QString &colour)
{
    const QColor c(colour);
    if (!c.isValid())
        return 21;
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    return 1.05 / (luminance + 0.05);
}

QString logoFormatOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    const QByteArray start = data.left(2048).trimmed();
    if ((start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!--")) && start.contains("<svg"))
        return QStringLiteral("svg");
    return {};
}

bool checkLogo(const QByteArray &data, const QString &format, QString *error)
{
    if (data.size() > limits::kMaxLogoBytes) {
        *error = QCoreApplication::translate(
            "rk::HouseStyleCheck",
            "Het logo is te groot (meer dan 512 kB). Kies een kleinere afbeelding, bijvoorbeeld een PNG "
            "van 600 pixels breed.");
        return false;
    }
    if (format == QLatin1String("png")) {
        QBuffer buffer;
        buffer.setData(data);
        QImageReader reader(&buffer, "png");
        const QSize size = reader.size();
        if (!reader.canRead() || size.isEmpty() || size.width() > limits::kMaxLogoSide ||
            size.height() > limits::kMaxLogoSide || reader.read().isNull()) {
            *error = QCoreApplication::translate(
                "rk::HouseStyleCheck",
                "Dit PNG-bestand kan niet als logo dienen: het is beschadigd of groter dan 4000 bij 4000 "
                "pixels. Sla het logo opnieuw op, bijvoorbeeld 600 pixels breed.");
            return false;
        }
        return true;
    }
    if (format == QLatin1String("svg")) {
        if (!svgIsSelfContained(data)) {
            *error = QCoreApplication::translate(
                "rk::HouseStyleCheck",
                "Dit SVG-bestand kan niet als logo dienen: het verwijst naar andere bestanden of bevat een "
                "script. Sla het logo op als eenvoudige SVG of als PNG.");
            return false;
        }
        QSvgRenderer renderer(data);
        const QSizeF size = renderer.defaultSize();
        if (!renderer.isValid() || size.isEmpty()) {
            *error = QCoreApplication::translate("rk::HouseStyleCheck",
                                                 "Dit SVG-bestand kan niet als logo dienen: het is geen geldige SVG of "
                                                 "heeft geen maat. Sla het logo opnieuw op als SVG met een breedte en "
                                                 "hoogte, of als PNG.");
            return false;
        }
        if (size.width() > limits::kMaxLogoSide || size.height() > limits::kMaxLogoSide) {
            *error = QCoreApplication::translate("rk::HouseStyleCheck",
                                                 "Dit SVG-bestand kan niet als logo dienen: het is groter dan 4000 bij "
                                                 "4000. Sla het logo op met een kleinere breedte en hoogte.");
            return false;
        }
        return true;
    }
    *error = QCoreApplication::translate("rk::HouseStyleCheck",
                                         "Dit bestand is geen PNG- of SVG-afbeelding, ook al heet het zo. Sla het "
                                         "logo op als PNG of SVG en kies het opnieuw.");
    return false;
}

} // namespace rk
