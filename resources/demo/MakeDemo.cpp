// rk-make-demo SOURCE.sql OUT.routekaart
// Builds the bundled demo project: a new project of the current schema, filled by the
// readable SQL source in one transaction, then checked by opening it as the app would.

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: rk-make-demo SOURCE.sql OUT.routekaart\n";
        return 1;
    }
    QFile source(args.at(1));
    if (!source.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QString sql = QString::fromUtf8(source.readAll());
    const QString out = args.at(2);
    QFile::remove(out);

    rk::ProjectInfo info;
    info.gemeente = QStringLiteral("Voorbeeldstad");
    info.title = QStringLiteral("Demo");
    info.startYear = 2025;
    {
        rk::OpenResult created = rk::ProjectOpener::create(out, info);
        if (!created.ok()) {
            err << created.message << ' ' << created.detail << '\n';
            return 1;
        }
        rk::ProjectStore &store = created.document->store();
        if (!store.runScript(sql)) {
            err << "demo SQL failed: " << store.errorMessage() << '\n';
            QFile::remove(out);
            return 1;
        }
    }
    const rk::OpenResult check = rk::ProjectOpener::open(out, {true, true});
    if (!check.ok()) {
        err << "demo does not open: " << check.message << ' ' << check.detail << '\n';
        QFile::remove(out);
        return 1;
    }
    return 0;
}
