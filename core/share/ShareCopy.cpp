#include "ShareCopy.h"

#include "ProjectDocument.h"
#include "records/RecordTables.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace rk::share {

namespace {
QString safeName(QString name)
{
    for (const QChar c : QStringLiteral("<>:\"/\\|?*"))
        name.replace(c, QLatin1Char('-'));
    return name.simplified();
}

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
    return safeName(QStringLiteral("%1 - %2 - %3").arg(project.gemeente, project.title, date.toString(Qt::ISODate))) +
           QStringLiteral(".routekaart");
}

bool writeShareCopy(ProjectDocument &document, const QString &givenPath, bool keepPersonalData, QString *error)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (path == document.filePath()) {
        *error = QCoreApplication::translate("rk::share",
                                             "Kies een andere naam: de kopie zou het project zelf overschrijven.");
        return false;
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    auto fail = [&](const QString &message) {
        QFile::remove(partial);
        *error = message;
        return false;
    };
    const QString cannotWrite =
        QCoreApplication::translate("rk::share",
                                    "De kopie kon niet worden geschreven als %1. Controleer of de map bestaat, of u "
                                    "er mag schrijven en of er genoeg ruimte is.")
            .arg(QDir::toNativeSeparators(path));
    // VACUUM INTO writes a compact, complete copy; the live file is only read.
    if (!document.database().vacuumInto(partial))
        return fail(cannotWrite);
    {
        Database copy;
        if (!copy.open(partial, Database::Mode::ReadWrite))
            return fail(cannotWrite);
        copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        Transaction transaction(copy);
        bool ok = transaction.isActive();
        if (!keepPersonalData) {
            for (const TableSpec &spec : tableSpecs()) {
                for (const FieldSpec &field : spec.fields) {
                    if (field.personal)
                        ok = ok && copy.exec(QStringLiteral("UPDATE %1 SET %2 = ''")
                                                 .arg(QLatin1String(spec.sqlName), QLatin1String(field.column)));
                }
            }
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const auto &[key, value] : {std::pair<QString, QString>{QLatin1String(kMetaSharedOn), now},
                                         {QLatin1String(kMetaPersonalDataRemoved),
                                          keepPersonalData ? QStringLiteral("0") : QStringLiteral("1")}}) {
            Statement upsert(copy, QStringLiteral("INSERT INTO project_meta (id, key, value, created_at, updated_at) "
                                                  "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT(key) DO UPDATE SET "
                                                  "value = ?3, updated_at = ?4"));
            upsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, key).bind(3, value).bind(4, now);
            ok = ok && upsert.exec();
        }
        if (!ok || !transaction.commit())
            return fail(cannotWrite);
        // Removed text must not linger in free pages of the copy.
        if (!keepPersonalData && !copy.exec(QStringLiteral("VACUUM")))
            return fail(cannotWrite);
    }
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return fail(cannotWrite);
    if (!QFile::rename(partial, path))
        return fail(cannotWrite);
    return true;
}

QByteArray buildEmlDraft(const QString &to, const QString &subject, const QString &body, const QString &attachmentPath,
                         QString *error)
{
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
    eml += "Subject: " + encodedWord(subject) + "\r\n";
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
                       "rk::share", "Hallo,\n\nIn de bijlage staat het werkboek \"%1\" van %2. Je opent het met "
                                    "Routekaart Werkboek.\n")
                       .arg(document.project().title, document.project().gemeente);
    if (personalDataRemoved)
        body += QCoreApplication::translate("rk::share", "\nDeze kopie bevat geen gegevens van contactpersonen.\n");
    body += QCoreApplication::translate("rk::share", "\nMet vriendelijke groet,\n");
    return body;
}

} // namespace rk::share
