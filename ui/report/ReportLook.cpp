#include "ReportLook.h"

#include "core/ProjectDocument.h"
#include "core/text/HouseStyleCheck.h"

#include <QFontDatabase>
#include <QPainter>
#include <QSvgRenderer>

namespace rk {

namespace {
constexpr int kLogoPixels = 900; // the longer side of a drawn SVG logo: sharp at 180 points wide

QImage drawnSvg(const QByteArray &data)
{
    QSvgRenderer renderer(data);
    const QSizeF size = renderer.defaultSize();
    if (!renderer.isValid() || size.isEmpty())
        return {};
    const qreal scale = kLogoPixels / std::max(size.width(), size.height());
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

// The project's logo was checked when it was stored and when the file was read.
QImage projectLogo(const HouseStyle &style)
{
    if (style.logo.isEmpty())
        return {};
    return style.logoFormat == QLatin1String("svg") ? drawnSvg(style.logo) : QImage::fromData(style.logo, "png");
}
} // namespace

ReportLook reportLook(const ProjectDocument &document)
{
    const HouseStyle &style = document.project().style;
    ReportLook look;
    // A colour too light to read on paper (from a file made elsewhere) gives the default.
    look.accent =
        isHouseColour(style.colour) && !style.colour.isEmpty() && contrastWithWhite(style.colour) >= kMinimumContrast
            ? QColor(style.colour)
            : QColor(Qt::black);
    look.headerFill = QColor(0xe8, 0xe8, 0xe8);
    if (look.accent != QColor(Qt::black)) {
        // One part colour to six of white: dark text stays readable on it.
        const QColor a = look.accent;
        look.headerFill = QColor((a.red() + 6 * 255) / 7, (a.green() + 6 * 255) / 7, (a.blue() + 6 * 255) / 7);
    }
    if (!style.font.isEmpty() && QFontDatabase::hasFamily(style.font))
        look.font = style.font;
    look.logo = projectLogo(style);
    return look;
}

} // namespace rk
