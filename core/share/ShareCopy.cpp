#include "ShareCopy.h"

#include "ProjectDocument.h"
#include "desktop/UserName.h"
#include "storage/ProjectStore.h"
#include "storage/SafeWrite.h"
#include "storage/Schema.h"
#include "text/PrintableText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace rk::share {

namespace {
// Room for " (99)" and ".routekaart" under the 255 bytes most file systems allow a name.
constexpr qsizetype kMaxNameBytes = 200;

// RFC 2047 for a header value that is not plain ASCII.
QByteArray encodedWord(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80 && c != '\r' && c != '\n';
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}
} // namespace

QString copyFileName(const ProjectDocument &document, const QDate &date)
{
    const ProjectInfo &project = document.project();
    // The date last and whole: a long name is shortened before it, never the date dropped.
    const QString dated = QStringLiteral(" - ") + date.toString(Qt::ISODate);
    // No control characters (an escape sequence would reach a terminal) and no format
    // characters (a right-to-left override would make "fdp.routekaart" read as another name).
    return text::fileNamePart(QStringLiteral("%1 - %2").arg(project.gemeente, project.title),
                              kMaxNameBytes - dated.size()) +
           dated + QStringLiteral(".routekaart");
}

QString freeCopyPath(const ProjectDocument &document, const QString &folder, const QDate &date)
{
    const QString name = copyFileName(document, date);
    const QString base = QDir(folder).filePath(name.left(name.size() - int(QStringLiteral(".routekaart").size())));
    auto taken = [](const QString &stem) {
        return QFileInfo::exists(stem + QStringLiteral(".routekaart")) ||
               QFileInfo::exists(stem + QStringLiteral(".eml"));
    };
    QString stem = base;
    for (int n = 2; taken(stem); ++n)
        stem = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return stem + QStringLiteral(".routekaart");
}

bool writeShareCopy(ProjectDocument &document, const QString &givenPath, bool keepPersonalData, QString *error,
                    const QString &sharedWith)
{
    const QFileInfo target(givenPath);
    const QString path = target.absoluteFilePath();
    if (path == document.filePath() || (target.exists() && target.canonicalFilePath() == document.filePath())) {
        *error = QCoreApplication::translate("rk::share",
                                             "Kies een andere naam: de kopie zou het project zelf overschrijven.");
        return false;
    }
    // A newer version may hold personal data in places this version does not know, so it
    // cannot promise a copy without them.
    if (!keepPersonalData && document.schemaVersion() > schema::kCurrentVersion) {
        *error = QCoreApplication::translate("rk::share",
                                             "Dit project is gemaakt met een nieuwere versie van Routekaart Werkboek. "
                                             "Alleen die versie kan er een kopie zonder persoonsgegevens van maken. "
                                             "Werk het programma bij.");
        return false;
    }
    const QString cannotWrite =
        QCoreApplication::translate("rk::share",
                                    "De kopie kon niet worden geschreven als %1. Controleer of de map bestaat, of u "
                                    "er mag schrijven en of er genoeg ruimte is.")
            .arg(QDir::toNativeSeparators(path));
    const SentShare share{QUuid::createUuid().toString(QUuid::WithoutBraces), ProjectStore::nowUtc(), userName(),
                          text::printable(sharedWith).simplified().left(limits::kShareAddressLength),
                          !keepPersonalData};
    const QMap<QString, QString> facts = {
        {QLatin1String(kMetaSharedOn), share.sharedAt},
        {QLatin1String(kMetaPersonalDataRemoved), keepPersonalData ? QStringLiteral("0") : QStringLiteral("1")},
        {QLatin1String(kMetaShareId), share.id},
        {QLatin1String(kMetaSharedBy), share.sharedBy},
        {QLatin1String(kMetaSharedWith), share.sharedWith},
    };
    QByteArray sent;
    auto write = [&](const QString &partial) {
        // VACUUM INTO writes a compact, complete copy; the live file is only read.
        if (!document.copyInto(partial) || !ProjectStore::prepareShareCopy(partial, keepPersonalData, facts))
            return false;
        QFile copy(partial);
        if (copy.open(QIODevice::ReadOnly))
            sent = qCompress(copy.readAll(), 6);
        return true;
    };
    LockHolder holder;
    switch (writeThenPlace(path, true, write, &holder)) {
    case SafeWriteResult::Written:
    case SafeWriteResult::TargetExists: // not with replace
        break;
    case SafeWriteResult::TargetInUse:
        *error = QCoreApplication::translate("rk::share",
                                             "Het bestand %1 is geopend door %2 en wordt daarom niet vervangen. "
                                             "Kies een andere naam, of sluit het project daar eerst.")
                     .arg(QDir::toNativeSeparators(path), holder.describe());
        return false;
    case SafeWriteResult::WriteFailed:
        *error = cannotWrite;
        return false;
    }
    // Without what was sent (a project opened read-only, a full disk) the copy can still be
    // compared two ways when it comes back.
    if (!sent.isEmpty() && !document.isReadOnly() && !document.recordShare(share, sent))
        qWarning("The shared copy was written, but the project could not keep what it sent.");
    return true;
}

QByteArray buildEmlDraft(const QString &to, const QString &subject, const QString &body, const QString &attachmentPath,
                         QString *error)
{
    if (text::hasControlCharacters(to)) {
        *error = QCoreApplication::translate("rk::share",
                                             "Het adres \"%1\" bevat een regeleinde of een ander teken dat niet in "
                                             "een e-mailadres hoort.")
                     .arg(text::printable(to));
        return {};
    }
    QFile attachment(attachmentPath);
    if (!attachment.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("rk::share", "De bijlage %1 kan niet worden gelezen.")
                     .arg(QDir::toNativeSeparators(attachmentPath));
        return {};
    }
    const QByteArray data = attachment.readAll();
    const QByteArray boundary = "=_routekaart_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QString fileName = QFileInfo(attachmentPath).fileName();
    // RFC 2231 for a file name with characters outside ASCII.
    const QByteArray encodedName = QUrl::toPercentEncoding(fileName);
    QByteArray eml;
    eml += "X-Unsent: 1\r\n";
    if (!to.trimmed().isEmpty())
        eml += "To: " + to.trimmed().toUtf8() + "\r\n";
    eml += "Subject: " + encodedWord(text::printable(subject)) + "\r\n";
    eml += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    eml += wrapBase64(body.toUtf8());
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: application/x-routekaart\r\n";
    eml += "Content-Transfer-Encoding: base64\r\n";
    eml += "Content-Disposition: attachment; filename*=UTF-8''" + encodedName + "\r\n\r\n";
    eml += wrapBase64(data);
    eml += "--" + boundary + "--\r\n";
    return eml;
}

QString defaultSubject(const ProjectDocument &document)
{
    return QCoreApplication::translate("rk::share", "Routekaart eenzaamheid: %1 - %2")
        .arg(document.project().gemeente, document.project().title);
}

QString defaultBody(const ProjectDocument &document, bool personalDataRemoved)
{
    QString body = QCoreApplication::translate(
                       "rk::share", "Goedendag,\n\nIn de bijlage staat het werkboek \"%1\" van %2. U opent het met "
                                    "Routekaart Werkboek.\n")
                       .arg(document.project().title, document.project().gemeente);
    if (personalDataRemoved)
        body += QCoreApplication::translate("rk::share", "\nDeze kopie bevat geen gegevens van contactpersonen.\n");
    body += QCoreApplication::translate("rk::share", "\nMet vriendelijke groet,\n");
    return body;
}

} // namespace rk::share
