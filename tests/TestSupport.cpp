#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

namespace rk::test {

Workspace::Workspace()
{
    REQUIRE(m_dir.isValid());
}

Workspace::~Workspace()
{
    // Tests make files and folders read-only; make them removable again.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        QFile::setPermissions(entry, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

QString Workspace::path(const QString &name) const
{
    return m_dir.filePath(name);
}

ProjectInfo sampleInfo()
{
    ProjectInfo info;
    info.gemeente = QStringLiteral("Gemeente Testdorp");
    info.title = QStringLiteral("Aanpak eenzaamheid");
    info.startYear = 2026;
    info.horizonYears = 3;
    return info;
}

std::unique_ptr<ProjectDocument> createProject(const QString &path, const ProjectInfo &info)
{
    OpenResult result = ProjectOpener::create(path, info);
    INFO(result.message.toStdString() << " " << result.detail.toStdString());
    REQUIRE(result.ok());
    return std::move(result.document);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}

QString copyDemo(const Workspace &workspace)
{
    const QString path = workspace.path(QStringLiteral("Voorbeeldstad.routekaart"));
    REQUIRE(QFile::copy(QStringLiteral(RK_DEMO_PROJECT), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

std::unique_ptr<ProjectDocument> openDemo()
{
    OpenOptions options;
    options.readOnly = true;
    OpenResult result = ProjectOpener::open(QStringLiteral(RK_DEMO_PROJECT), options);
    REQUIRE(result.ok());
    return std::move(result.document);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

bool runSql(const QString &path, const QString &sql)
{
    Database db;
    return db.open(path, Database::Mode::Create) && db.exec(sql);
}

int runEditBurst(const QString &path)
{
    OpenResult result = ProjectOpener::open(path);
    if (!result.ok())
        return 3;
    for (int i = 1; i < 1000000; ++i) {
        if (!result.document->writeChapterNotes(ChapterId::Verkenning, QStringLiteral("edit %1").arg(i)))
            return 4;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace rk::test

namespace rk::test {

int runHold(const QString &path)
{
    OpenResult result = ProjectOpener::open(path);
    if (!result.ok())
        return 3;
    std::printf("open\n");
    std::fflush(stdout);
    QThread::sleep(60); // the parent kills it long before
    return 0;
}

void makeOldVersion(const QString &path, int version, const QString &sql)
{
    REQUIRE(runSql(path, QString::fromUtf8(readAll(dataPath(QStringLiteral("fixtures/schema-v1.sql"))))));
    Database db;
    REQUIRE(db.open(path, Database::Mode::ReadWrite));
    REQUIRE(schema::migrate(db, 1, version));
    if (!sql.isEmpty())
        REQUIRE(db.exec(sql));
}

FileSizeLimit::FileSizeLimit(long long bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    m_oldSoft = old.rlim_cur;
    m_oldHard = old.rlim_max;
    const rlimit limit{rlim_t(bytes), old.rlim_max};
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    const rlimit old{rlim_t(m_oldSoft), rlim_t(m_oldHard)};
    setrlimit(RLIMIT_FSIZE, &old);
}

} // namespace rk::test
