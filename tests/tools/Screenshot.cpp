// rk-screenshot OUT.png PROJECT [CHAPTER [TAB]]
// rk-screenshot OUT.png PROJECT indicator NAME [TAB]
// rk-screenshot OUT.png PROJECT report
// rk-screenshot OUT.png PROJECT merge COPY
// rk-screenshot OUT.png PROJECT history
// Renders the main window with PROJECT open, on the dashboard or on a chapter page and
// tab, into a PNG: the screenshots in docs/screenshots/ are made with it (under Xvfb).
// RK_SHOT_SCROLL scrolls the tables sideways to their end.
// RK_SHOT_WIDTH and RK_SHOT_HEIGHT set the window's size (1366x728: a 1366x768 laptop with
// its task bar), for example to look at the lower part of long pages.

#include "core/Language.h"
#include "core/ProjectDocument.h"
#include "core/merge/ProjectMerge.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/ReadableStyle.h"
#include "ui/report/ReportDialog.h"
#include "ui/share/MergeReviewDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectInfoDialog.h"
#include "ui/workbook/ChapterPage.h"

#include "ui/progress/IndicatorPage.h"

#include <QApplication>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("routekaart-screenshot"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: rk-screenshot OUT.png PROJECT [CHAPTER [TAB] | report | details | merge COPY | "
                             "history | indicator NAME [TAB]]\n");
        return 1;
    }
    rk::language::install(qEnvironmentVariable("RK_LANG", QStringLiteral("nl")));
    rk::installReadableLook(); // as the program does
    rk::MainWindow window;
    const int height = qEnvironmentVariableIntValue("RK_SHOT_HEIGHT");
    const int width = qEnvironmentVariableIntValue("RK_SHOT_WIDTH");
    window.resize(width > 0 ? width : 1280, height > 0 ? height : 800);
    window.show();
    if (!window.openProject(args.at(2)))
        return 1;
    QWidget *shown = &window;
    std::unique_ptr<rk::ReportDialog> report;
    std::unique_ptr<rk::ProjectInfoDialog> details;
    std::unique_ptr<rk::MergeReviewDialog> review;
    std::unique_ptr<rk::HistoryDialog> history;
    if (args.size() > 3 && args.at(3) == QLatin1String("history")) {
        history = std::make_unique<rk::HistoryDialog>(window.document(), QString(), &window);
        history->show();
        shown = history.get();
    } else if (args.size() > 4 && args.at(3) == QLatin1String("merge")) {
        // The review of a copy that came back, with the first conflict chosen.
        rk::merge::OpenedCopy opened;
        QString error;
        if (!rk::merge::openCopy(args.at(4), *window.document(), &opened, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        review = std::make_unique<rk::MergeReviewDialog>(window.document(), std::move(opened), &window);
        review->show();
        shown = review.get();
    } else if (args.size() > 3 && args.at(3) == QLatin1String("details")) {
        // Projectgegevens with the house style, as it opens over the window.
        details = std::make_unique<rk::ProjectInfoDialog>(rk::ProjectInfoDialog::Purpose::EditProject, &window);
        details->setInfo(window.document()->project());
        details->show();
        shown = details.get();
    } else if (args.size() > 3 && args.at(3) == QLatin1String("report")) {
        // The report dialog as it opens over the window.
        report = std::make_unique<rk::ReportDialog>(window.document(), &window);
        report->show();
        shown = report.get();
    } else if (args.size() > 4 && args.at(3) == QLatin1String("indicator")) {
        for (const rk::Record &row : window.document()->records(rk::TableId::Indicator)) {
            if (row.values.value(0).toString() == args.at(4))
                window.showIndicator(row.id);
        }
        // A tab below the chart: 0 measurements, 1 comparison, 2 wijken, 3 logbook.
        if (args.size() > 5)
            window.indicatorPage()->tabs()->setCurrentIndex(args.at(5).toInt());
    } else if (args.size() > 3) {
        const auto chapter = rk::chapterFromKey(args.at(3));
        if (!chapter)
            return 1;
        window.showChapter(*chapter);
        if (args.size() > 4)
            window.chapterPage()->tabs()->setCurrentIndex(args.at(4).toInt());
    }
    QTimer::singleShot(500, &app, [&] {
        // RK_SHOT_SCROLL: the tables scrolled to their right edge, to look at what stays in view.
        if (qEnvironmentVariableIsSet("RK_SHOT_SCROLL")) {
            for (QTableView *table : shown->findChildren<QTableView *>()) {
                if (table->isVisible())
                    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            }
            QCoreApplication::processEvents();
        }
        shown->grab().save(args.at(1));
        app.quit();
    });
    return app.exec();
}
