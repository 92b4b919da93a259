// The house style of a project's reports: stored with the project (schema 10), undoable, and a
// logo checked before it is stored and again when a received file is read.
#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "storage/Schema.h"
#include "text/HouseStyleCheck.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QUndoStack>

using namespace rk;

namespace {
QByteArray pngLogo(int width = 120, int height = 60)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x4e, 0x79));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray kSvg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" "
                        "height=\"80\" viewBox=\"0 0 200 80\"><rect width=\"200\" height=\"80\" fill=\"#1f4e79\"/>"
                        "<circle cx=\"40\" cy=\"40\" r=\"30\" fill=\"#ffffff\"/></svg>";
} // namespace

TEST_CASE("A logo is a PNG or a plain SVG of modest size", "[housestyle]")
{
    QString error;
    const QByteArray png = pngLogo();
    CHECK(logoFormatOf(png) == QLatin1String("png"));
    CHECK(checkLogo(png, QStringLiteral("png"), &error));
    CHECK(logoFormatOf(kSvg) == QLatin1String("svg"));
    CHECK(checkLogo(kSvg, QStringLiteral("svg"), &error));

    CHECK_FALSE(checkLogo(png.left(png.size() / 2), QStringLiteral("png"), &error));
    CHECK(error.contains(QLatin1String("PNG")));
    CHECK_FALSE(checkLogo(pngLogo(4100, 10), QStringLiteral("png"), &error));
    CHECK_FALSE(checkLogo(QByteArray(600 * 1024, 'x'), QStringLiteral("png"), &error));
    CHECK(error.contains(QLatin1String("te groot")));
    CHECK(logoFormatOf("GIF89a....").isEmpty());
    CHECK_FALSE(checkLogo("GIF89a....", QString(), &error));
    // A logo from someone else's file must not run anything or read this computer's files.
    for (const char *hostile :
         {"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
          "height=\"10\"><image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
          "height=\"10\"><use xlink:href=\"other.svg#a\"/></svg>",
          "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">]><svg "
          "xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&a;</text></svg>",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\"/>",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect fill=\"url(http://x/y)\" "
          "width=\"5\" height=\"5\"/></svg>",
          "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/"}) {
        INFO(hostile);
        CHECK_FALSE(checkLogo(QByteArray(hostile), QStringLiteral("svg"), &error));
    }
    // Contrast with white paper as WCAG reckons it: black 21, #767676 about 4.5, white 1.
    CHECK(contrastWithWhite(QStringLiteral("#000000")) == Approx(21).epsilon(0.01));
    CHECK(contrastWithWhite(QStringLiteral("#767676")) == Approx(4.54).epsilon(0.01));
    CHECK(contrastWithWhite(QStringLiteral("#ffffff")) == Approx(1).epsilon(0.01));
    CHECK(isHouseColour(QString()));
    CHECK(isHouseColour(QStringLiteral("#1f4e79")));
    CHECK_FALSE(isHouseColour(QStringLiteral("#1F4E79")));
    CHECK_FALSE(isHouseColour(QStringLiteral("red")));
}

TEST_CASE("The house style is kept with the project, as one undo step", "[housestyle][storage]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("stijl.routekaart"));
    HouseStyle style;
    style.logo = pngLogo();
    style.logoFormat = QStringLiteral("png");
    style.colour = QStringLiteral("#1f4e79");
    style.font = QStringLiteral("DejaVu Serif");
    style.sender = QStringLiteral("College van B&W van Voorbeeldstad");
    style.department = QStringLiteral("Team Sociaal Domein");
    {
        auto document = test::createProject(path);
        CHECK(document->project().style == HouseStyle());
        ProjectInfo info = document->project();
        info.style = style;
        REQUIRE(edit::setProjectInfo(*document, info));
        CHECK(document->project().style == style);
        document->undoStack()->undo();
        CHECK(document->project().style == HouseStyle());
        document->undoStack()->redo();
        CHECK(document->project().style == style);
    }
    const OpenResult reopened = ProjectOpener::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.document->project().style == style);
}

TEST_CASE("A version 9 file gains an empty house style; a bad logo in a received file is left out",
          "[housestyle][migration]")
{
    test::Workspace workspace;
    const QString path = workspace.path(QStringLiteral("v9.routekaart"));
    test::makeOldVersion(path, 9);
    {
        const OpenResult opened = ProjectOpener::open(path);
        INFO(opened.message.toStdString() << opened.detail.toStdString());
        REQUIRE(opened.ok());
        CHECK(opened.document->schemaVersion() == schema::kCurrentVersion);
        CHECK(opened.document->project().style == HouseStyle());
    }
    // A hand-made file: a "logo" that is a script in SVG clothing. The project opens; the
    // report has no logo.
    REQUIRE(test::runSql(path, QStringLiteral("UPDATE project SET logo = CAST('<svg xmlns=\"http://www.w3.org/2000/"
                                              "svg\" width=\"9\" height=\"9\"><script>x()</script></svg>' AS BLOB), "
                                              "logo_format = 'svg', house_colour = '#123456'")));
    const OpenResult opened = ProjectOpener::open(path);
    INFO(opened.message.toStdString() << opened.detail.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.document->project().style.logo.isEmpty());
    CHECK(opened.document->project().style.colour == QLatin1String("#123456"));
    // The file itself refuses a colour that is not "#rrggbb" and a logo over 512 kB.
    CHECK_FALSE(test::runSql(path, QStringLiteral("UPDATE project SET house_colour = 'red'")));
    CHECK_FALSE(test::runSql(path, QStringLiteral("UPDATE project SET logo = zeroblob(600000), logo_format = 'png'")));
}
