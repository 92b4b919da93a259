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

} // namespace rk::recentFiles
