#pragma once

#include <QString>

namespace rk {

// What `routekaart --verify FILE` reports: one line and an exit code
// (0: the file opens for editing; 2: it would be refused or opened read-only).
struct VerifyOutcome
{
    int exitCode = 2;
    QString line;
};

VerifyOutcome verifyProjectFile(const QString &path);

} // namespace rk
