#include "ProjectDocument.h"

#include "ProjectLock.h"
#include "storage/PrivateFiles.h"
#include "storage/SafeWrite.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace rk {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool validYear(qint64 year)
{
    return year >= limits::kMinYear && year <= limits::kMaxYear;
}
} // namespace

ProjectDocument::ProjectDocument(Database db, QString path, int schemaVersion, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_path(std::move(path))
    , m_schemaVersion(schemaVersion)
    , m_undoStack(new QUndoStack(this))
{
    for (const ChapterInfo &info : chapterInfos())
        chapterRef(info.id).chapter = info.id;
}

ProjectDocument::~ProjectDocument()
{
    // The undo commands refer to this document; let them go first.
    delete m_undoStack;
    m_db.close();
    m_lock.reset();
    privatefiles::removeWithJournal(m_temporaryCopy);
}

QString ProjectDocument::displayName() const
{
    return QStringLiteral("%1 - %2").arg(m_project.gemeente, m_project.title);
}

QString ProjectDocument::readOnlyMessage() const
{
    return describeReadOnly(m_readOnlyReason, m_readOnlyDetail);
}

const ChapterState &ProjectDocument::chapter(ChapterId id) const
{
    return m_chapters.at(std::size_t(chapterIndex(id)));
}

ChapterState &ProjectDocument::chapterRef(ChapterId id)
{
    return m_chapters.at(std::size_t(chapterIndex(id)));
}

bool ProjectDocument::load(QString *detail)
{
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM project"));
    if (!count.next() || count.integer(0) != 1) {
        *detail = QStringLiteral("expected exactly one project row");
        return false;
    }
    Statement project(m_db, QStringLiteral("SELECT id, gemeente, title, start_year, horizon_years, created_at, "
                                           "updated_at FROM project"));
    if (!project.next()) {
        *detail = m_db.errorMessage();
        return false;
    }
    // The stored types first: reading a value converts it.
    const bool storedForm =
        project.isText(1) && project.isText(2) && project.isInteger(3) && project.isInteger(4);
    m_project.id = project.text(0);
    m_project.gemeente = project.text(1);
    m_project.title = project.text(2);
    const qint64 startYear = project.integer(3);
    const qint64 horizon = project.integer(4);
    m_project.createdAt = project.text(5);
    m_project.updatedAt = project.text(6);
    if (m_project.gemeente.isEmpty() || !isStorableText(m_project.gemeente, limits::kNameLength) ||
        m_project.title.isEmpty() || !isStorableText(m_project.title, limits::kNameLength) ||
        !storedForm || !validYear(startYear) || horizon < 1 ||
        horizon > limits::kMaxHorizonYears) {
        *detail = QStringLiteral("project row out of range");
        return false;
    }
    m_project.startYear = int(startYear);
    m_project.horizonYears = int(horizon);

    std::array<bool, kChapterCount> seen{};
    Statement chapters(m_db, QStringLiteral("SELECT id, chapter, status, notes, updated_at FROM chapter_state"));
    while (chapters.next()) {
        const auto id = chapterFromKey(chapters.text(1));
        const auto status = chapterStatusFromInt(chapters.integer(2));
        if (!id || !status || seen.at(std::size_t(chapterIndex(*id)))) {
            *detail = QStringLiteral("unknown or repeated chapter row");
            return false;
        }
        seen.at(std::size_t(chapterIndex(*id))) = true;
        ChapterState &state = chapterRef(*id);
        state.id = chapters.text(0);
        state.status = *status;
        state.notes = chapters.text(3);
        state.updatedAt = chapters.text(4);
        if (!isStorableText(state.notes, limits::kNotesLength)) {
            *detail = QStringLiteral("notes too long");
            return false;
        }
    }
    if (chapters.hasError() || std::find(seen.cbegin(), seen.cend(), false) != seen.cend()) {
        *detail = chapters.hasError() ? m_db.errorMessage() : QStringLiteral("missing chapter rows");
        return false;
    }

    m_meta.clear();
    if (m_schemaVersion >= 3 && !loadWorkbook(detail))
        return false;
    if (m_schemaVersion >= 2) {
        Statement meta(m_db, QStringLiteral("SELECT key, value FROM project_meta LIMIT 1001"));
        while (meta.next()) {
            if (!isStorableText(meta.text(0), 100) || !isStorableText(meta.text(1), 10000)) {
                *detail = QStringLiteral("bad project_meta row");
                return false;
            }
            m_meta.insert(meta.text(0), meta.text(1));
        }
        if (meta.hasError() || m_meta.size() > 1000) {
            *detail = QStringLiteral("project_meta unreadable or too large");
            return false;
        }
    }
    return true;
}

bool ProjectDocument::canWrite()
{
    if (!isReadOnly())
        return true;
    m_lastError = describeWriteFailure(false, true);
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool ProjectDocument::failWrite()
{
    m_lastError = describeWriteFailure(m_db.isDiskFull(), false);
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool ProjectDocument::writeChapterNotes(ChapterId id, const QString &notes)
{
    if (!canWrite())
        return false;
    if (notes.size() > limits::kNotesLength) {
        m_lastError = QCoreApplication::translate("rk::ProjectDocument",
                                                  "De notitie is te lang (meer dan %1 tekens) en is niet opgeslagen.")
                          .arg(limits::kNotesLength);
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement update(m_db, QStringLiteral("UPDATE chapter_state SET notes = ?1, updated_at = ?2 WHERE chapter = ?3"));
    update.bind(1, notes).bind(2, now).bind(3, QLatin1String(chapterInfo(id).key));
    if (!transaction.isActive() || !update.exec() || !transaction.commit())
        return failWrite();
    ChapterState &state = chapterRef(id);
    state.notes = notes;
    state.updatedAt = now;
    Q_EMIT chapterChanged(id);
    return true;
}

bool ProjectDocument::writeChapterStatus(ChapterId id, ChapterStatus status)
{
    if (!canWrite())
        return false;
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement update(m_db, QStringLiteral("UPDATE chapter_state SET status = ?1, updated_at = ?2 WHERE chapter = ?3"));
    update.bind(1, int(status)).bind(2, now).bind(3, QLatin1String(chapterInfo(id).key));
    if (!transaction.isActive() || !update.exec() || !transaction.commit())
        return failWrite();
    ChapterState &state = chapterRef(id);
    state.status = status;
    state.updatedAt = now;
    Q_EMIT chapterChanged(id);
    return true;
}

bool ProjectDocument::writeProjectInfo(const ProjectInfo &info)
{
    if (!canWrite())
        return false;
    if (info.gemeente.trimmed().isEmpty() || info.title.trimmed().isEmpty() ||
        info.gemeente.size() > limits::kNameLength || info.title.size() > limits::kNameLength ||
        !validYear(info.startYear) || info.horizonYears < 1 || info.horizonYears > limits::kMaxHorizonYears) {
        m_lastError = QCoreApplication::translate("rk::ProjectDocument",
                                                  "De projectgegevens zijn niet geldig en zijn niet opgeslagen.");
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement update(m_db, QStringLiteral("UPDATE project SET gemeente = ?1, title = ?2, start_year = ?3, "
                                          "horizon_years = ?4, updated_at = ?5"));
    update.bind(1, info.gemeente).bind(2, info.title).bind(3, info.startYear).bind(4, info.horizonYears).bind(5, now);
    if (!transaction.isActive() || !update.exec() || !transaction.commit())
        return failWrite();
    m_project.gemeente = info.gemeente;
    m_project.title = info.title;
    m_project.startYear = info.startYear;
    m_project.horizonYears = info.horizonYears;
    m_project.updatedAt = now;
    Q_EMIT projectInfoChanged();
    return true;
}

bool ProjectDocument::writeMetaValue(const QString &key, const QString &value)
{
    if (!canWrite())
        return false;
    const QString now = nowUtc();
    Transaction transaction(m_db);
    Statement upsert(m_db, QStringLiteral("INSERT INTO project_meta (id, key, value, created_at, updated_at) "
                                          "VALUES (?1, ?2, ?3, ?4, ?4) "
                                          "ON CONFLICT(key) DO UPDATE SET value = ?3, updated_at = ?4"));
    upsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, key).bind(3, value).bind(4, now);
    if (!transaction.isActive() || !upsert.exec() || !transaction.commit())
        return failWrite();
    m_meta.insert(key, value);
    return true;
}

bool ProjectDocument::saveCopyAs(const QString &targetPath)
{
    // Never over an existing file: "Opslaan als" asks the user first, and here the answer
    // is always no, so a project that is open elsewhere is never replaced either.
    switch (writeThenPlace(targetPath, false, [this](const QString &part) { return m_db.vacuumInto(part); })) {
    case SafeWriteResult::Written:
        return true;
    case SafeWriteResult::TargetExists:
    case SafeWriteResult::TargetInUse:
        m_lastError = describeProblem(FileProblem::AlreadyExists, targetPath);
        return false;
    case SafeWriteResult::WriteFailed:
        break;
    }
    m_lastError = describeProblem(FileProblem::CannotCreate, targetPath);
    return false;
}

} // namespace rk
