#include "TableObject.h"

#include "ui/report/Hyphenator.h"
#include "ui/report/PageClip.h"
#include "ui/report/ReportStructure.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextFormat>
#include <QTextLayout>

#include <algorithm>
#include <numeric>
#include <vector>

namespace rk {

namespace {
// One element of a tagged table (a row, a cell, or the grid as an artifact) around what is drawn
// in its scope; nothing when painting without a structure.
class CellElement
{
public:
    CellElement(ReportStructure *structure, const QByteArray &tag)
        : m_structure(structure)
        , m_tag(tag)
    {
        if (m_structure)
            m_structure->beginElement(m_tag);
    }
    ~CellElement()
    {
        if (m_structure)
            m_structure->endElement(m_tag);
    }
    Q_DISABLE_COPY_MOVE(CellElement)

private:
    ReportStructure *m_structure;
    QByteArray m_tag;
};

constexpr qreal kFontPoints = 9.5;

// Lays `layout` out in lines of `width`, breaking between words where it can and inside a
// word only where it must (a long name or address), as a table cell does. Returns the height.
qreal layOutLines(QTextLayout &layout, qreal width, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

// Most cells are one short line; they need no line breaking at all.
bool fitsOnOneLine(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    return !text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= width;
}
} // namespace

// A number, an amount or a percentage (with its interval): no letters, a digit early on, no date.
// Such cells are aligned right, so that their digits line up down a column.
bool isNumber(const QString &text)
{
    // A date (01-10-2024) reads from the left like a word. (By hand: this runs for every cell
    // of a report of hundreds of pages.)
    if (text.size() >= 8 && ((text.at(2) == QLatin1Char('-') && text.at(5) == QLatin1Char('-')) ||
                             (text.at(2) == QLatin1Char('/') && text.at(5) == QLatin1Char('/'))))
        return false;
    bool digit = false;
    for (const QChar c : text) {
        if (c.isLetter())
            return false;
        digit = digit || c.isDigit();
    }
    return digit && (text.front().isDigit() || text.front() == QLatin1Char('-') || text.front() == QChar(0x20AC));
}

TableObject::TableObject(QPaintDevice *device, qreal width, qreal scale, qreal maximumRowHeight, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_width(width - scale) // room for the right-hand border line
    , m_scale(scale)
    , m_padding(2.5 * scale)
    , m_maximumRow(maximumRowHeight)
{
    m_font.setPointSizeF(kFontPoints);
    m_font.setHintingPreference(QFont::PreferNoHinting);
    // Latin text in table cells needs no complex shaping; skipping it makes measuring and
    // drawing thousands of cells several times cheaper.
    m_font.setStyleStrategy(QFont::PreferNoShaping);
}

void TableObject::setLook(const QColor &headerFill, const QString &family)
{
    m_headerFill = headerFill;
    if (!family.isEmpty())
        m_font.setFamily(family);
}

void TableObject::setFontSize(Table *table, qreal points) const
{
    table->font = m_font;
    table->font.setPointSizeF(points);
    table->bold = table->font;
    table->bold.setBold(true);
}

int TableObject::addTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths)
{
    const int index = m_next++;
    if (index < m_tables.size() && m_tables.at(index).header == header && m_tables.at(index).rows == rows)
        return index; // measured in an earlier pass
    Table table;
    table.header = header;
    table.rows = rows;
    // Wide tables (the full workbook's record tables) in a smaller size, so that words and
    // dates keep their line in narrow columns.
    const bool wide = header.size() >= 7;
    setFontSize(&table, wide ? kFontPoints - 1.5 : kFontPoints);
    const int columns = int(header.size());
    const int total = widths.size() == columns ? std::accumulate(widths.begin(), widths.end(), 0) : 0;
    if (total > 0) {
        for (int c = 0; c < columns; ++c)
            table.columns.append(m_width * widths.at(c) / total);
    } else {
        bool wordsWhole = true;
        table.columns = naturalWidths(table, &wordsWhole);
        if (!wordsWhole && wide) {
            // One step smaller when that keeps every word whole ("Bewustwordingscampagne"
            // rather than "Bewustwordi-ngscampagn-e").
            Table smaller = table;
            setFontSize(&smaller, kFontPoints - 2.5);
            smaller.columns = naturalWidths(smaller, &wordsWhole);
            if (wordsWhole)
                table = smaller;
        }
    }
    if (index < m_tables.size())
        m_tables[index] = table;
    else
        m_tables.append(table);
    return index;
}

// Without given widths, columns are sized as a browser sizes an automatic table: each
// at least its widest word ("minimum"), and what is left shared by how much wider each
// would like to be ("preferred", its longest text on one line). Words of long text count
// only up to a modest width, since such text may break inside a word; short values
// (dates, amounts, a status) count whole.
QList<qreal> TableObject::naturalWidths(const Table &table, bool *wordsWhole) const
{
    const QStringList &header = table.header;
    const QList<QStringList> &rows = table.rows;
    const int columns = int(header.size());
    const QFontMetricsF metrics(table.font, m_device);
    const QFontMetricsF boldMetrics(table.bold, m_device);
    const qreal cap = m_width * 0.45;
    const qreal wordCap = 45 * m_scale;
    std::vector<qreal> minimum(std::size_t(columns), 0.0);
    std::vector<qreal> preferred(std::size_t(columns), 0.0);
    std::vector<qreal> rigid(std::size_t(columns), 0.0);     // short values, kept whole if at all possible
    std::vector<qreal> wholeWord(std::size_t(columns), 0.0); // the widest word, up to the cap only
    auto take = [&](std::size_t c, const QString &text, const QFontMetricsF &m, bool isHeader) {
        const qreal whole = m.horizontalAdvance(text);
        const bool isShort = text.size() <= 14;
        const qreal limit = isShort ? cap : wordCap;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qreal natural = m.horizontalAdvance(word);
            const qreal width = std::min(natural, limit);
            minimum[c] = std::max(minimum[c], width);
            wholeWord[c] = std::max(wholeWord[c], std::min(natural, cap));
            if (isShort && !isHeader)
                rigid[c] = std::max(rigid[c], width);
        }
        preferred[c] = std::max(preferred[c], std::min(whole, m_width));
    };
    for (int c = 0; c < columns; ++c)
        take(std::size_t(c), header.at(c), boldMetrics, true);
    // A sample is enough to judge the shape of a long table.
    const qsizetype step = std::max<qsizetype>(1, rows.size() / 200);
    for (qsizetype r = 0; r < rows.size(); r += step) {
        for (int c = 0; c < columns; ++c)
            take(std::size_t(c), rows.at(r).value(c), metrics, false);
    }
    const qreal pad = 2 * m_padding + 1;
    // Words of long text were counted only up to a modest width. Where the page has room,
    // they get their whole width, the nearest to fitting first, so that as many as possible
    // stay unbroken.
    qreal room = m_width;
    for (std::size_t c = 0; c < minimum.size(); ++c)
        room -= minimum[c] + pad;
    std::vector<std::size_t> order(minimum.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return wholeWord[a] - minimum[a] < wholeWord[b] - minimum[b]; });
    bool whole = true;
    for (const std::size_t c : order) {
        const qreal missing = std::max<qreal>(0, wholeWord[c] - minimum[c]);
        if (missing <= room) {
            minimum[c] += missing;
            room -= missing;
        } else {
            whole = false;
        }
    }
    if (wordsWhole)
        *wordsWhole = whole && room >= 0;
    qreal minimumTotal = 0;
    qreal growTotal = 0;
    qreal rigidTotal = 0;
    for (std::size_t c = 0; c < minimum.size(); ++c) {
        minimum[c] += pad;
        rigid[c] += pad;
        preferred[c] = std::max(preferred[c] + pad, minimum[c]);
        minimumTotal += minimum[c];
        growTotal += preferred[c] - minimum[c];
        rigidTotal += rigid[c];
    }
    // Too narrow for every word: dates, amounts and other short values keep their line,
    // and the longer text shares what is left (breaking inside words where it must).
    const bool squeezed = minimumTotal >= m_width;
    const qreal flexibleTotal = minimumTotal - rigidTotal;
    QList<qreal> result;
    for (std::size_t c = 0; c < minimum.size(); ++c) {
        if (squeezed && rigidTotal < m_width * 0.75 && flexibleTotal > 0)
            result.append(rigid[c] + (m_width - rigidTotal) * (minimum[c] - rigid[c]) / flexibleTotal);
        else if (squeezed || growTotal <= 0)
            result.append(m_width * minimum[c] / minimumTotal);
        else if (minimumTotal + growTotal <= m_width)
            result.append(preferred[c] + (m_width - minimumTotal - growTotal) / columns);
        else
            result.append(minimum[c] + (m_width - minimumTotal) * (preferred[c] - minimum[c]) / growTotal);
    }
    return result;
}

qreal TableObject::measure(const Table &table, const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    qreal tallest = metrics.height();
    for (int c = 0; c < table.columns.size(); ++c) {
        const QString text = cells.value(c);
        const qreal width = table.columns.at(c) - 2 * m_padding;
        if (fitsOnOneLine(metrics, text, width))
            continue;
        QTextLayout layout(breakable(text, metrics, width), font, m_device);
        tallest = std::max(tallest, layOutLines(layout, width));
    }
    return std::min(tallest + 2 * m_padding, m_maximumRow);
}

QString TableObject::breakable(const QString &text, const QFontMetricsF &metrics, qreal width) const
{
    if (isNumber(text)) {
        // An interval stays whole on its line: "12,1% (10,9–13,3)", not "(10,9–" and "13,3)".
        QString kept = text;
        return kept.replace(QChar(0x2013), QStringLiteral("\u2060\u2013\u2060"));
    }
    if (!m_hyphenator || !m_hyphenator->isAvailable())
        return text;
    // Only a word wider than its column is given its syllables: the rest break between words.
    QString out;
    out.reserve(text.size() + 8);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        const QString word = text.mid(start, i - start);
        out += metrics.horizontalAdvance(word) > width ? m_hyphenator->hyphenate(word) : word;
        if (i < text.size())
            out += text.at(i);
        start = i + 1;
    }
    return out;
}

qreal TableObject::headerHeight(int table) const
{
    const Table &t = m_tables.at(table);
    if (t.headerHeight < 0)
        t.headerHeight = measure(t, t.header, t.bold);
    return t.headerHeight;
}

qreal TableObject::rowHeight(int table, int row) const
{
    const Table &t = m_tables.at(table);
    if (t.rowHeights.size() != t.rows.size()) {
        t.rowHeights.clear();
        t.rowHeights.reserve(t.rows.size());
        for (const QStringList &cells : t.rows)
            t.rowHeights.append(measure(t, cells, t.font));
    }
    return t.rowHeights.at(row);
}

QSizeF TableObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int table = format.intProperty(TableIndex);
    if (table < 0 || table >= m_tables.size())
        return {};
    const int first = format.intProperty(FirstRow);
    const int count = format.intProperty(RowCount);
    qreal height = headerHeight(table);
    for (int r = first; r < first + count && r < rowCount(table); ++r)
        height += rowHeight(table, r);
    return {m_width, height};
}

void TableObject::drawRow(QPainter *painter, const Table &table, const QStringList &cells, const QFont &font, qreal top,
                          qreal height, qreal left, bool header, bool tagged) const
{
    ReportStructure *structure = tagged ? m_structure : nullptr;
    const CellElement row(structure, "TR");
    qreal x = left;
    painter->setFont(font);
    const QFontMetricsF metrics(font, m_device);
    const QByteArray role = header ? QByteArrayLiteral("TH") : QByteArrayLiteral("TD");
    for (int c = 0; c < table.columns.size(); ++c) {
        const QRectF cell(x, top, table.columns.at(c), height);
        x += table.columns.at(c);
        const QString value = cells.value(c);
        const CellElement element(structure, role);
        if (value.isEmpty())
            continue;
        const QRectF text = cell.adjusted(m_padding, m_padding, -m_padding, -m_padding);
        if (fitsOnOneLine(metrics, value, text.width())) {
            const qreal offset = isNumber(value) ? text.width() - metrics.horizontalAdvance(value) : 0;
            painter->drawText(QPointF(text.left() + offset, text.top() + metrics.ascent()), value);
        } else {
            QTextLayout layout(breakable(value, metrics, text.width()), font, m_device);
            const qreal needed = layOutLines(layout, text.width(), isNumber(value) ? Qt::AlignRight : Qt::AlignLeft);
            if (needed <= text.height()) {
                layout.draw(painter, text.topLeft());
                continue;
            }
            // Text past the maximum row height is cut off at the cell's edge. (Only then:
            // each clip makes the PDF engine write the whole drawing state again.)
            painter->save();
            painter->setClipRect(cell, Qt::IntersectClip);
            layout.draw(painter, text.topLeft());
            painter->restore();
        }
    }
}

void TableObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(TableIndex);
    if (index < 0 || index >= m_tables.size())
        return;
    if (!startsInClip(painter, rect))
        return;
    const Table &table = m_tables.at(index);
    const int first = format.intProperty(FirstRow);
    const int count = std::min(format.intProperty(RowCount), int(table.rows.size()) - first);
    painter->save();
    const qreal headerRow = headerHeight(index);
    {
        const CellElement shading(m_structure, ReportStructure::ArtifactTag);
        painter->fillRect(QRectF(rect.left(), rect.top(), m_width, headerRow), m_headerFill);
    }
    painter->setPen(Qt::black);
    {
        // A header row repeated on a later page is read once, where the table starts.
        const CellElement repeated(first > 0 ? m_structure : nullptr, ReportStructure::ArtifactTag);
        drawRow(painter, table, table.header, table.bold, rect.top(), headerRow, rect.left(), true, first == 0);
    }
    // The grid is drawn once for the whole part: one line per row and per column.
    QList<qreal> rowLines{rect.top(), rect.top() + headerRow};
    for (int r = first; r < first + count; ++r) {
        const qreal height = rowHeight(index, r);
        drawRow(painter, table, table.rows.at(r), table.font, rowLines.constLast(), height, rect.left(), false, true);
        rowLines.append(rowLines.constLast() + height);
    }
    // The grid is decoration: a screen reader passes over it.
    const CellElement grid(m_structure, ReportStructure::ArtifactTag);
    painter->setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5 * m_scale));
    const qreal bottom = rowLines.constLast();
    for (qreal y : std::as_const(rowLines))
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.left() + m_width, y));
    qreal x = rect.left();
    painter->drawLine(QPointF(x, rect.top()), QPointF(x, bottom));
    for (qreal width : table.columns) {
        x += width;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, bottom));
    }
    painter->restore();
}

} // namespace rk
