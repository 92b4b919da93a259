#pragma once

#include <QStringList>

namespace rk {

// The recently opened project files, newest first, kept in the user's settings.
namespace recentFiles {

constexpr int kMaximum = 8;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();

// Where the project with this id was last opened (not a copy made for sharing), so that a
// copy of it that comes back can be recognised; empty when unknown or gone.
void rememberProject(const QString &projectId, const QString &path);
QString projectPath(const QString &projectId);

} // namespace recentFiles
} // namespace rk
