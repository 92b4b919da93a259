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

} // namespace recentFiles
} // namespace rk
