#include "merge/ProjectMerge.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "share/ShareCopy.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

// Opening a copy that came back, and what the project sent, with the checks of any file.
namespace rk::merge {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rk::merge", text);
}
} // namespace

bool referencesWhole(const ProjectDocument &document, QString *problem)
{
    for (int t = 0; t < kTableCount; ++t) {
        const auto table = static_cast<TableId>(t);
        const TableSpec &spec = tableSpec(table);
        for (const Record &row : document.records(table)) {
            bool whole = !spec.hasParent() || document.record(static_cast<TableId>(spec.parentTable), row.parentId);
            for (std::size_t f = 0; whole && f < spec.fields.size(); ++f) {
                const FieldSpec &field = spec.fields.at(f);
                const QString target = row.values.value(int(f)).toString();
                whole = field.type != FieldType::Reference || target.isEmpty() ||
                        document.record(static_cast<TableId>(field.referenceTable), target);
            }
            if (!whole) {
                *problem = QCoreApplication::translate("rk::merge",
                                                       "In de tabel \"%1\" verwijst een regel naar iets dat er niet "
                                                       "is. Het bestand is misschien met een ander programma "
                                                       "bewerkt.")
                               .arg(tableTitle(table));
                return false;
            }
        }
    }
    return true;
}

OpenedCopy::OpenedCopy() = default;
OpenedCopy::OpenedCopy(OpenedCopy &&) noexcept = default;
OpenedCopy &OpenedCopy::operator=(OpenedCopy &&) noexcept = default;
OpenedCopy::~OpenedCopy()
{
    ancestor.reset();
    if (!ancestorFile.isEmpty())
        privatefiles::removeWithJournal(ancestorFile);
}

namespace {
constexpr const char *kSentPrefix = "sent-";
constexpr const char *kSentSuffix = ".routekaart";
// What a kept copy may grow to when unpacked: more than any project's file.
constexpr quint32 kMaxUnpackedBytes = 512u * 1024u * 1024u;

// Unpacks what the project sent into a private file and opens it like any file.
std::unique_ptr<ProjectDocument> openSent(const ProjectDocument &mine, const CopyOrigin &origin, QString *file,
                                          QString *reason)
{
    QByteArray packed;
    if (origin.sharedOn.isEmpty()) {
        *reason = tr("Dit bestand is niet met Delen gemaakt, dus is niet bekend wat er ooit is verstuurd.");
        return nullptr;
    }
    if (origin.shareId.isEmpty() || !mine.sentShareCopy(origin.shareId, &packed)) {
        *reason = origin.shareId.isEmpty()
                      ? tr("De kopie is gemaakt voordat dit programma bewaarde wat het verstuurde.")
                      : tr("Dit project bewaart de verstuurde versie van deze kopie niet meer.");
        return nullptr;
    }
    const quint32 declared = packed.size() >= 4 ? qFromBigEndian<quint32>(packed.constData()) : 0;
    const QByteArray bytes = declared > 0 && declared <= kMaxUnpackedBytes ? qUncompress(packed) : QByteArray();
    packed.clear();
    const QString folder = privatefiles::scratchFolder();
    if (bytes.isEmpty() || folder.isEmpty()) {
        *reason = tr("De verstuurde versie van deze kopie kon niet worden gelezen.");
        return nullptr;
    }
    privatefiles::removeLeftovers(folder, QLatin1String(kSentPrefix), QLatin1String(kSentSuffix));
    *file = privatefiles::createEmptyFile(folder, QLatin1String(kSentPrefix), QLatin1String(kSentSuffix));
    QFile out(*file);
    if (file->isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        *reason = tr("De verstuurde versie van deze kopie kon niet worden uitgepakt.");
        return nullptr;
    }
    out.close();
    OpenOptions options;
    options.readOnly = true;
    OpenResult sent = ProjectOpener::open(*file, options);
    if (!sent.ok() || sent.document->project().id != mine.project().id ||
        originOf(*sent.document).shareId != origin.shareId) {
        *reason = tr("De verstuurde versie van deze kopie past niet bij de kopie.");
        return nullptr;
    }
    return std::move(sent.document);
}
} // namespace

bool openCopy(const QString &copyPath, const ProjectDocument &mine, OpenedCopy *opened, QString *error)
{
    if (QFileInfo(copyPath).canonicalFilePath() == QFileInfo(mine.filePath()).canonicalFilePath()) {
        *error = tr("Dit is het project zelf, geen kopie ervan.");
        return false;
    }
    OpenOptions options;
    options.readOnly = true;
    OpenResult result = ProjectOpener::open(copyPath, options);
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    const ProjectInfo &theirs = result.document->project();
    if (theirs.id != mine.project().id) {
        *error = tr("Dit bestand is geen kopie van dit project, maar een ander project (\"%1\" van %2). Er is "
                    "niets om samen te voegen.")
                     .arg(theirs.title, theirs.gemeente);
        return false;
    }
    // The project given as the copy, and the copy as the project: say so rather than compare.
    if (result.document->metaValue(QLatin1String(share::kMetaSharedOn)).isEmpty() &&
        !mine.metaValue(QLatin1String(share::kMetaSharedOn)).isEmpty()) {
        *error = tr("De volgorde lijkt omgedraaid: dit bestand is uw project en het andere een kopie die met Delen "
                    "is gemaakt. Kies eerst de kopie en dan uw project.");
        return false;
    }
    QString problem;
    if (!referencesWhole(*result.document, &problem)) {
        *error = tr("De kopie klopt niet en wordt niet samengevoegd. %1").arg(problem);
        return false;
    }
    opened->origin = originOf(*result.document);
    opened->theirs = std::move(result.document);
    opened->ancestor = openSent(mine, opened->origin, &opened->ancestorFile, &opened->twoWayReason);
    return true;
}

} // namespace rk::merge
