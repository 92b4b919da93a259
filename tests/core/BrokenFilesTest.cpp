// Every file in tests/data/broken/ and every damaged variant made here must get its
// expected verdict: refused with a clear message, or opened read-only. Never a crash.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "storage/ProjectStore.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

using namespace rk;

namespace {

const QMap<QString, FileProblem> kProblems = {
    {QStringLiteral("Ok"), FileProblem::None},
    {QStringLiteral("NotSqlite"), FileProblem::NotSqlite},
    {QStringLiteral("Empty"), FileProblem::Empty},
    {QStringLiteral("Truncated"), FileProblem::Truncated},
    {QStringLiteral("OtherApplication"), FileProblem::OtherApplication},
    {QStringLiteral("Corrupt"), FileProblem::Corrupt},
    {QStringLiteral("UnexpectedSchema"), FileProblem::UnexpectedSchema},
    {QStringLiteral("IncompatibleNewer"), FileProblem::IncompatibleNewer},
    {QStringLiteral("TooOld"), FileProblem::TooOld},
    {QStringLiteral("InvalidContent"), FileProblem::InvalidContent},
};

QString expectationOf(const QString &sqlPath, bool *emptyBase)
{
    const QString text = QString::fromUtf8(test::readAll(sqlPath));
    *emptyBase = text.contains(QLatin1String("-- base: empty"));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("-- expect: (\\w+)")).match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

void checkRefused(const QString &path, FileProblem expected)
{
    const QByteArray before = test::readAll(path);
    // routekaart --verify refuses it too, quickly.
    QElapsedTimer clock;
    clock.start();
    const VerifyOutcome verify = verifyProjectFile(path);
    CHECK(clock.elapsed() < 2000);
    CHECK(verify.exitCode == 2);
    CHECK(verify.line.startsWith(QLatin1String("GEWEIGERD")));
    clock.restart();
    const OpenResult result = ProjectOpener::open(path);
    CHECK(clock.elapsed() < 2000);
    INFO("file " << path.toStdString() << ": " << result.message.toStdString() << " / " << result.detail.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(result.problem == expected);
    CHECK_FALSE(result.message.isEmpty());
    CHECK(result.message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    INFO(result.message.toStdString());
    // Refusing a file never changes it.
    CHECK(test::readAll(path) == before);
}

void corruptBytes(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    QByteArray garbage(int(length), '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) & 0xff);
    file.write(garbage);
}

} // namespace

TEST_CASE("The corpus of broken and hostile files gets the expected verdict", "[broken]")
{
    const QDir corpus(test::dataPath(QStringLiteral("broken")));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 15);
    for (const QString &name : files) {
        test::Workspace workspace;
        DYNAMIC_SECTION(name.toStdString())
        {
            if (name.endsWith(QLatin1String(".routekaart"))) {
                const QString path = workspace.path(name);
                REQUIRE(QFile::copy(corpus.filePath(name), path));
                checkRefused(path,
                             name.startsWith(QLatin1String("empty")) ? FileProblem::Empty : FileProblem::NotSqlite);
                continue;
            }
            bool emptyBase = false;
            const QString expectation = expectationOf(corpus.filePath(name), &emptyBase);
            REQUIRE_FALSE(expectation.isEmpty());
            const QString path = workspace.path(QStringLiteral("case.routekaart"));
            if (!emptyBase)
                test::createProject(path).reset();
            REQUIRE(test::runSql(path, QString::fromUtf8(test::readAll(corpus.filePath(name)))));
            if (expectation.startsWith(QLatin1String("ReadOnly"))) {
                const OpenResult result = ProjectOpener::open(path);
                REQUIRE(result.ok());
                CHECK(result.document->isReadOnly());
                CHECK(result.document->readOnlyReason() == ReadOnlyReason::NewerVersion);
                CHECK_FALSE(result.document->readOnlyMessage().isEmpty());
            } else if (expectation == QLatin1String("Ok")) {
                const OpenResult result = ProjectOpener::open(path);
                INFO(result.message.toStdString() << result.detail.toStdString());
                REQUIRE(result.ok());
                CHECK_FALSE(result.document->isReadOnly());
                // Rollback journal again: header bytes 18 and 19 are 1 (legacy), not 2 (WAL).
                result.document.get()->store().database().exec(QStringLiteral("SELECT 1"));
                const QByteArray header = test::readAll(path).left(20);
                CHECK(int(header.at(18)) == 1);
                CHECK(int(header.at(19)) == 1);
            } else {
                REQUIRE(kProblems.contains(expectation));
                checkRefused(path, kProblems.value(expectation));
            }
        }
    }
}

TEST_CASE("Damaged bytes are refused, not crashed on", "[broken]")
{
    test::Workspace workspace;
    const QString good = workspace.path(QStringLiteral("good.routekaart"));
    test::createProject(good).reset();
    const qint64 size = QFileInfo(good).size();
    REQUIRE(size >= 4096 * 3);

    SECTION("cut in half")
    {
        const QString path = workspace.path(QStringLiteral("half.routekaart"));
        QFile::copy(good, path);
        QFile::resize(path, size / 2 + 100);
        checkRefused(path, FileProblem::Truncated);
    }
    SECTION("only the first bytes of the header")
    {
        const QString path = workspace.path(QStringLiteral("header.routekaart"));
        QFile::copy(good, path);
        QFile::resize(path, 50);
        checkRefused(path, FileProblem::Truncated);
    }
    SECTION("cut at a page boundary")
    {
        const QString path = workspace.path(QStringLiteral("pages.routekaart"));
        QFile::copy(good, path);
        QFile::resize(path, 4096 * 2);
        checkRefused(path, FileProblem::Truncated);
    }
    SECTION("a garbled page inside")
    {
        const QString path = workspace.path(QStringLiteral("page.routekaart"));
        QFile::copy(good, path);
        corruptBytes(path, 4096, 4096 * 3);
        const OpenResult result = ProjectOpener::open(path);
        CHECK_FALSE(result.ok());
        CHECK((result.problem == FileProblem::Corrupt || result.problem == FileProblem::InvalidContent));
        CHECK_FALSE(result.message.isEmpty());
    }
    SECTION("a garbled schema page")
    {
        const QString path = workspace.path(QStringLiteral("schema.routekaart"));
        QFile::copy(good, path);
        corruptBytes(path, 100, 3000);
        checkRefused(path, FileProblem::Corrupt);
    }
    SECTION("a huge page count in the header")
    {
        const QString path = workspace.path(QStringLiteral("count.routekaart"));
        QFile::copy(good, path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray header = file.read(100);
        qToBigEndian<quint32>(0x7fffffff, header.data() + 28);
        std::copy(header.constData() + 24, header.constData() + 28, header.data() + 92); // mark it valid
        file.seek(0);
        file.write(header);
        file.close();
        checkRefused(path, FileProblem::Truncated);
    }
    SECTION("a journal of something else left beside the file")
    {
        const QString path = workspace.path(QStringLiteral("journal.routekaart"));
        QFile::copy(good, path);
        QFile journal(path + QStringLiteral("-journal"));
        REQUIRE(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(4096, 'j'));
        journal.close();
        const OpenResult result = ProjectOpener::open(path);
        INFO(result.message.toStdString());
        // A journal without a valid header is no hot journal: the project opens as it was.
        REQUIRE(result.ok());
        CHECK(result.document->project().gemeente == QLatin1String("Gemeente Testdorp"));
    }
    SECTION("a garbled page size")
    {
        const QString path = workspace.path(QStringLiteral("pagesize.routekaart"));
        QFile::copy(good, path);
        corruptBytes(path, 16, 2);
        checkRefused(path, FileProblem::Corrupt);
    }
}

TEST_CASE("Paths that are not files get a clear message", "[broken]")
{
    test::Workspace workspace;
    SECTION("a path that does not exist")
    {
        const OpenResult result = ProjectOpener::open(workspace.path(QStringLiteral("nergens.routekaart")));
        CHECK(result.problem == FileProblem::NotFound);
        CHECK(result.message.contains(QLatin1String("bestaat niet")));
    }
    SECTION("a folder")
    {
        const QString folder = workspace.path(QStringLiteral("map.routekaart"));
        QDir().mkpath(folder);
        const OpenResult result = ProjectOpener::open(folder);
        CHECK(result.problem == FileProblem::IsFolder);
        CHECK(result.message.contains(QLatin1String("map")));
    }
}
