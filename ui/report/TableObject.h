#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

class QFontMetricsF;
class QPaintDevice;

namespace rk {

class Hyphenator;
class ReportStructure;

// A number, an amount or a percentage (with its interval): no letters, a digit early on, no date.
// Such cells are aligned right, in the PDF's tables and in the ODT's.
bool isNumber(const QString &text);

// A report table drawn by us instead of laid out as a QTextTable: Qt's rich-text tables
// cost tens of milliseconds a page, which made a 1,200-page report take 20 seconds. The
// builder cuts a table into parts that each fit on a page; every part is one text object
// that draws its own header row, borders and wrapped cell text (real text in the PDF).
// Row heights are measured once, with the device's own font metrics, so the layout and
// the drawing agree.
class TableObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum
    {
        Type = QTextFormat::UserObject + 3
    };
    enum Property
    {
        TableIndex = QTextFormat::UserProperty + 20,
        FirstRow,
        RowCount
    };

    // `width` is the content width in device units; `scale` device units per point. A row
    // takes at most `maximumRowHeight` (device units); the rest of a longer one is cut off.
    TableObject(QPaintDevice *device, qreal width, qreal scale, qreal maximumRowHeight, QObject *parent = nullptr);

    // Tables are registered anew by every build pass, in the same order; measurements of
    // an unchanged table are kept. Call restart() before each pass.
    void restart() { m_next = 0; }
    // Rows and cells are tagged for a tagged PDF; none for print and preview.
    void setStructure(ReportStructure *structure) { m_structure = structure; }
    // Words too wide for their column break at a syllable, with a hyphen.
    void setHyphenator(const Hyphenator *hyphenator) { m_hyphenator = hyphenator; }
    // The house style: the header rows' shading and the font family (empty: the default).
    // Before the first table is added.
    void setLook(const QColor &headerFill, const QString &family);
    int addTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths);

    qreal headerHeight(int table) const;
    qreal rowHeight(int table, int row) const;
    int rowCount(int table) const { return int(m_tables.at(table).rows.size()); }

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;

private:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qreal> columns; // widths in device units
        QFont font;
        QFont bold;
        mutable qreal headerHeight = -1;
        mutable QList<qreal> rowHeights;
    };
    void setFontSize(Table *table, qreal points) const;
    // `wordsWhole` tells whether every word fits its column unbroken.
    QList<qreal> naturalWidths(const Table &table, bool *wordsWhole = nullptr) const;
    qreal measure(const Table &table, const QStringList &cells, const QFont &font) const;
    // `text` with soft hyphens in its words that are wider than `width`.
    QString breakable(const QString &text, const QFontMetricsF &metrics, qreal width) const;
    void drawRow(QPainter *painter, const Table &table, const QStringList &cells, const QFont &font, qreal top,
                 qreal height, qreal left, bool header, bool tagged) const;

    QPaintDevice *m_device;
    qreal m_width;
    qreal m_scale;
    qreal m_padding;
    qreal m_maximumRow;
    QFont m_font;
    QList<Table> m_tables;
    int m_next = 0;
    ReportStructure *m_structure = nullptr;
    const Hyphenator *m_hyphenator = nullptr;
    QColor m_headerFill{0xe8, 0xe8, 0xe8};
};

} // namespace rk
