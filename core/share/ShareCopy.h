#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace rk {

class ProjectDocument;

// Sharing a project by email: a clean single-file copy (VACUUM INTO, never the live file),
// by default without personal data, and a mail draft (.eml) with the copy attached.
namespace share {

// "<gemeente> - <titel> - <YYYY-MM-DD>.routekaart", without characters file systems refuse
// nor control and direction characters, and short enough for any file system.
QString copyFileName(const ProjectDocument &document, const QDate &date = QDate::currentDate());
// That name in `folder`, with " (2)", " (3)", ... added until neither the copy nor its mail
// draft (.eml) exists there: for flows that pick the name themselves and must not overwrite.
QString freeCopyPath(const ProjectDocument &document, const QString &folder, const QDate &date = QDate::currentDate());

// Writes the copy at `path` (replacing a file there only when complete, and never one that
// is open in a window or another program). Personal data (contact persons) is left out
// unless `keepPersonalData`; the copy records which, with the share's id, when, by whom
// (userName()) and with whom (`sharedWith`, an address or empty). Columns no version shows are
// emptied. The project keeps the copy as sent (when it can be written), so that the copy
// can be compared three ways when it comes back (see merge/).
bool writeShareCopy(ProjectDocument &document, const QString &path, bool keepPersonalData, QString *error,
                    const QString &sharedWith = QString());

// A mail draft with header X-Unsent: 1 (opens as an editable draft in Outlook and others)
// and the file attached. An address with a line break or control character is refused
// (it could add headers of its own).
QByteArray buildEmlDraft(const QString &to, const QString &subject, const QString &body, const QString &attachmentPath,
                         QString *error);

QString defaultSubject(const ProjectDocument &document);
QString defaultBody(const ProjectDocument &document, bool personalDataRemoved);

// Meta keys a shared copy carries.
constexpr const char *kMetaSharedOn = "shared_on";
constexpr const char *kMetaPersonalDataRemoved = "personal_data_removed";
constexpr const char *kMetaShareId = "share_id";
constexpr const char *kMetaSharedBy = "shared_by";
constexpr const char *kMetaSharedWith = "shared_with";

} // namespace share
} // namespace rk
