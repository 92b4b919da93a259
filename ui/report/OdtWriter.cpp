#include "OdtWriter.h"

#include "ui/report/StoredZip.h"
#include "ui/report/TableObject.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QImageReader>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

namespace rk {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

// The text area of an A4 page with 2 cm margins, in cm.
constexpr double kTextWidthCm = 17.0;

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kDraw, QStringLiteral("draw"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
    xml.writeNamespace(kSvg, QStringLiteral("svg"));
    xml.writeNamespace(kXlink, QStringLiteral("xlink"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
}

QString cm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

// content.xml, written block by block from the document.
class ContentWriter
{
public:
    ContentWriter(const QTextDocument &document, const OdtMetadata &metadata)
        : m_document(document)
        , m_metadata(metadata)
    {
    }

    QByteArray write()
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        m_xml = &xml;
        xml.setAutoFormatting(false);
        xml.writeStartDocument();
        declareNamespaces(xml);
        xml.writeStartElement(kOffice, QStringLiteral("document-content"));
        xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
        writeAutomaticStyles();
        xml.writeStartElement(kOffice, QStringLiteral("body"));
        xml.writeStartElement(kOffice, QStringLiteral("text"));
        writeFrame(m_document.rootFrame());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }

    // The pictures met on the way, by their name in the package.
    QList<std::pair<QString, QByteArray>> pictures;

private:
    void writeAutomaticStyles()
    {
        QXmlStreamWriter &xml = *m_xml;
        xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        // A paragraph that starts a new page.
        for (const auto &[name, parent, before] :
             {std::tuple{QStringLiteral("PageBreak"), QStringLiteral("Text_20_body"), true},
              std::tuple{QStringLiteral("PageBreakH1"), QStringLiteral("Heading_20_1"), true},
              std::tuple{QStringLiteral("PageBreakAfter"), QStringLiteral("Text_20_body"), false}}) {
            xml.writeStartElement(kStyle, QStringLiteral("style"));
            xml.writeAttribute(kStyle, QStringLiteral("name"), name);
            xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
            xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
            xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
            xml.writeAttribute(kFo, before ? QStringLiteral("break-before") : QStringLiteral("break-after"),
                               QStringLiteral("page"));
            xml.writeEndElement();
        }
        // The cover's lines: centred, the first ones large.
        for (const auto &[name, points] :
             {std::pair{QStringLiteral("Centred"), 12.0}, std::pair{QStringLiteral("CentredLarge"), 22.0}}) {
            xml.writeStartElement(kStyle, QStringLiteral("style"));
            xml.writeAttribute(kStyle, QStringLiteral("name"), name);
            xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
            xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), QStringLiteral("Text_20_body"));
            xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
            xml.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("center"));
            xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
            xml.writeAttribute(kFo, QStringLiteral("font-size"), QString::number(points) + QStringLiteral("pt"));
            xml.writeEndElement();
        }
        // Table cells: a thin grey line around, the header row shaded.
        for (const auto &[name, header] :
             {std::pair{QStringLiteral("Cell"), false}, std::pair{QStringLiteral("HeaderCell"), true},
              std::pair{QStringLiteral("PlainCell"), false}}) {
            xml.writeStartElement(kStyle, QStringLiteral("style"));
            xml.writeAttribute(kStyle, QStringLiteral("name"), name);
            xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
            xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
            xml.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
            if (name != QLatin1String("PlainCell"))
                xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid #808080"));
            if (header)
                xml.writeAttribute(kFo, QStringLiteral("background-color"), m_metadata.headerFill.name());
            xml.writeEndElement();
        }
        // Tables and their columns, one style each, collected in a first pass.
        collectTables(m_document.rootFrame());
        for (int t = 0; t < m_tables.size(); ++t) {
            const QTextTable *table = m_tables.at(t);
            xml.writeStartElement(kStyle, QStringLiteral("style"));
            xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1").arg(t + 1));
            xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
            xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
            xml.writeAttribute(kStyle, QStringLiteral("width"), cm(tableWidth(table)));
            xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("left"));
            xml.writeEndElement();
            const QList<double> widths = columnWidths(table);
            for (int c = 0; c < widths.size(); ++c) {
                xml.writeStartElement(kStyle, QStringLiteral("style"));
                xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1.C%2").arg(t + 1).arg(c + 1));
                xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
                xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
                xml.writeAttribute(kStyle, QStringLiteral("column-width"), cm(widths.at(c)));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    void collectTables(const QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame())) {
                m_tables.append(table);
                for (int r = 0; r < table->rows(); ++r) {
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        for (auto inner = cell.begin(); !inner.atEnd(); ++inner) {
                            if (inner.currentFrame())
                                collectTables(inner.currentFrame());
                        }
                    }
                }
            } else if (it.currentFrame()) {
                collectTables(it.currentFrame());
            }
        }
    }

    double tableWidth(const QTextTable *table) const
    {
        const QTextLength width = table->format().width();
        // A table inside a table cell takes the cell's share of the page.
        double available = kTextWidthCm;
        if (table->parentFrame() && table->parentFrame() != m_document.rootFrame())
            available = kTextWidthCm / 2;
        return width.type() == QTextLength::PercentageLength ? available * width.rawValue() / 100 : available;
    }

    QList<double> columnWidths(const QTextTable *table) const
    {
        const QList<QTextLength> constraints = table->format().columnWidthConstraints();
        const int columns = table->columns();
        const double total = tableWidth(table);
        QList<double> widths;
        if (constraints.size() == columns) {
            double sum = 0;
            for (const QTextLength &length : constraints)
                sum += length.rawValue();
            for (const QTextLength &length : constraints)
                widths.append(sum > 0 ? total * length.rawValue() / sum : total / columns);
            return widths;
        }
        // Without given widths: by the longest text of each column, as a word processor would.
        QList<double> weight(columns, 1.0);
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                weight[c] = std::max(weight.at(c), std::min<double>(40, cursor.selectedText().size()));
            }
        }
        double sum = 0;
        for (double w : weight)
            sum += w;
        for (double w : weight)
            widths.append(total * w / sum);
        return widths;
    }

    void writeFrame(const QTextFrame *frame)
    {
        const QTextList *openList = nullptr;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (it.currentFrame()) {
                closeList(&openList);
                if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame()))
                    writeTable(table);
                else
                    writeFrame(it.currentFrame());
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (block.blockFormat().property(OdtContentsMarker).toBool()) {
                closeList(&openList);
                writeContents();
                continue;
            }
            QTextList *list = block.textList();
            if (list != openList) {
                closeList(&openList);
                if (list) {
                    m_xml->writeStartElement(kText, QStringLiteral("list"));
                    m_xml->writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Bullets"));
                    openList = list;
                }
            }
            if (list) {
                m_xml->writeStartElement(kText, QStringLiteral("list-item"));
                writeBlock(block);
                m_xml->writeEndElement();
            } else {
                writeBlock(block);
            }
        }
        closeList(&openList);
    }

    void closeList(const QTextList **list)
    {
        if (*list) {
            m_xml->writeEndElement();
            *list = nullptr;
        }
    }

    void writeBlock(const QTextBlock &block, const QString &cellStyle = {})
    {
        QXmlStreamWriter &xml = *m_xml;
        const QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        const bool pageBreak = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const bool breakAfter = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
        // An empty block only spaces the page: nothing to write, unless it breaks the page.
        if (block.text().isEmpty() && level == 0) {
            if (pageBreak || breakAfter) {
                xml.writeEmptyElement(kText, QStringLiteral("p"));
                xml.writeAttribute(kText, QStringLiteral("style-name"),
                                   pageBreak ? QStringLiteral("PageBreak") : QStringLiteral("PageBreakAfter"));
            }
            return;
        }
        if (level > 0) {
            xml.writeStartElement(kText, QStringLiteral("h"));
            xml.writeAttribute(kText, QStringLiteral("style-name"),
                               pageBreak && level == 1 ? QStringLiteral("PageBreakH1")
                                                       : QStringLiteral("Heading_20_%1").arg(std::min(level, 3)));
            xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(std::min(level, 3)));
        } else {
            xml.writeStartElement(kText, QStringLiteral("p"));
            QString style = cellStyle.isEmpty() ? QStringLiteral("Text_20_body") : cellStyle;
            if (cellStyle.isEmpty() && (format.alignment() & Qt::AlignHCenter)) {
                const QTextCharFormat first =
                    block.begin().atEnd() ? QTextCharFormat() : block.begin().fragment().charFormat();
                style = first.fontPointSize() >= 18 ? QStringLiteral("CentredLarge") : QStringLiteral("Centred");
            }
            // Numbers, amounts and percentages line up on the right in a table.
            if (cellStyle == QLatin1String("Table_20_Contents") && isNumber(block.text()))
                style = QStringLiteral("Table_20_Number");
            xml.writeAttribute(kText, QStringLiteral("style-name"),
                               pageBreak    ? QStringLiteral("PageBreak")
                               : breakAfter ? QStringLiteral("PageBreakAfter")
                                            : style);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat chars = fragment.charFormat();
            if (chars.isImageFormat()) {
                writeImage(chars.toImageFormat());
                continue;
            }
            QString text = fragment.text();
            text.remove(QChar::ObjectReplacementCharacter);
            if (text.isEmpty())
                continue;
            const bool bold = chars.fontWeight() >= QFont::Bold && level == 0;
            const bool italic = chars.fontItalic();
            // A link that the report kept (web and mail addresses only; see the builder).
            const QUrl link(chars.isAnchor() ? chars.anchorHref() : QString());
            const bool isLink =
                link.isValid() && (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http") ||
                                   link.scheme() == QLatin1String("mailto"));
            if (isLink) {
                xml.writeStartElement(kText, QStringLiteral("a"));
                xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
                xml.writeAttribute(kXlink, QStringLiteral("href"), link.toString());
            }
            if (bold || italic) {
                xml.writeStartElement(kText, QStringLiteral("span"));
                xml.writeAttribute(kText, QStringLiteral("style-name"),
                                   bold ? QStringLiteral("Strong_20_Emphasis") : QStringLiteral("Emphasis"));
            }
            writeText(text);
            if (bold || italic)
                xml.writeEndElement();
            if (isLink)
                xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    // Text with its line breaks and runs of spaces as ODF writes them.
    void writeText(const QString &text)
    {
        QString run;
        for (const QChar c : text) {
            if (c == QChar::LineSeparator || c == QLatin1Char('\n')) {
                m_xml->writeCharacters(run);
                run.clear();
                m_xml->writeEmptyElement(kText, QStringLiteral("line-break"));
            } else if (c == QLatin1Char('\t')) {
                m_xml->writeCharacters(run);
                run.clear();
                m_xml->writeEmptyElement(kText, QStringLiteral("tab"));
            } else {
                run.append(c);
            }
        }
        m_xml->writeCharacters(run);
    }

    void writeImage(const QTextImageFormat &format)
    {
        const QVariant resource = m_document.resource(QTextDocument::ImageResource, QUrl(format.name()));
        // Charts come as PNG already; another picture (the logo) as pixels.
        QByteArray png;
        QSize size;
        if (resource.typeId() == QMetaType::QByteArray) {
            png = resource.toByteArray();
            QBuffer buffer(&png);
            size = QImageReader(&buffer, "png").size(); // from the header, without decoding
        } else {
            const QImage image = resource.value<QImage>();
            if (image.isNull())
                return;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            size = image.size();
        }
        if (png.isEmpty() || size.isEmpty())
            return;
        const QString path = QStringLiteral("Pictures/%1.png").arg(pictures.size() + 1);
        pictures.append({path, png});
        // The builder gives sizes in points.
        const double width = format.width() > 0 ? format.width() : size.width() * 0.75;
        const double height = format.height() > 0 ? format.height() : size.height() * 0.75;
        QXmlStreamWriter &xml = *m_xml;
        xml.writeStartElement(kDraw, QStringLiteral("frame"));
        xml.writeAttribute(kDraw, QStringLiteral("name"), QStringLiteral("Afbeelding%1").arg(pictures.size()));
        xml.writeAttribute(kText, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        xml.writeAttribute(kSvg, QStringLiteral("width"), cm(width * 2.54 / 72));
        xml.writeAttribute(kSvg, QStringLiteral("height"), cm(height * 2.54 / 72));
        xml.writeEmptyElement(kDraw, QStringLiteral("image"));
        xml.writeAttribute(kXlink, QStringLiteral("href"), path);
        xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(kXlink, QStringLiteral("show"), QStringLiteral("embed"));
        xml.writeAttribute(kXlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        // What the picture shows, for a screen reader and for the word processor's alt text.
        const QString description = format.toolTip();
        if (!description.isEmpty()) {
            xml.writeTextElement(kSvg, QStringLiteral("title"), description.section(QLatin1Char('\n'), 0, 0));
            xml.writeTextElement(kSvg, QStringLiteral("desc"), description);
        }
        xml.writeEndElement();
    }

    void writeTable(const QTextTable *table)
    {
        QXmlStreamWriter &xml = *m_xml;
        const int index = int(m_tables.indexOf(table)) + 1;
        const bool bordered = table->format().border() > 0;
        xml.writeStartElement(kTable, QStringLiteral("table"));
        xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Tabel%1").arg(index));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1").arg(index));
        for (int c = 0; c < table->columns(); ++c) {
            xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
            xml.writeAttribute(kTable, QStringLiteral("style-name"),
                               QStringLiteral("Table%1.C%2").arg(index).arg(c + 1));
        }
        const int headerRows = std::min(table->format().headerRowCount(), table->rows());
        for (int r = 0; r < table->rows(); ++r) {
            const bool header = r < headerRows;
            if (r == 0 && header)
                xml.writeStartElement(kTable, QStringLiteral("table-header-rows")); // repeated on every page
            xml.writeStartElement(kTable, QStringLiteral("table-row"));
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                xml.writeStartElement(kTable, QStringLiteral("table-cell"));
                xml.writeAttribute(kTable, QStringLiteral("style-name"),
                                   !bordered ? QStringLiteral("PlainCell")
                                   : header  ? QStringLiteral("HeaderCell")
                                             : QStringLiteral("Cell"));
                xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                bool wrote = false;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (const auto *inner = qobject_cast<const QTextTable *>(it.currentFrame())) {
                        writeTable(inner);
                        wrote = true;
                    } else if (!it.currentFrame()) {
                        const QTextBlock block = it.currentBlock();
                        if (!block.text().isEmpty()) {
                            writeBlock(block, header ? QStringLiteral("Table_20_Heading")
                                                     : QStringLiteral("Table_20_Contents"));
                            wrote = true;
                        }
                    }
                }
                if (!wrote)
                    xml.writeEmptyElement(kText, QStringLiteral("p"));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            if (header && r == headerRows - 1)
                xml.writeEndElement(); // table-header-rows
        }
        xml.writeEndElement();
    }

    // A real contents field over the headings of the first level, filled with their titles; the
    // word processor adds the page numbers when it updates the field.
    void writeContents()
    {
        QXmlStreamWriter &xml = *m_xml;
        xml.writeStartElement(kText, QStringLiteral("table-of-content"));
        xml.writeAttribute(kText, QStringLiteral("name"), QStringLiteral("Inhoud"));
        xml.writeAttribute(kText, QStringLiteral("protected"), QStringLiteral("true"));
        xml.writeStartElement(kText, QStringLiteral("table-of-content-source"));
        xml.writeAttribute(kText, QStringLiteral("outline-level"), QStringLiteral("1"));
        xml.writeStartElement(kText, QStringLiteral("index-title-template"));
        xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Contents_20_Heading"));
        xml.writeCharacters(m_metadata.contentsTitle);
        xml.writeEndElement();
        xml.writeStartElement(kText, QStringLiteral("table-of-content-entry-template"));
        xml.writeAttribute(kText, QStringLiteral("outline-level"), QStringLiteral("1"));
        xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Contents_20_1"));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-link-start"));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-chapter"));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-text"));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-tab-stop"));
        xml.writeAttribute(kStyle, QStringLiteral("type"), QStringLiteral("right"));
        xml.writeAttribute(kStyle, QStringLiteral("leader-char"), QStringLiteral("."));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-page-number"));
        xml.writeEmptyElement(kText, QStringLiteral("index-entry-link-end"));
        xml.writeEndElement();
        xml.writeEndElement(); // source
        xml.writeStartElement(kText, QStringLiteral("index-body"));
        xml.writeStartElement(kText, QStringLiteral("index-title"));
        xml.writeAttribute(kText, QStringLiteral("name"), QStringLiteral("Inhoud_Head"));
        xml.writeStartElement(kText, QStringLiteral("p"));
        xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Contents_20_Heading"));
        xml.writeCharacters(m_metadata.contentsTitle);
        xml.writeEndElement();
        xml.writeEndElement();
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 1 && !block.text().isEmpty()) {
                xml.writeStartElement(kText, QStringLiteral("p"));
                xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Contents_20_1"));
                xml.writeCharacters(block.text());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement(); // index-body
        xml.writeEndElement();
    }

    const QTextDocument &m_document;
    const OdtMetadata &m_metadata;
    QXmlStreamWriter *m_xml = nullptr;
    QList<const QTextTable *> m_tables;
};

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &display, const QString &parent,
                    double points, bool bold, int outline = 0, double above = 0.1, double below = 0.2,
                    const QString &align = {}, const QColor &colour = {})
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("display-name"), display);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        xml.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
    if (outline > 0) {
        xml.writeAttribute(kStyle, QStringLiteral("default-outline-level"), QString::number(outline));
        xml.writeAttribute(kStyle, QStringLiteral("next-style-name"), QStringLiteral("Text_20_body"));
        xml.writeAttribute(kStyle, QStringLiteral("class"), QStringLiteral("text"));
    }
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), cm(above));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), cm(below));
    if (outline > 0)
        xml.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    if (!align.isEmpty())
        xml.writeAttribute(kFo, QStringLiteral("text-align"), align);
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QString::number(points) + QStringLiteral("pt"));
    if (bold)
        xml.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (colour.isValid())
        xml.writeAttribute(kFo, QStringLiteral("color"), colour.name());
    xml.writeEndElement();
}

QByteArray stylesXml(const OdtMetadata &metadata)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    // The document's language and font, for spelling, hyphenation and the look.
    xml.writeStartElement(kStyle, QStringLiteral("default-style"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kFo, QStringLiteral("hyphenation-ladder-count"), QStringLiteral("no-limit"));
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("font-name"), metadata.font);
    xml.writeAttribute(kFo, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(metadata.font));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("10pt"));
    xml.writeAttribute(kFo, QStringLiteral("language"), metadata.language.section(QLatin1Char('-'), 0, 0));
    xml.writeAttribute(kFo, QStringLiteral("country"), metadata.language.section(QLatin1Char('-'), 1, 1));
    xml.writeAttribute(kFo, QStringLiteral("hyphenate"), QStringLiteral("true"));
    xml.writeEndElement();
    paragraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Standard"), {}, 10, false);
    paragraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"), 10,
                   false);
    paragraphStyle(xml, QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"), 14, true);
    paragraphStyle(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), QStringLiteral("Heading"), 16,
                   true, 1, 0.6, 0.2, {}, metadata.accent);
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), QStringLiteral("Heading"), 13,
                   true, 2, 0.4, 0.15, {}, metadata.accent);
    paragraphStyle(xml, QStringLiteral("Heading_20_3"), QStringLiteral("Heading 3"), QStringLiteral("Heading"), 11,
                   true, 3, 0.3, 0.1, {}, metadata.accent);
    paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
                   QStringLiteral("Standard"), 9.5, false, 0, 0, 0);
    paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                   QStringLiteral("Table_20_Contents"), 9.5, true, 0, 0, 0);
    paragraphStyle(xml, QStringLiteral("Table_20_Number"), QStringLiteral("Table Number"),
                   QStringLiteral("Table_20_Contents"), 9.5, false, 0, 0, 0, QStringLiteral("end"));
    paragraphStyle(xml, QStringLiteral("Contents_20_Heading"), QStringLiteral("Contents Heading"),
                   QStringLiteral("Heading"), 16, true);
    paragraphStyle(xml, QStringLiteral("Contents_20_1"), QStringLiteral("Contents 1"), QStringLiteral("Standard"), 10,
                   false);
    paragraphStyle(xml, QStringLiteral("Header"), QStringLiteral("Header"), QStringLiteral("Standard"), 8, false, 0, 0,
                   0);
    paragraphStyle(xml, QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("Standard"), 8, false, 0, 0,
                   0);
    for (const auto &[name, display, weight] :
         {std::tuple{QStringLiteral("Strong_20_Emphasis"), QStringLiteral("Strong Emphasis"), true},
          std::tuple{QStringLiteral("Emphasis"), QStringLiteral("Emphasis"), false}}) {
        xml.writeStartElement(kStyle, QStringLiteral("style"));
        xml.writeAttribute(kStyle, QStringLiteral("name"), name);
        xml.writeAttribute(kStyle, QStringLiteral("display-name"), display);
        xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
        xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        if (weight)
            xml.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
        else
            xml.writeAttribute(kFo, QStringLiteral("font-style"), QStringLiteral("italic"));
        xml.writeEndElement();
    }
    // Bullets for lists.
    xml.writeStartElement(kText, QStringLiteral("list-style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Bullets"));
    xml.writeStartElement(kText, QStringLiteral("list-level-style-bullet"));
    xml.writeAttribute(kText, QStringLiteral("level"), QStringLiteral("1"));
    xml.writeAttribute(kText, QStringLiteral("bullet-char"), QString(QChar(0x2022)));
    xml.writeStartElement(kStyle, QStringLiteral("list-level-properties"));
    xml.writeAttribute(kText, QStringLiteral("list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
    xml.writeEmptyElement(kStyle, QStringLiteral("list-level-label-alignment"));
    xml.writeAttribute(kText, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
    xml.writeAttribute(kFo, QStringLiteral("text-indent"), QStringLiteral("-0.5cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-left"), QStringLiteral("1cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    // Headings numbered by nothing: the titles carry their chapter numbers.
    xml.writeStartElement(kText, QStringLiteral("outline-style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 3; ++level) {
        xml.writeStartElement(kText, QStringLiteral("outline-level-style"));
        xml.writeAttribute(kText, QStringLiteral("level"), QString::number(level));
        xml.writeAttribute(QStringLiteral("style:num-format"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(kFo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    for (const char *side : {"margin-top", "margin-bottom", "margin-left", "margin-right"})
        xml.writeAttribute(kFo, QLatin1String(side), QStringLiteral("2cm"));
    for (const char *part : {"header-style", "footer-style"}) {
        xml.writeStartElement(kStyle, QLatin1String(part));
        xml.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
        xml.writeAttribute(kFo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
        xml.writeAttribute(kFo,
                           QLatin1String(part == std::string_view("header-style") ? "margin-bottom" : "margin-top"),
                           QStringLiteral("0.3cm"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(kStyle, QStringLiteral("header"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Header"));
    xml.writeCharacters(metadata.header);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(kStyle, QStringLiteral("footer"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    // "pagina %1 van %2" with the page number and count as fields.
    const QString words = metadata.pageWord;
    const int first = int(words.indexOf(QLatin1String("%1")));
    const int second = int(words.indexOf(QLatin1String("%2")));
    if (first >= 0 && second > first) {
        xml.writeCharacters(words.left(first));
        xml.writeTextElement(kText, QStringLiteral("page-number"), QStringLiteral("1"));
        xml.writeCharacters(words.mid(first + 2, second - first - 2));
        xml.writeTextElement(kText, QStringLiteral("page-count"), QStringLiteral("1"));
        xml.writeCharacters(words.mid(second + 2));
    } else {
        xml.writeTextElement(kText, QStringLiteral("page-number"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // master-styles
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const OdtMetadata &metadata)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Routekaart Werkboek"));
    xml.writeTextElement(kDc, QStringLiteral("title"), metadata.title);
    xml.writeTextElement(kDc, QStringLiteral("subject"), metadata.subject);
    xml.writeTextElement(kDc, QStringLiteral("language"), metadata.language);
    if (!metadata.creator.isEmpty()) {
        xml.writeTextElement(kMeta, QStringLiteral("initial-creator"), metadata.creator);
        xml.writeTextElement(kDc, QStringLiteral("creator"), metadata.creator);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    xml.writeTextElement(kMeta, QStringLiteral("creation-date"), now);
    xml.writeTextElement(kDc, QStringLiteral("date"), now);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml(const QList<std::pair<QString, QByteArray>> &pictures)
{
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(ns, QStringLiteral("manifest"));
    xml.writeStartElement(ns, QStringLiteral("manifest"));
    xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(ns, QStringLiteral("file-entry"));
        xml.writeAttribute(ns, QStringLiteral("full-path"), path);
        xml.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto &picture : pictures)
        entry(picture.first, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray odtFromDocument(const QTextDocument &document, const OdtMetadata &metadata)
{
    ContentWriter content(document, metadata);
    const QByteArray contentXml = content.write();
    StoredZip zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(content.pictures));
    zip.add(QStringLiteral("content.xml"), contentXml);
    zip.add(QStringLiteral("styles.xml"), stylesXml(metadata));
    zip.add(QStringLiteral("meta.xml"), metaXml(metadata));
    for (const auto &[path, png] : content.pictures)
        zip.add(path, png);
    return zip.finish();
}

} // namespace rk
