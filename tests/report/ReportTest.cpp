// Reports checked with real tools: qpdf, pdffonts, pdftotext; the ODT's XML; share copies.

#include "TestSupport.h"

#include "core/ProjectDocument.h"
#include "core/ProjectOpener.h"
#include "core/share/ShareCopy.h"
#include "core/storage/Database.h"
#include "ui/report/ReportRenderer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/resource.h>

using namespace rk;
using test::openDemo;

namespace {
using test::Run;
using test::run;

// The text of a PDF as pdftotext reads it; with `layout`, line by line down each page.
// The text of a PDF, or of one page of it (`page` from 1).
QString pdfText(const QString &pdf, bool layout = false, int page = 0)
{
    QStringList arguments{pdf, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    if (page > 0)
        arguments = QStringList{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)} +
                    arguments;
    return run(QStringLiteral("pdftotext"), arguments).output;
}

// Writes the full report of `document` into `workspace` and returns the PDF's path.
QString exportFullReport(const ProjectDocument &document, const test::Workspace &workspace, bool personalData = false)
{
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    options.includePersonalData = personalData;
    const QString pdf = workspace.path(QStringLiteral("volledig.pdf"));
    QString error;
    REQUIRE(ReportRenderer::exportPdf(document, options, pdf, &error));
    return pdf;
}

int pageCount(const QString &pdf)
{
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}
} // namespace

TEST_CASE("The PDF reports of the demo project pass the PDF tools and hold the facts", "[report]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); // as the Dutch UI sets it
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

            const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
            INFO(check.output.toStdString());
            CHECK(check.exitCode == 0);

            // Every font embedded: the "emb" column says yes on every font line.
            const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
            const QStringList lines = fonts.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            REQUIRE(lines.size() > 2);
            for (int i = 2; i < lines.size(); ++i)
                CHECK(lines.at(i).contains(QLatin1String(" yes ")));

            const QString all = pdfText(pdf, true);
            CHECK(all.contains(QLatin1String("Gemeente Voorbeeldstad")));
            CHECK(all.contains(QLatin1String("pagina 2 van")));
            for (const Record &goal : document->records(TableId::Goal))
                CHECK(all.contains(goal.values.at(0).toString().left(30)));
            // Latest values in Dutch notation.
            CHECK(all.contains(QStringLiteral("12,1%")));
            CHECK(all.contains(QStringLiteral("43,1%")));
            // Values with their interval, and the verdict that the margins decide.
            CHECK(all.contains(QStringLiteral("12,1% (10,9–13,3)")));
            CHECK(all.contains(QLatin1String("aantoonbaar"))); // "Niet aantoonbaar veranderd", over lines of its cell
            CHECK(all.contains(QLatin1String("Op koers")));
            // Owners of activities by name, never by their key.
            CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
            CHECK(all.contains(QLatin1String("Humanitas")));
            const int pages = pageCount(pdf);
            if (kind == ReportOptions::Kind::Short) {
                CHECK(pages >= 2);
                CHECK(pages <= 6);
                // A voortgangsrapportage: page one says who sends it, when, about what, what it says
                // and what it asks; then results, money, next steps and what was learned.
                const QString first = pdfText(pdf, false, 1).simplified();
                for (const char *part :
                     {"Voortgangsrapportage aan de gemeenteraad", "Voortgang aanpak eenzaamheid 2026",
                      "Afzender: College van burgemeester en wethouders van Voorbeeldstad",
                      "Afdeling: Team Sociaal Domein", "Portefeuillehouder: Wethouder Zorg en Welzijn",
                      "Datum: donderdag 3 december 2026", "Peildatum:", "Kenmerk: RIS-2026-1187",
                      "Status: Concept", "Kernboodschap", "Het maatjesproject is gestart in Kanaalzone",
                      "Gevraagd aan de raad", "Ter kennisname"}) {
                    INFO(part);
                    CHECK(first.contains(QString::fromUtf8(part)));
                }
                const QString text = all.simplified();
                for (const char *part : {"Resultaten per doel", "Geld", "Gemeentelijk budget", "Rijksmiddelen",
                                         "Eigen bijdrage van", "€ 29.170", "Volgende stappen", "Klaar op",
                                         "Wat we leerden", "sociale kaart van Voorbeeldstad"}) {
                    INFO(part);
                    CHECK(text.contains(QString::fromUtf8(part)));
                }
                // The workbook's bookkeeping is for the full report, not for the council.
                CHECK_FALSE(text.contains(QLatin1String("Stand van zaken per hoofdstuk")));
                CHECK_FALSE(text.contains(QLatin1String("vragen zijn beantwoord")));
            } else {
                for (const ChapterInfo &info : chapterInfos())
                    CHECK(all.contains(chapterTitle(info.id)));
                CHECK(all.contains(QLatin1String("Ter vergelijking (2024)")));
                CHECK(all.contains(QLatin1String("Stand van zaken per hoofdstuk")));
                CHECK(all.contains(QLatin1String("De checklist door de jaren")));
                CHECK(all.contains(QLatin1String("Jaarplanning")));
                // A table too wide for the page comes in parts by columns, words kept whole.
                const QString plain = pdfText(pdf).simplified();
                CHECK(plain.contains(QLatin1String("Vervolg van de tabel hierboven")));
                CHECK(plain.contains(QLatin1String("Alleenwonende inwoners van 75 jaar en ouder")));
                CHECK(pages > 10);
                // One chart is shown with each indicator in turn: the legend of every chart with
                // margins names them, not only the first one's (its entries change per indicator).
                CHECK(pdfText(pdf).count(QStringLiteral("Marge (95%)")) == 2);
                CHECK(all.contains(QLatin1String("Wat werkt")));
            }
            // The same project gives the same number of pages again.
            REQUIRE(ReportRenderer::exportPdf(*document, options, pdf, &error));
            CHECK(pageCount(pdf) == pages);
        }
    }
}

TEST_CASE("The ODT report is a well-formed document with the texts and chart pictures", "[report]")
{
    test::Workspace workspace;
    auto document = openDemo();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    const QString odt = workspace.path(QStringLiteral("rapport.odt"));
    QString error;
    REQUIRE(ReportRenderer::exportOdt(*document, options, odt, &error));
    const Run content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(content.exitCode == 0);
    QXmlStreamReader xml(content.output);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    CHECK(content.output.contains(QLatin1String("Gemeente Voorbeeldstad")));
    CHECK(content.output.contains(QLatin1String("Ernstig eenzaam (18+)")));
    const Run list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    CHECK(list.output.contains(QLatin1String("Pictures/")));

    // A word processor's own document: headings with outline levels, a contents field, tables
    // with column widths and a header row repeated on each page, pictures with alternative text.
    const QString &xmlText = content.output;
    CHECK(xmlText.count(QLatin1String("text:outline-level=\"1\"")) >= 10);
    CHECK(xmlText.contains(QLatin1String("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">")));
    CHECK(xmlText.contains(QLatin1String("<text:table-of-content")));
    CHECK(xmlText.contains(QLatin1String("<table:table-header-rows>")));
    CHECK(xmlText.contains(QLatin1String("style:column-width=")));
    CHECK(xmlText.contains(QLatin1String("<svg:title>Grafiek van Ernstig eenzaam (18+): Niet aantoonbaar veranderd")));
    CHECK(xmlText.contains(QLatin1String("<text:list")));
    // The styles (a master page with header and page numbers), the title and language.
    const Run styles = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
    REQUIRE(styles.exitCode == 0);
    CHECK(styles.output.contains(QLatin1String("<style:master-page")));
    CHECK(styles.output.contains(QLatin1String("<text:page-number>")));
    CHECK(styles.output.contains(QLatin1String("<text:page-count>")));
    CHECK(styles.output.contains(QLatin1String("style:default-outline-level=\"1\"")));
    CHECK(styles.output.contains(QLatin1String("fo:language=\"nl\"")));
    const Run meta = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("meta.xml")});
    REQUIRE(meta.exitCode == 0);
    CHECK(meta.output.contains(QLatin1String("<dc:title>Werkboek Gemeente Voorbeeldstad - ")));
    CHECK(meta.output.contains(QLatin1String("<dc:language>nl-NL</dc:language>")));
    // The zip itself: mimetype first and stored, as ODF asks.
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(80);
    CHECK(head.mid(30, 8) == QByteArrayLiteral("mimetype"));
    CHECK(head.mid(38, 39) == QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
}

TEST_CASE("LibreOffice reads the short report's ODT with its headings and page numbers", "[report][odt]")
{
    // Only where LibreOffice is installed (it is no dependency of the project).
    const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        WARN("LibreOffice is not installed: the ODT is not opened in a word processor");
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = openDemo();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Short;
    const QString odt = workspace.path(QStringLiteral("raad.odt"));
    QString error;
    REQUIRE(ReportRenderer::exportOdt(*document, options, odt, &error));
    const QString profile = QUrl::fromLocalFile(workspace.path(QStringLiteral("lo-profile"))).toString();
    QProcess convert;
    convert.start(office, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                           workspace.dir(), odt});
    REQUIRE(convert.waitForFinished(180000));
    const QString pdf = workspace.path(QStringLiteral("raad.pdf"));
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf).simplified();
    for (const char *part : {"Voortgang aanpak eenzaamheid 2026", "Kernboodschap", "Gevraagd aan de raad",
                             "Resultaten per doel", "Geld", "Volgende stappen", "pagina 1 van"}) {
        INFO(part);
        CHECK(text.contains(QString::fromUtf8(part)));
    }
}

TEST_CASE("An empty project's report says there is nothing yet", "[report]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("leeg.routekaart")));
    const QString pdf = workspace.path(QStringLiteral("leeg.pdf"));
    QString error;
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    options.introduction = QStringLiteral("Inleiding met <b>geen html</b> en Ayşe 👋");
    REQUIRE(ReportRenderer::exportPdf(*document, options, pdf, &error));
    const QString all = pdfText(pdf);
    CHECK(all.contains(QLatin1String("Er zijn nog geen doelen vastgelegd.")));
    CHECK(all.contains(QLatin1String("Nog niets ingevuld.")));
    CHECK(all.contains(QLatin1String("<b>geen html</b>")));
}

TEST_CASE("Report exports that cannot be written leave nothing behind", "[report][fault]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("p.routekaart")));
    QString error;
    CHECK_FALSE(ReportRenderer::exportPdf(*document, {}, workspace.path(QStringLiteral("geen/map/r.pdf")), &error));
    CHECK(error.contains(QLatin1String("kon niet worden opgeslagen")));
    // The message names every likely cause, a full disk included, for both formats.
    CHECK(error.contains(QLatin1String("ruimte")));
    CHECK_FALSE(ReportRenderer::exportOdt(*document, {}, workspace.path(QStringLiteral("geen/map/r.odt")), &error));
    CHECK(error.contains(QLatin1String("kon niet worden opgeslagen")));
    CHECK(error.contains(QLatin1String("ruimte")));
    CHECK_FALSE(ReportRenderer::exportPdf(*document, {}, document->filePath(), &error));
    CHECK(error.contains(QLatin1String("project zelf")));
    CHECK_FALSE(ReportRenderer::exportOdt(*document, {}, document->filePath(), &error));
    // A cancelled export leaves no file.
    const QString pdf = workspace.path(QStringLiteral("afgebroken.pdf"));
    CHECK_FALSE(ReportRenderer::exportPdf(*document, {}, pdf, &error, [](int, int) { return false; }));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("A share copy is a clean single file that records it was made for sharing", "[share]")
{
    test::Workspace workspace;
    auto document = openDemo();
    const QString copy = workspace.path(share::copyFileName(*document, QDate(2026, 11, 23)));
    CHECK(QFileInfo(copy).fileName() ==
          QStringLiteral("Gemeente Voorbeeldstad - Samen tegen eenzaamheid - 2026-11-23.routekaart"));
    QString error;
    REQUIRE(share::writeShareCopy(*document, copy, false, &error));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));
    const Run sqlite = run(QStringLiteral("sqlite3"), {copy, QStringLiteral("SELECT value FROM project_meta WHERE "
                                                                            "key = 'personal_data_removed'")});
    CHECK(sqlite.output.trimmed() == QLatin1String("1"));
    OpenResult opened = ProjectOpener::open(copy);
    REQUIRE(opened.ok());
    CHECK(opened.document->records(TableId::Goal).size() == document->records(TableId::Goal).size());
    CHECK_FALSE(share::writeShareCopy(*document, document->filePath(), false, &error));

    // The mail draft: X-Unsent, subject, and the copy as attachment.
    const QByteArray eml = share::buildEmlDraft(QStringLiteral("a@b.nl"), share::defaultSubject(*document),
                                                share::defaultBody(*document, true), copy, &error);
    CHECK(eml.startsWith("X-Unsent: 1\r\n"));
    CHECK(eml.contains("To: a@b.nl"));
    CHECK(eml.contains("filename*=UTF-8''Gemeente%20Voorbeeldstad"));
}

TEST_CASE("A full disk during a PDF export removes the partial file and says so", "[report][fault]")
{
    test::Workspace workspace;
    auto document = openDemo();
    const QString pdf = workspace.path(QStringLiteral("vol.pdf"));
    QString error;
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    rlimit old{};
    std::signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit limit{16 * 1024, old.rlim_max};
    setrlimit(RLIMIT_FSIZE, &limit);
    const bool ok = ReportRenderer::exportPdf(*document, options, pdf, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    CHECK_FALSE(ok);
    CHECK(error.contains(QLatin1String("geen half bestand")));
    CHECK(QDir(workspace.dir()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("vol")).isEmpty());
}

TEST_CASE("A long table runs over pages with its header on each, losing no row", "[report]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    auto document = std::move(opened.document);
    QList<Record> activities;
    for (int i = 1; i <= 150; ++i) {
        Record activity = emptyRecord(TableId::Activity);
        activity.values[0] = QStringLiteral("Proef-%1").arg(i);
        activity.values[4] = QStringLiteral("2025-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        activity.values[5] = QStringLiteral("2026-12-31");
        activity.values[7] = 1000.0 + i;
        activity.values[8] = QStringLiteral("Ouderen in de wijk");
        activities.append(activity);
    }
    INFO(document->lastError().toStdString());
    REQUIRE(document->appendRecords(TableId::Activity, &activities));
    const QString pdf = exportFullReport(*document, workspace);
    CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);

    const QString text = pdfText(pdf);
    // In page order of lines (the reading order of plain pdftotext may take a column first).
    const QStringList pages = pdfText(pdf, true).split(QLatin1Char('\f'));
    // Every row is there, once in each of the table's two parts (its ten columns are split in
    // two, the title column in both).
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    for (int i = 1; i <= 150; ++i) {
        INFO("row " << i);
        CHECK(flat.count(QStringLiteral("Proef-%1 ").arg(i)) == 2);
    }
    // Each page that holds rows of the table starts them under the header.
    int pagesWithRows = 0;
    for (const QString &page : pages) {
        if (!page.contains(QLatin1String("Proef-")))
            continue;
        ++pagesWithRows;
        CHECK(page.contains(QLatin1String("Activiteit")));
        CHECK(page.indexOf(QLatin1String("Budget")) < page.indexOf(QLatin1String("Proef-")));
    }
    CHECK(pagesWithRows >= 3);
    // Short values keep their line: dates and amounts are not broken up.
    CHECK(flat.contains(QStringLiteral("31-12-2026")));
    CHECK(flat.contains(QStringLiteral("€ 1.150 ")));       // whole euros in one form: without cents
    CHECK_FALSE(flat.contains(QStringLiteral("1.150,00")));
}

TEST_CASE("The full report leaves out table columns that are empty in every row", "[report]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("leeg.routekaart")));
    QList<Record> organisations;
    for (const QString &name : {QStringLiteral("Bibliotheek Noord"), QStringLiteral("Buurthuis De Linde")}) {
        Record organisation = emptyRecord(TableId::Organisation);
        organisation.values[0] = name;
        organisations.append(organisation);
    }
    INFO(document->lastError().toStdString());
    REQUIRE(document->appendRecords(TableId::Organisation, &organisations));
    const QString text = pdfText(exportFullReport(*document, workspace));
    CHECK(text.contains(QLatin1String("Bibliotheek Noord")));
    CHECK(text.contains(QLatin1String("Buurthuis De Linde")));
    // Nobody filled in contact persons or telephone numbers: no such columns.
    CHECK_FALSE(text.contains(QLatin1String("Contactpersoon")));
    CHECK_FALSE(text.contains(QLatin1String("Telefoon")));
}

TEST_CASE("Wide report tables keep long words whole where a smaller size allows it", "[report]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = openDemo();
    const QString text = pdfText(exportFullReport(*document, workspace));
    // The nine-column table of activities names the chapter of each: a word broken in its
    // narrow column would leave a start of the word without its end.
    for (const auto &[start, word] : {std::pair<const char *, const char *>{"Bewustwordi", "Bewustwordingscampagne"},
                                      {"Ondersteune", "Ondersteunen"}}) {
        INFO(word);
        CHECK(text.count(QLatin1String(start)) == text.count(QLatin1String(word)));
        CHECK(text.count(QLatin1String(word)) >= 2);
    }
}

TEST_CASE("Reports leave contact persons out unless asked", "[report][privacy]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = openDemo();
    QString text = pdfText(exportFullReport(*document, workspace)).simplified();
    CHECK(text.contains(QLatin1String("Humanitas Voorbeeldstad")));
    CHECK(text.contains(QLatin1String("persoonsgegevens")));
    // Names, e-mail addresses and telephone numbers of contact persons (a function such as
    // "Huisarts" is also an ordinary word in the guidance, so it is not looked for).
    const TableSpec &spec = tableSpec(TableId::Organisation);
    int looked = 0;
    for (const Record &organisation : document->records(TableId::Organisation)) {
        for (int f = 0; f < int(spec.fields.size()); ++f) {
            const FieldSpec &field = spec.fields.at(std::size_t(f));
            const QString value = organisation.values.value(f).toString();
            if (!field.personal || QLatin1String(field.column) == QLatin1String("contact_function") || value.isEmpty())
                continue;
            INFO(value.toStdString());
            CHECK_FALSE(text.contains(value));
            ++looked;
        }
    }
    CHECK(looked > 20);
    // Asked for, they are there.
    const QString withContacts = exportFullReport(*document, workspace, true);
    text = pdfText(withContacts).simplified();
    CHECK(text.contains(QLatin1String("Marieke de Vries")));
    // A report with personal data is readable by its owner only, in both formats.
    const auto othersMayRead = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    CHECK((QFileInfo(withContacts).permissions() & othersMayRead) == 0);
    ReportOptions options;
    options.includePersonalData = true;
    const QString odt = workspace.path(QStringLiteral("met-contactpersonen.odt"));
    QString error;
    REQUIRE(ReportRenderer::exportOdt(*document, options, odt, &error));
    CHECK((QFileInfo(odt).permissions() & othersMayRead) == 0);
}

TEST_CASE("Links in notes stay links in reports only for web and mail addresses", "[report][links]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("links.routekaart")));
    // A note from someone else's file: links that would run script or open local files
    // next to ones that are fine, in the forms Markdown has for a link.
    const QString notes = QStringLiteral("Zie [klik](javascript:alert(1)) en [wachtwoorden](file:///etc/passwd).\n\n"
                                         "Ook <file:///etc/shadow> en [op **vet**](JavaScript:void(0)).\n\n"
                                         "De [handreiking](https://www.example.org/handreiking) en "
                                         "[mail ons](mailto:info@example.org).");
    INFO(document->lastError().toStdString());
    REQUIRE(document->writeChapterNotes(ChapterId::Verkenning, notes));
    ReportOptions options;
    options.kind = ReportOptions::Kind::Full;
    QString error;

    SECTION("ODT")
    {
        const QString odt = workspace.path(QStringLiteral("links.odt"));
        REQUIRE(ReportRenderer::exportOdt(*document, options, odt, &error));
        const Run content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        REQUIRE(content.exitCode == 0);
        QStringList hrefs;
        QXmlStreamReader xml(content.output);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                const QString href = xml.attributes().value(QLatin1String("xlink:href")).toString();
                if (!href.isEmpty() && !href.startsWith(QLatin1String("Pictures/")))
                    hrefs.append(href);
            }
        }
        REQUIRE_FALSE(xml.hasError());
        INFO(hrefs.join(QLatin1Char(' ')).toStdString());
        CHECK(hrefs.contains(QLatin1String("https://www.example.org/handreiking")));
        CHECK(hrefs.contains(QLatin1String("mailto:info@example.org")));
        for (const QString &href : std::as_const(hrefs)) {
            CHECK_FALSE(href.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
            CHECK_FALSE(href.startsWith(QLatin1String("file:"), Qt::CaseInsensitive));
        }
        // The text of a dropped link stays.
        CHECK(content.output.contains(QLatin1String("klik")));
        CHECK(content.output.contains(QLatin1String("wachtwoorden")));
    }

    SECTION("PDF")
    {
        const QString pdf = exportFullReport(*document, workspace);
        const QString qdf = workspace.path(QStringLiteral("links-qdf.pdf"));
        REQUIRE(
            run(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf})
                .exitCode == 0);
        const QString raw = QString::fromLatin1(test::readAll(qdf));
        QStringList uris;
        const QRegularExpression uri(QStringLiteral("/URI\\s*\\(([^)]*)\\)"));
        for (auto it = uri.globalMatch(raw); it.hasNext();)
            uris.append(it.next().captured(1));
        INFO(uris.join(QLatin1Char(' ')).toStdString());
        CHECK(uris.contains(QLatin1String("https://www.example.org/handreiking")));
        CHECK(uris.contains(QLatin1String("mailto:info@example.org")));
        // No link leads to script or to a local file, and nothing in the file runs anything.
        // (The address a note wrote stays as its text: "Ook file:///etc/shadow".)
        for (const QString &u : std::as_const(uris)) {
            CHECK_FALSE(u.startsWith(QLatin1String("file:"), Qt::CaseInsensitive));
            CHECK_FALSE(u.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive));
        }
        CHECK_FALSE(raw.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
        for (const char *action : {"/Launch", "/JavaScript", "/JS ", "/GoToR", "/SubmitForm"})
            CHECK_FALSE(raw.contains(QLatin1String(action)));
        const QString text = pdfText(pdf).simplified();
        CHECK(text.contains(QLatin1String("Zie klik en wachtwoorden.")));
    }
}

TEST_CASE("A report as of a reference date leaves out later figures and lists what was overdue then", "[report]")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    test::Workspace workspace;
    OpenResult opened = ProjectOpener::open(test::copyDemo(workspace));
    REQUIRE(opened.ok());
    ReportOptions options;
    options.kind = ReportOptions::Kind::Short;
    QString error;

    // Before the 2024 round: the latest figure is that of 2022, and nothing of 2024 shows.
    options.referenceDate = QDate(2024, 1, 1);
    const QString before = workspace.path(QStringLiteral("begin-2024.pdf"));
    REQUIRE(ReportRenderer::exportPdf(*opened.document, options, before, &error));
    const QString early = pdfText(before);
    CHECK(early.contains(QLatin1String("Peildatum: ")));
    CHECK(early.contains(QLatin1String("1 januari 2024")));
    CHECK(early.contains(QStringLiteral("13,0% (11,8–14,2)")));
    CHECK_FALSE(early.contains(QStringLiteral("12,1%")));
    // The council report of December 2026 is not yet written on that day: page one holds the
    // draft made from the figures of then.
    CHECK_FALSE(early.contains(QLatin1String("RIS-2026-1187")));
    CHECK(early.contains(QLatin1String("(Concept, opgesteld uit de cijfers van het werkboek.)")));
    // Money and counts of after the peildatum are not in it either.
    CHECK_FALSE(early.contains(QLatin1String("Gemeentelijk budget")));
    CHECK(early.contains(QLatin1String("Meldingen bij het meldpunt tot de peildatum")));
    options.kind = ReportOptions::Kind::Full;
    REQUIRE(ReportRenderer::exportPdf(*opened.document, options, before, &error));
    const QString earlyFull = pdfText(before);
    CHECK_FALSE(earlyFull.contains(QLatin1String("Ter vergelijking (2024)")));
    CHECK(earlyFull.contains(QLatin1String("Ter vergelijking (2022)")));
    options.kind = ReportOptions::Kind::Short;

    // Later: the talks with residents of 45-65, ending in June 2026 and still planned, are late.
    options.referenceDate = QDate(2026, 7, 1);
    const QString later = workspace.path(QStringLiteral("juli-2026.pdf"));
    REQUIRE(ReportRenderer::exportPdf(*opened.document, options, later, &error));
    const QString text = pdfText(later).simplified();
    CHECK(text.contains(QLatin1String("Gesprekken met inwoners van 45-65 jaar")));
    CHECK(text.contains(QLatin1String("30-06-2026 (te laat)")));
    CHECK(text.contains(QLatin1String("klaar hadden moeten zijn en nog niet zijn afgerond: 1")));
    CHECK_FALSE(text.contains(QLatin1String("31-12-2026 (te laat)"))); // the buddy project runs until the end of 2026
    CHECK(text.contains(QLatin1String("12,1%")));
}
