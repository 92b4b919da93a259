// The shipped guidance files: every chapter in both languages, well formed, same items.

#include "TestSupport.h"

#include "guidance/Guidance.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace rk;

TEST_CASE("Every guidance file loads in Dutch and English with the same items", "[guidance]")
{
    GuidanceLibrary nl;
    GuidanceLibrary en;
    QString error;
    REQUIRE(nl.loadFromDirectory(embeddedGuidanceDirectory(QStringLiteral("nl")), QStringLiteral("nl"), &error));
    INFO(error.toStdString());
    REQUIRE(en.loadFromDirectory(embeddedGuidanceDirectory(QStringLiteral("en")), QStringLiteral("en"), &error));
    CHECK(nl.matchesStructure(en, &error));
    CHECK(en.matchesStructure(nl, &error));
    for (const ChapterInfo &info : chapterInfos()) {
        const ChapterGuidance &chapter = nl.chapter(info.id);
        CHECK(chapter.questions.size() >= 4);
        CHECK(chapter.tips.size() >= 3);
        CHECK(chapter.examples.size() >= 2);
        CHECK_FALSE(chapter.checklists.isEmpty());
        // The two languages really differ (an untranslated copy would not).
        CHECK(chapter.purpose != en.chapter(info.id).purpose);
        CHECK(nl.toMarkdown(info.id).contains(chapter.tips.constFirst()));
    }
}

TEST_CASE("The quality compass and the coalition checklist sit where they belong", "[guidance]")
{
    const GuidanceLibrary &nl = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    REQUIRE(nl.isLoaded());
    auto keysOf = [&](ChapterId id) {
        QStringList keys;
        for (const Checklist &checklist : nl.chapter(id).checklists)
            keys.append(checklist.key);
        return keys;
    };
    CHECK(keysOf(ChapterId::Verkenning).contains(QStringLiteral("kompas")));
    CHECK(keysOf(ChapterId::PlanVanAanpak).contains(QStringLiteral("kompas")));
    CHECK(keysOf(ChapterId::Commitment).contains(QStringLiteral("kompas")));
    CHECK(keysOf(ChapterId::MonitorenEvalueren).contains(QStringLiteral("kompas")));
    const ChapterGuidance &monitoring = nl.chapter(ChapterId::MonitorenEvalueren);
    REQUIRE(monitoring.checklists.size() == 2);
    CHECK(monitoring.checklists.at(1).items.size() == 11); // the eleven process questions
    CHECK(monitoring.checklistItem(QStringLiteral("p06"))->text.contains(QLatin1String("keukentafelgesprek")));
}

TEST_CASE("The guidance explains loneliness and the figures, credits the coalition and links the national frame",
          "[guidance]")
{
    const GuidanceLibrary &nl = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    const GuidanceLibrary &en = GuidanceLibrary::forLanguage(QStringLiteral("en"));
    REQUIRE(nl.isLoaded());
    REQUIRE(en.isLoaded());
    const QString verkenning = nl.toMarkdown(ChapterId::Verkenning);
    for (const char *fact : {"De Jong Gierveld", "sociale eenzaamheid", "emotionele eenzaamheid", "vier jaar",
                             "schattingen met een marge", "veranderen langzaam", "mantelzorgers"})
        CHECK(verkenning.contains(QString::fromUtf8(fact)));
    CHECK(verkenning.contains(QStringLiteral("(https://www.eentegeneenzaamheid.nl)")));
    CHECK(verkenning.contains(QStringLiteral("(https://statline.rivm.nl)")));
    CHECK(nl.toMarkdown(ChapterId::OndersteunenActiveren).contains(QStringLiteral("(https://www.watwerktbij.nl/eenzaamheid)")));
    // The eleven process questions are credited where they appear.
    CHECK(nl.toMarkdown(ChapterId::MonitorenEvalueren).contains(QStringLiteral("Coalitie Erbij")));
    const QString signalling = nl.toMarkdown(ChapterId::SignalerenBespreken);
    for (const char *fact : {"praktijkondersteuner", "ouderenadviseur", "wijkteam", "toestemming", "AVG"})
        CHECK(signalling.contains(QString::fromUtf8(fact)));
    CHECK(nl.toMarkdown(ChapterId::OndersteunenActiveren).contains(QStringLiteral("coronatijd")));
    // The same sources in English, in English words.
    CHECK(en.toMarkdown(ChapterId::Verkenning).contains(QStringLiteral("De Jong Gierveld scale")));
    CHECK(en.toMarkdown(ChapterId::Verkenning).contains(QStringLiteral("(https://statline.rivm.nl)")));
}

TEST_CASE("Missing or malformed guidance is an error, not a blank page", "[guidance]")
{
    test::Workspace workspace;
    // Start from a full, valid copy of the Dutch files.
    const QDir source(embeddedGuidanceDirectory(QStringLiteral("nl")));
    for (const QString &name : source.entryList(QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), workspace.path(name)));
    GuidanceLibrary library;
    QString error;
    REQUIRE(library.loadFromDirectory(workspace.dir(), QStringLiteral("nl"), &error));

    auto breakFile = [&](const QString &name, const QByteArray &content) {
        QFile::remove(workspace.path(name));
        if (!content.isNull()) {
            QFile file(workspace.path(name));
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
    };
    SECTION("missing file")
    {
        breakFile(QStringLiteral("preventie.json"), QByteArray());
    }
    SECTION("not JSON")
    {
        breakFile(QStringLiteral("preventie.json"), QByteArrayLiteral("{ tips: "));
    }
    SECTION("wrong chapter inside")
    {
        QByteArray data = test::readAll(source.filePath(QStringLiteral("preventie.json")));
        data.replace("\"chapter\": \"preventie\"", "\"chapter\": \"verkenning\"");
        breakFile(QStringLiteral("preventie.json"), data);
    }
    SECTION("empty tip")
    {
        QByteArray data = test::readAll(source.filePath(QStringLiteral("commitment.json")));
        data.replace("\"tips\": [", "\"tips\": [\"\",");
        breakFile(QStringLiteral("commitment.json"), data);
    }
    SECTION("a link that is not a plain https address")
    {
        QByteArray data = test::readAll(source.filePath(QStringLiteral("verkenning.json")));
        REQUIRE(data.contains("https://statline.rivm.nl"));
        data.replace("https://statline.rivm.nl", "javascript:alert(1)");
        breakFile(QStringLiteral("verkenning.json"), data);
    }
    SECTION("repeated question key")
    {
        QByteArray data = test::readAll(source.filePath(QStringLiteral("commitment.json")));
        data.replace("\"key\": \"bijdragen\"", "\"key\": \"trekker\"");
        breakFile(QStringLiteral("commitment.json"), data);
    }
    GuidanceLibrary broken;
    CHECK_FALSE(broken.loadFromDirectory(workspace.dir(), QStringLiteral("nl"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(broken.isLoaded());
}
