#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rk::recentFiles {

namespace {
const char *const kKey = "recentFiles";

void store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(kKey), files);
}
} // namespace

QStringList list()
{
    QStringList files = QSettings().value(QLatin1String(kKey)).toStringList();
    files.removeDuplicates();
    while (files.size() > kMaximum)
        files.removeLast();
    return files;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

void remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void clear()
{
    store({});
}

namespace {
QString projectKey(const QString &projectId)
{
    return QStringLiteral("projectFiles/") + projectId;
}
} // namespace

void rememberProject(const QString &projectId, const QString &path)
{
    if (projectId.size() == 36)
        QSettings().setValue(projectKey(projectId), QFileInfo(path).absoluteFilePath());
}

QString projectPath(const QString &projectId)
{
    if (projectId.size() != 36)
        return {};
    const QString path = QSettings().value(projectKey(projectId)).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

} // namespace rk::recentFiles
