#include "PdfFinisher.h"

// qpdf 11: use its std::shared_ptr interfaces only (no PointerHolder).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cctype>
#include <set>

namespace rk {

namespace {
QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

QPDFObjectHandle name(const char *value)
{
    return QPDFObjectHandle::newName(value);
}

QString xmlEscaped(const QString &value)
{
    return value.toHtmlEscaped();
}

std::string xmp(const PdfFinish &finish, const QString &stamp)
{
    const QString packet =
        QStringLiteral("<?xpacket begin=\"%6\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                       "   <dc:format>application/pdf</dc:format>\n"
                       "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
                       "</dc:description>\n"
                       "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
                       "   <pdf:Producer>Routekaart Werkboek</pdf:Producer>\n"
                       "   <xmp:CreatorTool>Routekaart Werkboek</xmp:CreatorTool>\n"
                       "   <xmp:CreateDate>%5</xmp:CreateDate>\n"
                       "   <xmp:ModifyDate>%5</xmp:ModifyDate>\n"
                       "   <pdfuaid:part>1</pdfuaid:part>\n"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(finish.title), xmlEscaped(finish.author), xmlEscaped(finish.subject),
                 xmlEscaped(finish.language), stamp, QString(QChar(0xfeff)));
    return packet.toStdString();
}

// "D:20261206223000+01'00'", the date form of the document information dictionary.
QString pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    return QStringLiteral("D:%1%2%3'%4'")
        .arg(when.toString(QStringLiteral("yyyyMMddHHmmss")), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
}

// The marker of what is not read (ReportStructure::ArtifactTag).
bool isArtifact(QPDFObjectHandle element)
{
    return element.isDictionary() && element.getKey("/S").isNameAndEquals("/Private");
}

// Walks the structure tree in reading order: figures get their alternative text, header
// cells the cells they head.
void completeStructure(QPDFObjectHandle element, const QStringList &figureTexts, int *figure,
                       std::set<QPDFObjGen> *seen)
{
    if (element.isArray()) {
        for (int i = 0; i < element.getArrayNItems(); ++i)
            completeStructure(element.getArrayItem(i), figureTexts, figure, seen);
        return;
    }
    if (!element.isDictionary() ||
        (!element.hasKey("/S") && !element.getKey("/Type").isNameAndEquals("/StructTreeRoot")))
        return;
    if (element.isIndirect() && !seen->insert(element.getObjGen()).second)
        return; // a loop in the tree: cairo writes none, but stop rather than hang
    const std::string role = element.getKey("/S").isName() ? element.getKey("/S").getName() : std::string();
    if (role == "/Figure") {
        const QString alt = *figure < figureTexts.size() ? figureTexts.at(*figure) : QString();
        ++*figure;
        if (!alt.isEmpty())
            element.replaceKey("/Alt", text(alt));
    } else if (role == "/TH") {
        QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
        attributes.replaceKey("/O", name("/Table"));
        attributes.replaceKey("/Scope", name("/Column"));
        element.replaceKey("/A", attributes);
    }
    if (!element.hasKey("/K"))
        return;
    QPDFObjectHandle kids = element.getKey("/K");
    if (isArtifact(kids)) {
        element.removeKey("/K");
        return;
    }
    if (kids.isArray()) {
        QPDFObjectHandle kept = QPDFObjectHandle::newArray();
        for (int i = 0; i < kids.getArrayNItems(); ++i) {
            if (!isArtifact(kids.getArrayItem(i)))
                kept.appendItem(kids.getArrayItem(i));
        }
        element.replaceKey("/K", kept);
        kids = kept;
    }
    completeStructure(kids, figureTexts, figure, seen);
}

// The parent tree maps marked content back to its element: entries of removed artifact
// elements become null.
void dropArtifactParents(QPDFObjectHandle node)
{
    if (!node.isDictionary())
        return;
    if (node.hasKey("/Kids") && node.getKey("/Kids").isArray()) {
        QPDFObjectHandle kids = node.getKey("/Kids");
        for (int i = 0; i < kids.getArrayNItems(); ++i)
            dropArtifactParents(kids.getArrayItem(i));
    }
    QPDFObjectHandle nums = node.getKey("/Nums");
    if (!nums.isArray())
        return;
    for (int i = 1; i < nums.getArrayNItems(); i += 2) {
        QPDFObjectHandle value = nums.getArrayItem(i);
        if (isArtifact(value)) {
            nums.setArrayItem(i, QPDFObjectHandle::newNull());
        } else if (value.isArray()) {
            for (int j = 0; j < value.getArrayNItems(); ++j) {
                if (isArtifact(value.getArrayItem(j)))
                    value.setArrayItem(j, QPDFObjectHandle::newNull());
            }
        }
    }
}

// What is not read (the running header, the page number, a table's grid) was drawn inside
// "Private" elements: its marked content becomes an artifact. Cairo writes that marked content
// in one form, "/Private << /MCID n >> BDC", which is found and replaced as it stands; the
// operators around it stay as they are.
std::string withArtifacts(const std::string &content)
{
    static const std::string open = "/Private << /MCID ";
    std::string out;
    out.reserve(content.size());
    size_t from = 0;
    for (;;) {
        const size_t at = content.find(open, from);
        if (at == std::string::npos)
            break;
        size_t end = at + open.size();
        while (end < content.size() && std::isdigit(static_cast<unsigned char>(content[end])))
            ++end;
        static const std::string close = " >> BDC";
        if (content.compare(end, close.size(), close) != 0) {
            out.append(content, from, end - from);
            from = end;
            continue;
        }
        out.append(content, from, at - from);
        out += "/Artifact BMC";
        from = end + close.size();
    }
    out.append(content, from, std::string::npos);
    return out;
}
} // namespace

QByteArray finishTaggedPdf(const QByteArray &pdf, const PdfFinish &finish, QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle root = document.getRoot();
        root.replaceKey("/Lang", text(finish.language));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);
        root.replaceKey("/PageMode", name("/UseOutlines"));
        QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
        markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
        root.replaceKey("/MarkInfo", markInfo);

        const QString stamp = finish.created.toString(Qt::ISODate);
        // The document information, written here only (cairo's own is replaced).
        QPDFObjectHandle info = document.getTrailer().getKey("/Info");
        if (!info.isDictionary()) {
            info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            document.getTrailer().replaceKey("/Info", info);
        }
        info.replaceKey("/Title", text(finish.title));
        info.replaceKey("/Author", text(finish.author));
        info.replaceKey("/Subject", text(finish.subject));
        info.replaceKey("/Creator", text(QStringLiteral("Routekaart Werkboek")));
        info.replaceKey("/Producer", text(QStringLiteral("Routekaart Werkboek")));
        info.replaceKey("/CreationDate", text(pdfDate(finish.created)));
        info.replaceKey("/ModDate", text(pdfDate(finish.created)));

        QPDFObjectHandle structure = root.getKey("/StructTreeRoot");
        if (!structure.isDictionary()) {
            *error = QStringLiteral("no structure tree");
            return {};
        }
        int figure = 0;
        std::set<QPDFObjGen> seen;
        completeStructure(structure, finish.figureTexts, &figure, &seen);
        dropArtifactParents(structure.getKey("/ParentTree"));

        int link = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(document).getAllPages()) {
            Pl_Buffer collected("page content");
            page.pipeContents(&collected);
            collected.finish();
            std::unique_ptr<Buffer> bytes(collected.getBuffer());
            const std::string content(reinterpret_cast<const char *>(bytes->getBuffer()), bytes->getSize());
            QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
            if (content.find("/Private") != std::string::npos && contents.isStream())
                contents.replaceStreamData(withArtifacts(content), QPDFObjectHandle::newNull(),
                                           QPDFObjectHandle::newNull());
            QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
            if (annotations.isArray()) {
                // Tab order follows the structure; every link says where it leads.
                page.getObjectHandle().replaceKey("/Tabs", name("/S"));
                for (int i = 0; i < annotations.getArrayNItems(); ++i) {
                    QPDFObjectHandle annotation = annotations.getArrayItem(i);
                    if (annotation.isDictionary() && annotation.getKey("/Subtype").isNameAndEquals("/Link")) {
                        if (link < finish.linkTexts.size())
                            annotation.replaceKey("/Contents", text(finish.linkTexts.at(link)));
                        ++link;
                    }
                }
            }
        }

        QPDFObjectHandle metadata = document.newStream(xmp(finish, stamp));
        metadata.getDict().replaceKey("/Type", name("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", name("/XML"));
        root.replaceKey("/Metadata", metadata);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setMinimumPDFVersion("1.7");
        // Streams are copied as cairo compressed them; only the rewritten page contents are
        // compressed anew.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.setStaticID(false);
        writer.write();
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()), qsizetype(written->getSize()));
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
        return {};
    }
}

} // namespace rk
