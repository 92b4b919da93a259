#pragma once

#include "ProjectTypes.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rk {
class ProjectDocument;
}

namespace rk::test {

// A fresh folder per test, removed afterwards (write permission restored first).
class Workspace
{
public:
    Workspace();
    ~Workspace();
    QString path(const QString &name) const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

ProjectInfo sampleInfo();
// Creates a project at `path` and returns its document (asserts success).
std::unique_ptr<ProjectDocument> createProject(const QString &path, const ProjectInfo &info = sampleInfo());
QString dataPath(const QString &relative);
// A writable copy of the bundled demo project in `workspace`.
QString copyDemo(const Workspace &workspace);
// The bundled demo project itself, opened read-only.
std::unique_ptr<ProjectDocument> openDemo();
QByteArray readAll(const QString &path);
// A program's exit code (-1 when it crashed or did not finish in a minute) and its output.
struct Run
{
    int exitCode = -1;
    QString output;
};
Run run(const QString &program, const QStringList &arguments);
// Runs SQL on a closed project file with a plain connection (for building bad files).
bool runSql(const QString &path, const QString &sql);
// A project file at `path` as schema `version` wrote it (built from the version 1 fixture by the
// migration steps), with `sql` run on it afterwards: a file of an older program.
void makeOldVersion(const QString &path, int version, const QString &sql = {});

// While alive, no file of this process can grow past `bytes`: writes fail with EFBIG, as
// they would on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(long long bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    unsigned long long m_oldSoft = 0;
    unsigned long long m_oldHard = 0;
};

// Child of the crash test: stores "edit N" notes in a loop and prints N after each commit.
int runEditBurst(const QString &path);
// Child of the two-instances test: opens the project, says so, and keeps it open.
int runHold(const QString &path);

} // namespace rk::test
