// The PDF reports as a screen reader and a publication check meet them: the structure tree
// (pdfinfo -struct-text), the catalogue, bookmarks, links and metadata (qpdf), the text layer.
#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/commands/Edits.h"
#include "ui/report/Hyphenator.h"
#include "ui/report/ReportRenderer.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace rk;
using test::openDemo;
using test::run;

namespace {
// qpdf's JSON of a PDF: its header and every object by "N 0 R"-style key.
struct PdfJson
{
    QJsonObject header;
    QJsonObject objects;
    QJsonArray outlines;
};

PdfJson readJson(const QString &pdf)
{
    const test::Run json = run(QStringLiteral("qpdf"), {QStringLiteral("--json"), pdf});
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.output.toUtf8()).object();
    const QJsonArray qpdf = root.value(QLatin1String("qpdf")).toArray();
    REQUIRE(qpdf.size() == 2);
    return {qpdf.at(0).toObject(), qpdf.at(1).toObject(), root.value(QLatin1String("outlines")).toArray()};
}

// The values of the objects whose dictionary has `key` set to `value`.
QList<QJsonObject> objectsWith(const PdfJson &json, const QString &key, const QString &value)
{
    QList<QJsonObject> found;
    for (auto it = json.objects.begin(); it != json.objects.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        const QJsonObject dictionary =
            object.contains(QLatin1String("value"))
                ? object.value(QLatin1String("value")).toObject()
                : object.value(QLatin1String("stream")).toObject().value(QLatin1String("dict")).toObject();
        if (dictionary.value(key).toString() == value)
            found.append(dictionary);
    }
    return found;
}

void collectTitles(const QJsonArray &outlines, QStringList *titles)
{
    for (const QJsonValue &entry : outlines) {
        titles->append(entry.toObject().value(QLatin1String("title")).toString());
        collectTitles(entry.toObject().value(QLatin1String("kids")).toArray(), titles);
    }
}

// The PDF with its streams unpacked (qpdf's QDF form), as bytes to search.
QByteArray unpacked(const QString &pdf, const test::Workspace &workspace)
{
    const QString qdf = workspace.path(QStringLiteral("unpacked.pdf"));
    REQUIRE(run(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf})
                .exitCode == 0);
    return test::readAll(qdf);
}

bool hasLigature(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xfb00 && c.unicode() <= 0xfb06)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("The PDF reports are tagged: structure, language, bookmarks, links and alternative text",
          "[report][accessibility]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = openDemo();
    for (const auto kind : {ReportOptions::Kind::Short, ReportOptions::Kind::Full}) {
        DYNAMIC_SECTION((kind == ReportOptions::Kind::Short ? "short" : "full"))
        {
            ReportOptions options;
            options.kind = kind;
            const QString pdf = workspace.path(QStringLiteral("rapport.pdf"));
            QString error;
            REQUIRE(ReportRenderer::exportPdf(*document, options, pdf, &error));
            CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);

            // The structure tree, in reading order.
            const test::Run structure = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf});
            REQUIRE(structure.exitCode == 0);
            const QString tree = structure.output;
            INFO(tree.left(3000).toStdString());
            REQUIRE(tree.startsWith(QLatin1String("Document")));
            for (const char *element : {"H1 (block)", "H2 (block)", "P (block)", "L (block)", "LI (block)",
                                        "Table (block)", "TR", "TH", "TD", "Figure"}) {
                INFO(element);
                CHECK(tree.contains(QLatin1String(element)));
            }
            // A heading is read before what it heads; a chart after its goal's heading.
            const qsizetype results =
                tree.indexOf(kind == ReportOptions::Kind::Short ? QLatin1String("\"Resultaten per doel\"")
                                                                : QLatin1String("\"Doelen en indicatoren\""));
            REQUIRE(results > 0);
            CHECK(tree.indexOf(QLatin1String("Figure")) > results);
            // The running header and the page numbers are artifacts: in the text, not in the tree.
            const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).output;
            CHECK(text.contains(QLatin1String("pagina 2 van")));
            CHECK_FALSE(tree.contains(QLatin1String("pagina 2 van")));
            CHECK_FALSE(tree.contains(QLatin1String("Gemeente Voorbeeldstad - Samen tegen eenzaamheid")));
            // Real letters in the text layer and the tree, never a ligature such as "ﬁ".
            if (kind == ReportOptions::Kind::Short)
                CHECK(text.contains(QLatin1String("grafieken")));
            CHECK_FALSE(hasLigature(text));
            CHECK_FALSE(hasLigature(tree));
            // Lines of a paragraph are read with a space between them, not glued together.
            CHECK(tree.contains(kind == ReportOptions::Kind::Short
                                    ? QStringLiteral("een duidelijke daling")
                                    : QStringLiteral("Het aandeel volwassenen dat zich ernstig eenzaam voelt")));

            const PdfJson json = readJson(pdf);
            CHECK(json.header.value(QLatin1String("pdfversion")).toString() == QLatin1String("1.7"));
            const QList<QJsonObject> catalogs = objectsWith(json, QStringLiteral("/Type"), QStringLiteral("/Catalog"));
            REQUIRE(catalogs.size() == 1);
            const QJsonObject catalog = catalogs.first();
            CHECK(catalog.value(QLatin1String("/Lang")).toString() == QLatin1String("u:nl-NL"));
            CHECK(catalog.value(QLatin1String("/MarkInfo")).toObject().value(QLatin1String("/Marked")).toBool());
            CHECK(catalog.value(QLatin1String("/ViewerPreferences"))
                      .toObject()
                      .value(QLatin1String("/DisplayDocTitle"))
                      .toBool());
            CHECK(catalog.contains(QLatin1String("/StructTreeRoot")));
            CHECK(catalog.contains(QLatin1String("/Metadata")));

            // Every chart says what it shows and its verdict; every header cell what it heads.
            const QList<QJsonObject> figures = objectsWith(json, QStringLiteral("/S"), QStringLiteral("/Figure"));
            REQUIRE_FALSE(figures.isEmpty());
            CHECK(std::any_of(figures.begin(), figures.end(), [](const QJsonObject &figure) {
                const QString alt = figure.value(QLatin1String("/Alt")).toString();
                return alt.contains(QLatin1String("Laatste meting: 12,1%")) &&
                       alt.contains(QLatin1String("doel 11,0%"));
            }));
            for (const QJsonObject &figure : figures) {
                const QString alt = figure.value(QLatin1String("/Alt")).toString();
                INFO(alt.toStdString());
                CHECK(alt.startsWith(QLatin1String("u:Grafiek van ")));
                CHECK(alt.contains(QLatin1String("nulmeting")));
            }
            const QList<QJsonObject> headers = objectsWith(json, QStringLiteral("/S"), QStringLiteral("/TH"));
            REQUIRE_FALSE(headers.isEmpty());
            for (const QJsonObject &header : headers)
                CHECK(header.value(QLatin1String("/A")).toObject().value(QLatin1String("/Scope")).toString() ==
                      QLatin1String("/Column"));
            // Nothing of the artifacts' markers is left in the tree.
            CHECK(objectsWith(json, QStringLiteral("/S"), QStringLiteral("/Private")).isEmpty());

            // A bookmark per heading.
            QStringList titles;
            collectTitles(json.outlines, &titles);
            INFO(titles.join(QLatin1String(" | ")).toStdString());
            CHECK(titles.contains(QLatin1String("Resultaten per doel")) == (kind == ReportOptions::Kind::Short));
            if (kind == ReportOptions::Kind::Full) {
                CHECK(titles.contains(QLatin1String("Stand van zaken per hoofdstuk")));
                CHECK(titles.contains(QLatin1String("1. Verkenning")));
                CHECK(titles.contains(QLatin1String("9. Ondersteunen en activeren")));
                // The contents link to their headings, and every link says where it leads.
                CHECK(tree.contains(QLatin1String("TOC")));
                CHECK(tree.contains(QLatin1String("TOCI")));
                const QList<QJsonObject> links = objectsWith(json, QStringLiteral("/Subtype"), QStringLiteral("/Link"));
                CHECK(links.size() >= 11);
                for (const QJsonObject &link : links)
                    CHECK(link.value(QLatin1String("/Contents")).toString().startsWith(QLatin1String("u:Naar ")));
            }
            // The XMP metadata names PDF/UA and the title shown in the viewer's title bar.
            const QByteArray raw = unpacked(pdf, workspace);
            CHECK(raw.contains("<pdfuaid:part>1</pdfuaid:part>"));
            CHECK(raw.contains(kind == ReportOptions::Kind::Short ? "Voortgangsrapportage Gemeente Voorbeeldstad"
                                                                  : "Werkboek Gemeente Voorbeeldstad"));
            const QString info = run(QStringLiteral("pdfinfo"), {pdf}).output;
            CHECK(info.contains(QLatin1String("Author:          Gemeente Voorbeeldstad")));
            CHECK(info.contains(QLatin1String("Tagged:          yes")));
        }
    }
}

TEST_CASE("The English report names its language as en-GB", "[report][accessibility]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::Workspace workspace;
    auto document = openDemo();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Short;
    const QString pdf = workspace.path(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(ReportRenderer::exportPdf(*document, options, pdf, &error));
    const PdfJson json = readJson(pdf);
    const QList<QJsonObject> catalogs = objectsWith(json, QStringLiteral("/Type"), QStringLiteral("/Catalog"));
    REQUIRE(catalogs.size() == 1);
    CHECK(catalogs.first().value(QLatin1String("/Lang")).toString() == QLatin1String("u:en-GB"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

TEST_CASE("Words too wide for their column break at a syllable, and are read whole", "[report][hyphenation]")
{
    const Hyphenator &dutch = Hyphenator::forLanguage(QStringLiteral("nl-NL"));
    REQUIRE(dutch.isAvailable()); // hyphen-nl is installed by .ci/setup and a dependency of the package
    const QChar shy(0x00ad);
    CHECK(dutch.hyphenate(QStringLiteral("gebeurtenissen")) == QStringLiteral("ge%1beur%1te%1nis%1sen").arg(shy));
    CHECK(dutch.hyphenate(QStringLiteral("Levensbeschouwing")).remove(shy) == QLatin1String("Levensbeschouwing"));
    CHECK(dutch.hyphenate(QStringLiteral("Levensbeschouwing")).contains(shy));
    CHECK(dutch.hyphenate(QStringLiteral("(Zonnebloem),")) == QStringLiteral("(Zon%1ne%1bloem),").arg(shy));
    // Short words, numbers, addresses and words with a hyphen of their own stay as they are.
    for (const char *whole : {"kort", "2026-12-06", "info@example.org", "Wmo-cliënten"})
        CHECK(dutch.hyphenate(QString::fromUtf8(whole)) == QString::fromUtf8(whole));
    CHECK(Hyphenator::forLanguage(QStringLiteral("en-GB")).hyphenate(QStringLiteral("neighbourhood")).contains(shy));
    // Without patterns for a language, nothing is broken.
    const Hyphenator &none = Hyphenator::forLanguage(QStringLiteral("xx-XX"));
    CHECK_FALSE(none.isAvailable());
    CHECK(none.hyphenate(QStringLiteral("gebeurtenissen")) == QLatin1String("gebeurtenissen"));

    // In the report: the organisations' table has "Levensbeschouwing" in a narrow column.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = openDemo();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    const QString pdf = workspace.path(QStringLiteral("rapport.pdf"));
    QString error;
    REQUIRE(ReportRenderer::exportPdf(*document, options, pdf, &error));
    const QString page = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).output;
    CHECK(page.contains(QRegularExpression(QStringLiteral("\\bvensbe\\s"))));
    const QString tree = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).output;
    CHECK(tree.contains(QLatin1String("\"Levensbeschouwing\"")));
    CHECK_FALSE(tree.contains(QLatin1String("Levensbe-")));
}

TEST_CASE("The house style shows in the PDF, the ODT and the preview's document", "[report][housestyle]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    ProjectDocument &document = *opened.document;
    ProjectInfo info = document.project();
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0x00, 0x66, 0x33));
    QBuffer buffer(&info.style.logo);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(logo.save(&buffer, "PNG"));
    info.style.logoFormat = QStringLiteral("png");
    info.style.colour = QStringLiteral("#006633");
    const bool serif = QFontDatabase::hasFamily(QStringLiteral("DejaVu Serif"));
    if (serif)
        info.style.font = QStringLiteral("DejaVu Serif");
    info.style.department = QStringLiteral("Team Welzijn");
    REQUIRE(edit::setProjectInfo(document, info));

    for (const auto kind : {ReportOptions::Kind::Short, ReportOptions::Kind::Full}) {
        ReportOptions options;
        options.kind = kind;
        const QString pdf = workspace.path(QStringLiteral("stijl.pdf"));
        QString error;
        REQUIRE(ReportRenderer::exportPdf(document, options, pdf, &error));
        // The logo is a figure that says whose it is, before anything else on page one.
        const QString tree = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf}).output;
        const PdfJson json = readJson(pdf);
        const QList<QJsonObject> figures = objectsWith(json, QStringLiteral("/S"), QStringLiteral("/Figure"));
        CHECK(std::any_of(figures.begin(), figures.end(), [](const QJsonObject &figure) {
            return figure.value(QLatin1String("/Alt")).toString() == QLatin1String("u:Logo van Gemeente Voorbeeldstad");
        }));
        CHECK(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-f"), QStringLiteral("1"),
                                                QStringLiteral("-l"), QStringLiteral("1"), pdf})
                  .output.contains(QLatin1String("image")));
        // Headings in the house colour (0, 0.4, 0.2), text in the house font, embedded.
        CHECK(unpacked(pdf, workspace).contains("0 0.4 0.2 rg"));
        if (serif) {
            const QString fonts = run(QStringLiteral("pdffonts"), {pdf}).output;
            CHECK(fonts.contains(QLatin1String("DejaVuSerif"))); // (the charts keep the screen's font)
        }
        // The department on page one: the council report's own where it names one, else the house style's.
        const QString first =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, QStringLiteral("-")})
                .output;
        INFO(first.toStdString());
        CHECK(first.contains(kind == ReportOptions::Kind::Short ? QLatin1String("Team Sociaal Domein")
                                                                : QLatin1String("Team Welzijn")));
    }
    // A colour too light to read (from a file made elsewhere) gives the default black headings.
    {
        ProjectInfo light = document.project();
        light.style.colour = QStringLiteral("#ffee88");
        REQUIRE(edit::setProjectInfo(document, light));
        ReportOptions shortReport;
        const QString pdf = workspace.path(QStringLiteral("licht.pdf"));
        QString error;
        REQUIRE(ReportRenderer::exportPdf(document, shortReport, pdf, &error));
        const QString raw = QString::fromLatin1(unpacked(pdf, workspace));
        CHECK_FALSE(raw.contains(QRegularExpression(QStringLiteral("\\b1 0\\.93\\d* 0\\.53\\d* rg"))));
        CHECK(raw.contains(QLatin1String("0 0 0 rg")));
        REQUIRE(edit::setProjectInfo(document, info));
    }
    // The ODT: headings in the colour, the font named, the logo a picture with its title.
    ReportOptions options;
    const QString odt = workspace.path(QStringLiteral("stijl.odt"));
    QString error;
    REQUIRE(ReportRenderer::exportOdt(document, options, odt, &error));
    const QString styles =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")}).output;
    CHECK(styles.contains(QLatin1String("fo:color=\"#006633\"")));
    if (serif)
        CHECK(styles.contains(QLatin1String("'DejaVu Serif'")));
    const QString content =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}).output;
    CHECK(content.contains(QLatin1String("Logo van Gemeente Voorbeeldstad")));
}
