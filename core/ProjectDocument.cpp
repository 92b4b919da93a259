#include "ProjectDocument.h"

#include "ProjectLock.h"
#include "desktop/UserName.h"
#include "storage/PrivateFiles.h"
#include "storage/ProjectStore.h"
#include "storage/SafeWrite.h"
#include "text/HouseStyleCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace rk {

namespace {
bool validYear(qint64 year)
{
    return year >= limits::kMinYear && year <= limits::kMaxYear;
}
} // namespace

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QString path, int schemaVersion, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_path(std::move(path))
    , m_schemaVersion(schemaVersion)
    , m_undoStack(new QUndoStack(this))
{
    for (const ChapterInfo &info : chapterInfos())
        chapterRef(info.id).chapter = info.id;
    connect(this, &ProjectDocument::answerChanged, this, &ProjectDocument::chapterWorkChanged);
    connect(this, &ProjectDocument::checklistEntryChanged, this, &ProjectDocument::chapterWorkChanged);
    // Every edit goes into the history under the user's name (files from schema 11 on).
    m_store->enableHistory(schemaVersion >= 11);
    m_store->setAuthor(userName());
    const auto tableChanged = [this](TableId table) { Q_EMIT chapterWorkChanged(tableSpec(table).chapter); };
    connect(this, &ProjectDocument::recordInserted, this, tableChanged);
    connect(this, &ProjectDocument::recordRemoved, this, tableChanged);
    connect(this, &ProjectDocument::tableReset, this, tableChanged);
}

ProjectDocument::~ProjectDocument()
{
    // The undo commands refer to this document; let them go first.
    delete m_undoStack;
    m_store->close();
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

bool ProjectDocument::chapterHasWork(ChapterId id) const
{
    if (!chapter(id).notes.trimmed().isEmpty())
        return true;
    for (TableId table : tablesOfChapter(id)) {
        if (!records(table).isEmpty())
            return true;
    }
    const QString prefix = QLatin1String(chapterInfo(id).key) + QLatin1Char('/');
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (it.key().startsWith(prefix) && !it.value().trimmed().isEmpty())
            return true;
    }
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it) {
        if (it.key().startsWith(prefix) &&
            (it.value().answer != ChecklistAnswer::Unanswered || !it.value().comment.trimmed().isEmpty()))
            return true;
    }
    return false;
}

ChapterStatus ProjectDocument::chapterStatus(ChapterId id) const
{
    const ChapterStatus chosen = chapter(id).status;
    if (chosen == ChapterStatus::NotStarted && chapterHasWork(id))
        return ChapterStatus::InProgress;
    return chosen;
}

ChapterState &ProjectDocument::chapterRef(ChapterId id)
{
    return m_chapters.at(std::size_t(chapterIndex(id)));
}

bool ProjectDocument::load(QString *detail)
{
    ProjectContent content;
    if (!m_store->load(m_schemaVersion, &content, detail))
        return false;
    m_project = std::move(content.project);
    m_chapters = std::move(content.chapters);
    m_meta = std::move(content.meta);
    m_answers = std::move(content.answers);
    m_checklist = std::move(content.checklist);
    m_records = std::move(content.records);
    for (auto &index : m_rowIndex)
        index.reset();
    return true;
}

bool ProjectDocument::canWrite()
{
    // Every edit works on the rows as the file holds them: tables left on file come back first.
    loadAllFromFile();
    if (!m_reloadProblem.isEmpty()) {
        m_lastError = m_reloadProblem;
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    if (!isReadOnly())
        return true;
    m_lastError = describeWriteFailure(false, true);
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool ProjectDocument::failWrite()
{
    m_lastError = describeWriteFailure(m_store->isDiskFull(), false);
    m_store->settleAfterFailure();
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
    const QString now = ProjectStore::nowUtc();
    if (!m_store->writeChapterNotes(id, notes, now))
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
    const QString now = ProjectStore::nowUtc();
    if (!m_store->writeChapterStatus(id, status, now))
        return failWrite();
    ChapterState &state = chapterRef(id);
    state.status = status;
    state.updatedAt = now;
    Q_EMIT chapterChanged(id);
    return true;
}

bool ProjectDocument::isValidProjectInfo(const ProjectInfo &info)
{
    QString problem;
    return !info.gemeente.trimmed().isEmpty() && !info.title.trimmed().isEmpty() &&
           info.gemeente.size() <= limits::kNameLength && info.title.size() <= limits::kNameLength &&
           validYear(info.startYear) && info.horizonYears >= 1 && info.horizonYears <= limits::kMaxHorizonYears &&
           isHouseColour(info.style.colour) && info.style.font.size() <= limits::kFontNameLength &&
           info.style.sender.size() <= limits::kNameLength && info.style.department.size() <= limits::kNameLength &&
           (info.style.logo.isEmpty() || checkLogo(info.style.logo, info.style.logoFormat, &problem));
}

bool ProjectDocument::writeProjectInfo(const ProjectInfo &info)
{
    if (!canWrite())
        return false;
    if (!isValidProjectInfo(info)) {
        m_lastError = QCoreApplication::translate("rk::ProjectDocument",
                                                  "De projectgegevens zijn niet geldig en zijn niet opgeslagen.");
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    const QString now = ProjectStore::nowUtc();
    if (!m_store->writeProjectInfo(info, now))
        return failWrite();
    m_project.gemeente = info.gemeente;
    m_project.title = info.title;
    m_project.startYear = info.startYear;
    m_project.horizonYears = info.horizonYears;
    m_project.style = info.style;
    m_project.updatedAt = now;
    Q_EMIT projectInfoChanged();
    return true;
}

bool ProjectDocument::writeMetaValue(const QString &key, const QString &value)
{
    if (!canWrite())
        return false;
    if (!m_store->writeMeta(key, value, ProjectStore::nowUtc()))
        return failWrite();
    m_meta.insert(key, value);
    return true;
}

QList<HistoryEntry> ProjectDocument::history(const HistoryFilter &filter) const
{
    QList<HistoryEntry> entries;
    m_store->loadHistory(filter, &entries);
    return entries;
}

QStringList ProjectDocument::historyAuthors() const
{
    return m_store->historyAuthors();
}

void ProjectDocument::updateAuthor()
{
    m_store->setAuthor(userName());
}

void ProjectDocument::setHistoryStep(const QString &text)
{
    m_store->setStep(text.left(500));
}

QList<SentShare> ProjectDocument::sentShares() const
{
    QList<SentShare> shares;
    if (m_schemaVersion >= 11)
        m_store->loadShares(&shares);
    return shares;
}

bool ProjectDocument::sentShareCopy(const QString &shareId, QByteArray *compressedCopy) const
{
    return m_schemaVersion >= 11 && m_store->loadShareCopy(shareId, compressedCopy);
}

bool ProjectDocument::recordShare(const SentShare &share, const QByteArray &compressedCopy)
{
    // Quietly: the share itself succeeded, and without this the copy can be compared two ways.
    return !isReadOnly() && m_schemaVersion >= 11 &&
           m_store->recordShare(share, compressedCopy, ProjectStore::nowUtc());
}

bool ProjectDocument::saveCopyAs(const QString &targetPath)
{
    // Never over an existing file: "Opslaan als" asks the user first, and here the answer
    // is always no, so a project that is open elsewhere is never replaced either.
    switch (writeThenPlace(targetPath, false, [this](const QString &part) { return m_store->copyInto(part); })) {
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

namespace rk {

bool ProjectDocument::copyInto(const QString &emptyFile)
{
    return m_store->copyInto(emptyFile);
}

} // namespace rk
