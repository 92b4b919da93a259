// libFuzzer target: any bytes given as a project file must be refused or opened, never
// crash, leak or trip a sanitizer.

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "ProjectVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {
QTemporaryDir *workDir()
{
    static QTemporaryDir dir;
    return &dir;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir()->filePath(QStringLiteral("fuzz.routekaart"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    rk::OpenOptions options;
    options.inspectOnly = true;
    rk::OpenResult result = rk::ProjectOpener::open(path, options);
    if (result.ok())
        (void)result.document->displayName();
    (void)rk::verifyProjectFile(path);
    return 0;
}
