#pragma once

#include "ui/report/ReportLook.h"
#include "ui/report/ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

class QTextCursor;
class QTextDocument;

namespace rk {

class ProjectDocument;
class TableObject;

// Writes a report's content into a QTextDocument: cover, table of contents, and either
// the short council report or the full workbook. Headings of the contents are tracked so
// the renderer can put page numbers in the table of contents.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rk::ReportBuilder)

public:
    enum class Charts
    {
        Vector,
        Images
    };

    ReportBuilder(const ProjectDocument &document, const ReportOptions &options, Charts charts);

    // `pageNumbers` holds the page of each contents heading from an earlier pass, or is empty;
    // `breakBefore` the blocks that must start a new page (found by the renderer).
    // `scale` is the number of document units per point.
    void build(QTextDocument *doc, const QList<int> &pageNumbers, const QSet<int> &breakBefore, qreal scale);
    const QList<int> &headingBlocks() const { return m_headingBlocks; }
    // Runs of blocks (first, last) that belong on one page: a heading with what follows it,
    // a heading with its chart.
    const QList<QPair<int, int>> &keepTogether() const { return m_keepTogether; }
    const QStringList &headingTitles() const { return m_headingTitles; }
    // PDF: tables are drawn by `tables` in parts that fit a page of `pageHeight` (device
    // units) instead of being laid out as QTextTables.
    void setDrawnTables(TableObject *tables, qreal pageHeight);
    // The house style as this report draws it (read from the project once).
    const ReportLook &look() const { return m_look; }

private:
    void cover(QTextCursor &cursor);
    void contents(QTextCursor &cursor, const QList<int> &pageNumbers);
    void heading(QTextCursor &cursor, const QString &text, int level);
    void paragraph(QTextCursor &cursor, const QString &text, bool italic = false);
    void table(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &allRows,
               const QList<int> &widths = {});
    void chart(QTextCursor &cursor, const QString &indicatorId, qreal width = 440, qreal height = 220,
               bool compact = false);
    void drawnTable(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &rows,
                    const QList<int> &widths);
    void chapterOverview(QTextCursor &cursor);
    void goalsSection(QTextCursor &cursor, bool withCharts);
    void numbersSection(QTextCursor &cursor);
    // The short report as a voortgangsrapportage (ReportBuilderCouncil.cpp).
    void councilFront(QTextCursor &cursor);
    void labelLine(QTextCursor &cursor, const QString &label, const QString &value);
    void bullets(QTextCursor &cursor, const QStringList &items, bool italic = false);
    void resultsPerGoal(QTextCursor &cursor);
    void moneySection(QTextCursor &cursor);
    void nextStepsTable(QTextCursor &cursor);
    void lessonsSection(QTextCursor &cursor);
    void councilReportsInFull(QTextCursor &cursor);
    void chapterInFull(QTextCursor &cursor, ChapterId chapter);
    void changeLog(QTextCursor &cursor);
    void recordTable(QTextCursor &cursor, int table, const QString &parentId = {});
    void measurementTable(QTextCursor &cursor, const QString &indicatorId);
    // "Ter vergelijking (2024): Nederland 12,9% (12,6–13,2), ...", when there are reference values.
    void comparisonLine(QTextCursor &cursor, const QString &indicatorId, bool withName);
    QString comparisonText(const QString &indicatorId) const;
    // A logo of the house style (or chosen for this report) within the size in points; false without one.
    bool insertLogo(QTextCursor &cursor, qreal maxWidth, qreal maxHeight);
    void areaTable(QTextCursor &cursor, const QString &indicatorId);
    void logNotes(QTextCursor &cursor, const QString &indicatorId);
    void whatWorksTable(QTextCursor &cursor);
    void roundsTable(QTextCursor &cursor);

    const ProjectDocument &m_document;
    ReportOptions m_options;
    Charts m_charts;
    qreal m_scale = 1.0; // document units per point
    QList<int> m_headingBlocks;
    QList<QPair<int, int>> m_keepTogether;
    QSet<int> m_breakBefore;
    int m_lastHeadingBlock = -1;
    int m_headingChainStart = -1;
    QStringList m_headingTitles;
    int m_chartNumber = 0;
    TableObject *m_tables = nullptr;
    ReportLook m_look;
    qreal m_pageHeight = 0;
};

} // namespace rk
