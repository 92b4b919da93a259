// Answers, checklists and chapter tables: round trips through the file, undo, limits,
// the dashboard figures and search.

#include "TestSupport.h"

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "commands/Edits.h"
#include "records/Fields.h"
#include "guidance/Guidance.h"
#include "workbook/Dashboard.h"
#include "workbook/ProjectSearch.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace rk;

namespace {
std::unique_ptr<ProjectDocument> reopen(std::unique_ptr<ProjectDocument> document)
{
    const QString path = document->filePath();
    document.reset();
    OpenResult result = ProjectOpener::open(path);
    REQUIRE(result.ok());
    return std::move(result.document);
}

const QString kUnicode = QStringLiteral(
    "Sjoerd Fryske Haadstêd, Ayşe Yılmaz 👋🏽, مرحبا بالعالم, \u05E9\u05DC\u05D5\u05DD");
} // namespace

TEST_CASE("Answers and checklist entries survive reopening and undo", "[workbook]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("antwoorden.routekaart")));
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("probleem"), kUnicode));
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, QStringLiteral("p06"),
                                    {ChecklistAnswer::Partly, QStringLiteral("In twee van de drie wijken")}));
    const QString longAnswer = QString(limits::kAnswerLength, QChar(0x00EB));
    REQUIRE(edit::setAnswer(*document, ChapterId::Preventie, QStringLiteral("timing"), longAnswer));
    CHECK_FALSE(
        edit::setAnswer(*document, ChapterId::Preventie, QStringLiteral("timing"), longAnswer + QLatin1Char('x')));

    document = reopen(std::move(document));
    CHECK(document->answer(ChapterId::Verkenning, QStringLiteral("probleem")) == kUnicode);
    CHECK(document->answer(ChapterId::Preventie, QStringLiteral("timing")) == longAnswer);
    const ChecklistEntry entry = document->checklistEntry(ChapterId::MonitorenEvalueren, QStringLiteral("p06"));
    CHECK(entry.answer == ChecklistAnswer::Partly);
    CHECK(entry.comment == QLatin1String("In twee van de drie wijken"));

    // Undo after reopening starts empty; new edits undo to the stored state.
    REQUIRE(edit::setChecklistEntry(*document, ChapterId::MonitorenEvalueren, QStringLiteral("p06"),
                                    {ChecklistAnswer::Yes, entry.comment}));
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("probleem"), QStringLiteral("anders")));
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(document->checklistEntry(ChapterId::MonitorenEvalueren, QStringLiteral("p06")).answer ==
          ChecklistAnswer::Partly);
    CHECK(document->answer(ChapterId::Verkenning, QStringLiteral("probleem")) == kUnicode);
}

TEST_CASE("Every chapter table adds, edits, removes and undoes through the file", "[workbook]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("tabellen.routekaart")));
    for (const TableSpec &spec : tableSpecs()) {
        DYNAMIC_SECTION(spec.sqlName)
        {
            // Child tables need a parent row (and its parent), reference fields a goal.
            Record blank = emptyRecord(spec.id);
            QString goal = edit::insertRecord(*document, TableId::Goal, 0);
            if (spec.hasParent()) {
                QString parent = goal;
                if (spec.parentTable == int(TableId::Measurement) || spec.parentTable == int(TableId::Indicator)) {
                    Record indicator = emptyRecord(TableId::Indicator);
                    indicator.parentId = goal;
                    parent = spec.parentTable == int(TableId::Indicator)
                                 ? edit::insertRecord(*document, TableId::Indicator, 0, indicator)
                                 : goal;
                } else if (spec.parentTable != int(TableId::Goal)) {
                    parent = edit::insertRecord(*document, static_cast<TableId>(spec.parentTable), 0);
                }
                blank.parentId = parent;
            }
            const int base = int(document->records(spec.id).size());
            const QString first = edit::insertRecord(*document, spec.id, base, blank);
            const QString second = edit::insertRecord(*document, spec.id, base + 1, blank);
            REQUIRE_FALSE(first.isEmpty());
            const int firstRow = document->recordRow(spec.id, first);
            const int secondRow = document->recordRow(spec.id, second);
            REQUIRE(secondRow == firstRow + 1);
            // Give every field a value of its kind.
            for (int field = 0; field < int(spec.fields.size()); ++field) {
                const FieldSpec &f = spec.fields.at(std::size_t(field));
                QVariant value;
                switch (f.type) {
                case FieldType::Text:
                case FieldType::LongText:
                    value = kUnicode;
                    break;
                case FieldType::Integer:
                    value = qint64(2026);
                    break;
                case FieldType::Real:
                case FieldType::Money:
                    value = 47.5;
                    break;
                case FieldType::Reference:
                    value = f.referenceTable == int(TableId::Goal) ? goal : QString();
                    break;
                case FieldType::ChapterKey:
                    value = QStringLiteral("preventie");
                    break;
                case FieldType::Date:
                    value = QStringLiteral("2026-09-24");
                    break;
                case FieldType::Choice:
                    value = qint64(1);
                    break;
                case FieldType::Flag:
                    value = qint64(1);
                    break;
                case FieldType::ChoiceSet:
                    value = QLatin1String(choices(f.choices).front().key) + QLatin1Char(';') +
                            QLatin1String(choices(f.choices).back().key);
                    break;
                }
                REQUIRE(edit::setRecordField(*document, spec.id, second, field, value));
            }
            const Record filled = *document->record(spec.id, second);
            const int count = int(document->records(spec.id).size());
            document = reopen(std::move(document));
            REQUIRE(document->records(spec.id).size() == count);
            CHECK(document->recordRow(spec.id, first) == firstRow);
            const Record reread = *document->record(spec.id, second);
            CHECK(reread.parentId == filled.parentId);
            CHECK(reread.values == filled.values);

            // Remove the first row, undo puts it back in place, redo removes it again.
            REQUIRE(edit::removeRecord(*document, spec.id, first));
            CHECK(document->records(spec.id).size() == count - 1);
            document->undoStack()->undo();
            REQUIRE(document->records(spec.id).size() == count);
            CHECK(document->recordRow(spec.id, first) == firstRow);
            document->undoStack()->redo();
            CHECK(document->recordRow(spec.id, first) == -1);
            document = reopen(std::move(document));
            REQUIRE(document->records(spec.id).size() == count - 1);
            CHECK(document->record(spec.id, second)->values == filled.values);
        }
    }
}

TEST_CASE("Table values that do not fit are refused with a message", "[workbook]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("waarden.routekaart")));
    const QString id = edit::insertRecord(*document, TableId::LocalFigure, 0);
    CHECK_FALSE(edit::setRecordField(*document, TableId::LocalFigure, id, 2, QStringLiteral("veel")));
    CHECK(document->lastError().contains(QLatin1String("Waarde")));
    CHECK(edit::setRecordField(*document, TableId::LocalFigure, id, 2, QStringLiteral("47,5")));
    CHECK(document->records(TableId::LocalFigure).constFirst().values.at(2).toDouble() == 47.5);
    CHECK_FALSE(edit::setRecordField(*document, TableId::LocalFigure, id, 0, QString(501, QLatin1Char('a'))));
    const QString campaign = edit::insertRecord(*document, TableId::Campaign, 0);
    CHECK_FALSE(edit::setRecordField(*document, TableId::Campaign, campaign, 2, QStringLiteral("duiven")));
    CHECK_FALSE(edit::setRecordField(*document, TableId::Campaign, campaign, 3, QStringLiteral("31-02-2026")));
    CHECK_FALSE(edit::setRecordField(*document, TableId::Campaign, campaign, 1, qint64(9)));
    CHECK(edit::setRecordField(*document, TableId::Campaign, campaign, 1, qint64(2)));
    // Setting the same value again pushes nothing.
    const int count = document->undoStack()->count();
    CHECK(edit::setRecordField(*document, TableId::Campaign, campaign, 1, qint64(2)));
    CHECK(document->undoStack()->count() == count);
}

TEST_CASE("The dashboard counts what a known project holds", "[workbook][dashboard]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("dashboard.routekaart")));
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    REQUIRE(guidance.isLoaded());

    DashboardSummary empty = summarise(*document, guidance);
    int questions = 0;
    int items = 0;
    for (const ChapterInfo &info : chapterInfos()) {
        questions += int(guidance.chapter(info.id).questions.size());
        items += guidance.chapter(info.id).checklistItemCount();
    }
    CHECK(empty.questionCount == questions);
    CHECK(empty.checklistCount == items);
    CHECK(empty.questionsAnswered == 0);
    CHECK(empty.openItems.size() == kChapterCount + questions + items);

    REQUIRE(document->writeChapterStatus(ChapterId::Verkenning, ChapterStatus::Done));
    REQUIRE(document->writeChapterStatus(ChapterId::Preventie, ChapterStatus::InProgress));
    REQUIRE(document->writeAnswer(ChapterId::Verkenning, QStringLiteral("probleem"), QStringLiteral("47%")));
    REQUIRE(document->writeAnswer(ChapterId::Verkenning, QStringLiteral("groepen"), QStringLiteral("   ")));
    REQUIRE(document->writeChecklistEntry(ChapterId::Verkenning, QStringLiteral("k1a"),
                                          {ChecklistAnswer::NotApplicable, {}}));
    REQUIRE(document->writeChecklistEntry(ChapterId::Verkenning, QStringLiteral("k1b"),
                                          {ChecklistAnswer::Unanswered, QStringLiteral("later")}));
    REQUIRE(document->insertRecord(TableId::Persona, 0, emptyRecord(TableId::Persona)));

    const DashboardSummary summary = summarise(*document, guidance);
    const ChapterProgress &verkenning = summary.chapters.at(0);
    CHECK(verkenning.status == ChapterStatus::Done);
    CHECK(verkenning.questionsAnswered == 1); // blank answers do not count
    CHECK(verkenning.checklistAnswered == 1); // a comment alone does not count
    CHECK(verkenning.tableRows == 1);
    CHECK(summary.chaptersDone == 1);
    CHECK(summary.chaptersInProgress == 1);
    CHECK(summary.questionsAnswered == 1);
    CHECK(summary.openItems.size() == kChapterCount - 2 + questions - 1 + items - 1);
    CHECK(summary.openItems.constFirst().location.kind == WorkbookLocation::Kind::Question);
    CHECK(summary.openItems.constFirst().location.key == QLatin1String("groepen"));
}

TEST_CASE("A chapter's shown status follows its work; Afgerond is suggested, never set", "[workbook][dashboard]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("status.routekaart")));
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    REQUIRE(guidance.isLoaded());
    QList<ChapterId> workChanged;
    QObject::connect(document.get(), &ProjectDocument::chapterWorkChanged,
                     [&workChanged](ChapterId chapter) { workChanged.append(chapter); });

    for (const ChapterInfo &info : chapterInfos()) {
        CHECK_FALSE(document->chapterHasWork(info.id));
        CHECK(document->chapterStatus(info.id) == ChapterStatus::NotStarted);
    }

    // An answer, a checklist comment, a table row and notes each make a chapter "Bezig".
    REQUIRE(edit::setAnswer(*document, ChapterId::Verkenning, QStringLiteral("probleem"), QStringLiteral("47%")));
    CHECK(workChanged.contains(ChapterId::Verkenning));
    CHECK(document->chapterStatus(ChapterId::Verkenning) == ChapterStatus::InProgress);
    CHECK(document->chapter(ChapterId::Verkenning).status == ChapterStatus::NotStarted); // the choice is untouched
    REQUIRE(document->writeChecklistEntry(ChapterId::Preventie, guidance.chapter(ChapterId::Preventie)
                                                                    .checklists.constFirst().items.constFirst().key,
                                          {ChecklistAnswer::Unanswered, QStringLiteral("volgt")}));
    CHECK(document->chapterStatus(ChapterId::Preventie) == ChapterStatus::InProgress);
    workChanged.clear();
    const QString campaign = edit::insertRecord(*document, TableId::Campaign, 0);
    REQUIRE_FALSE(campaign.isEmpty());
    CHECK(workChanged == QList<ChapterId>{ChapterId::Bewustwording});
    CHECK(document->chapterStatus(ChapterId::Bewustwording) == ChapterStatus::InProgress);
    REQUIRE(document->writeChapterNotes(ChapterId::Commitment, QStringLiteral("Afspraak met de wethouder")));
    CHECK(document->chapterStatus(ChapterId::Commitment) == ChapterStatus::InProgress);

    // Undo takes the work away, and the status with it; "Afgerond" stays the user's word.
    document->undoStack()->undo();
    CHECK(document->chapterStatus(ChapterId::Bewustwording) == ChapterStatus::NotStarted);
    REQUIRE(document->writeChapterStatus(ChapterId::Commitment, ChapterStatus::Done));
    CHECK(document->chapterStatus(ChapterId::Commitment) == ChapterStatus::Done);

    // Everything answered: the dashboard asks whether the chapter is done; the report leaves that out.
    const ChapterId chapter = ChapterId::OndersteunenActiveren;
    const ChapterGuidance &g = guidance.chapter(chapter);
    for (const GuidanceQuestion &question : g.questions)
        REQUIRE(document->writeAnswer(chapter, question.key, QStringLiteral("ja")));
    for (const Checklist &checklist : g.checklists) {
        for (const ChecklistItem &item : checklist.items)
            REQUIRE(document->writeChecklistEntry(chapter, item.key, {ChecklistAnswer::Yes, {}}));
    }
    CHECK(chapterProgress(*document, guidance, chapter).isComplete());
    const auto isSuggestion = [chapter](const OpenItem &item) {
        return item.suggestion && item.location.chapter == chapter
               && item.location.kind == WorkbookLocation::Kind::ChapterStatus;
    };
    DashboardSummary summary = summarise(*document, guidance);
    CHECK(std::count_if(summary.openItems.cbegin(), summary.openItems.cend(), isSuggestion) == 1);
    CHECK(summary.chapters.at(std::size_t(chapterIndex(chapter))).status == ChapterStatus::InProgress);
    REQUIRE(document->writeChapterStatus(chapter, ChapterStatus::Done));
    summary = summarise(*document, guidance);
    CHECK(std::count_if(summary.openItems.cbegin(), summary.openItems.cend(), isSuggestion) == 0);

    // Reopened, the file shows the same.
    auto reopened = reopen(std::move(document));
    CHECK(reopened->chapterStatus(ChapterId::Verkenning) == ChapterStatus::InProgress);
    CHECK(reopened->chapterStatus(ChapterId::Bewustwording) == ChapterStatus::NotStarted);
    CHECK(reopened->chapterStatus(chapter) == ChapterStatus::Done);
}

TEST_CASE("Search finds text in notes, answers, checklists and tables, ignoring accents", "[workbook][search]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("zoeken.routekaart")));
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    REQUIRE(
        document->writeChapterNotes(ChapterId::Commitment, QStringLiteral("**Eén** verklaring met de Voedselbank")));
    REQUIRE(document->writeAnswer(ChapterId::Preventie, QStringLiteral("timing"),
                                  QStringLiteral("Na drie maanden bij de voedselbank")));
    REQUIRE(document->writeChecklistEntry(ChapterId::SterkNetwerk, QStringLiteral("n1"),
                                          {ChecklistAnswer::Yes, QStringLiteral("voedselbank doet mee")}));
    Record offer = emptyRecord(TableId::Offer);
    offer.values[3] = QStringLiteral("Voedselbank Voorbeeldstad");
    REQUIRE(document->insertRecord(TableId::Offer, 0, offer));

    const QList<SearchHit> hits = searchProject(*document, guidance, QStringLiteral("VOEDSELBANK"));
    REQUIRE(hits.size() == 4);
    CHECK(hits.at(0).location.kind == WorkbookLocation::Kind::Notes);
    CHECK(hits.at(0).location.chapter == ChapterId::Commitment);
    CHECK(hits.at(0).snippet.contains(QLatin1String("Voedselbank")));
    CHECK_FALSE(hits.at(0).snippet.contains(QLatin1String("**")));
    CHECK(hits.at(1).location.kind == WorkbookLocation::Kind::ChecklistItem);
    CHECK(hits.at(2).location.kind == WorkbookLocation::Kind::Question);
    CHECK(hits.at(2).location.key == QLatin1String("timing"));
    CHECK(hits.at(3).location.kind == WorkbookLocation::Kind::Record);
    CHECK(hits.at(3).location.field == 3);

    const QList<SearchHit> accents = searchProject(*document, guidance, QStringLiteral("een verklaring"));
    REQUIRE(accents.size() == 1);
    CHECK(accents.constFirst().snippet.contains(QStringLiteral("Eén")));
    CHECK(searchProject(*document, guidance, QStringLiteral("   ")).isEmpty());
    CHECK(searchProject(*document, guidance, QStringLiteral("bestaat nergens")).isEmpty());

    // A contribution is found by the name of its organisation, which it refers to by id.
    const QString organisation = edit::insertRecord(*document, TableId::Organisation, 0);
    REQUIRE(edit::setRecordField(*document, TableId::Organisation, organisation, 0, QStringLiteral("Humanitas Oost")));
    Record contribution = emptyRecord(TableId::Contribution);
    setField(contribution, ContributionField::OrganisationId, organisation);
    REQUIRE(document->insertRecord(TableId::Contribution, 0, contribution));
    const QList<SearchHit> named = searchProject(*document, guidance, QStringLiteral("humanitas"));
    REQUIRE(named.size() == 2);
    CHECK(named.at(0).location.table == TableId::Contribution); // chapter 3 before chapter 4
    CHECK(named.at(0).location.field == fieldIndex(ContributionField::OrganisationId));
    CHECK(named.at(1).location.table == TableId::Organisation);
}

TEST_CASE("The dashboard lists measurements due and old by each indicator's cadence", "[workbook][dashboard][cadence]")
{
    test::Workspace workspace;
    auto document = test::createProject(workspace.path(QStringLiteral("due.routekaart")));
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    const QDate today = QDate::currentDate();

    Record organisation = emptyRecord(TableId::Organisation);
    setField(organisation, OrganisationField::Name, QStringLiteral("GGD Regio"));
    const QString ggd = edit::insertRecord(*document, TableId::Organisation, 0, organisation);
    Record goal = emptyRecord(TableId::Goal);
    setField(goal, GoalField::Title, QStringLiteral("Minder eenzaamheid"));
    const QString goalId = edit::insertRecord(*document, TableId::Goal, 0, goal);
    REQUIRE_FALSE(goalId.isEmpty());
    const auto addIndicator = [&](const QString &name, Cadence cadence, const QDate &measured, const QString &owner) {
        Record indicator = emptyRecord(TableId::Indicator);
        indicator.parentId = goalId;
        setField(indicator, IndicatorField::Name, name);
        setField(indicator, IndicatorField::Cadence, storedChoice(cadence));
        setField(indicator, IndicatorField::OwnerId, owner);
        const QString id = edit::insertRecord(*document, TableId::Indicator, 0, indicator);
        REQUIRE_FALSE(id.isEmpty());
        Record measurement = emptyRecord(TableId::Measurement);
        measurement.parentId = id;
        setField(measurement, MeasurementField::Date, measured.toString(Qt::ISODate));
        setField(measurement, MeasurementField::Value, 12.0);
        REQUIRE_FALSE(edit::insertRecord(*document, TableId::Measurement, 0, measurement).isEmpty());
    };
    addIndicator(QStringLiteral("Monitor"), Cadence::FourYears, today.addMonths(-30), ggd);
    addIndicator(QStringLiteral("Jaarlijks"), Cadence::Year, today.addMonths(-14), ggd);
    addIndicator(QStringLiteral("Kwartaal"), Cadence::Quarter, today.addMonths(-3).addDays(10), QString());

    QStringList lines;
    for (const OpenItem &item : summarise(*document, guidance).openItems) {
        if (item.text.startsWith(QLatin1String("Indicator "))) {
            CHECK(item.location.kind == WorkbookLocation::Kind::Indicator);
            lines.append(item.text);
        }
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 2); // the four-yearly monitor is not due for another 18 months
    CHECK(lines.filter(QStringLiteral("Monitor")).isEmpty());
    const QString old = lines.filter(QStringLiteral("Jaarlijks")).value(0);
    CHECK(old.contains(QLatin1String("ouder dan een jaar")));
    CHECK(old.endsWith(QLatin1String("(meet: GGD Regio)")));
    const QString soon = lines.filter(QStringLiteral("Kwartaal")).value(0);
    CHECK(soon.contains(QStringLiteral("volgende meting vóór ")));
    CHECK_FALSE(soon.contains(QLatin1String("meet:")));
}
