// rk-generate-project --size large|medium OUT.routekaart
// Writes a valid project of a known size for the benchmarks, with a fixed seed, so two
// runs give the same content: large is 50 goals, 500 indicators, 50,000 measurements,
// 1,000 organisations and 2,000 activities, with text in every chapter; medium a tenth.

#include "ProjectDocument.h"
#include "ProjectOpener.h"
#include "guidance/Guidance.h"
#include "network/Network.h"
#include "records/RecordId.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace rk;

namespace {
QString sentence(QRandomGenerator &random, int words)
{
    static const QStringList vocabulary = {
        QStringLiteral("inwoners"),    QStringLiteral("eenzaamheid"),   QStringLiteral("wijk"),
        QStringLiteral("buurt"),       QStringLiteral("vrijwilligers"), QStringLiteral("ontmoeting"),
        QStringLiteral("signaleren"),  QStringLiteral("aanbod"),        QStringLiteral("samen"),
        QStringLiteral("partners"),    QStringLiteral("gesprek"),       QStringLiteral("ouderen"),
        QStringLiteral("middengroep"), QStringLiteral("meldpunt"),      QStringLiteral("maatje")};
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(vocabulary.at(int(random.bounded(quint32(vocabulary.size())))));
    QString text = out.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text + QLatin1Char('.');
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("large or medium"),
                                        QStringLiteral("size"), QStringLiteral("large"));
    parser.addOption(sizeOption);
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The project file to write."));
    parser.process(app);
    QTextStream err(stderr);
    const QString out = parser.positionalArguments().value(0);
    if (out.isEmpty()) {
        err << "usage: rk-generate-project --size large|medium OUT.routekaart\n";
        return 1;
    }
    const int scale = parser.value(sizeOption) == QLatin1String("medium") ? 10 : 1;
    const int goals = 50 / scale;
    const int indicatorsPerGoal = 10;
    const int measurementsPerIndicator = 100;
    const int organisations = 1000 / scale;
    const int activities = 2000 / scale;

    QFile::remove(out);
    ProjectInfo info;
    info.gemeente = QStringLiteral("Gemeente Groothuizen");
    info.title = QStringLiteral("Benchmarkproject");
    info.startYear = 2024;
    OpenResult created = ProjectOpener::create(out, info);
    if (!created.ok()) {
        err << created.message << '\n';
        return 1;
    }
    ProjectDocument &document = *created.document;
    QRandomGenerator random(20261123);
    const GuidanceLibrary &guidance = GuidanceLibrary::forLanguage(QStringLiteral("nl"));
    for (const ChapterInfo &chapter : chapterInfos()) {
        document.writeChapterNotes(chapter.id, QStringLiteral("## Notities\n\n") + sentence(random, 60));
        document.writeChapterStatus(chapter.id, static_cast<ChapterStatus>(random.bounded(3)));
        for (const GuidanceQuestion &question : guidance.chapter(chapter.id).questions)
            document.writeAnswer(chapter.id, question.key, sentence(random, 25));
    }
    QList<Record> goalRows;
    for (int g = 0; g < goals; ++g) {
        Record goal = emptyRecord(TableId::Goal);
        goal.id = newRecordId();
        goal.values[0] = QStringLiteral("Doel %1: ").arg(g + 1) + sentence(random, 5);
        goal.values[1] = sentence(random, 30);
        goal.values[3] = QStringLiteral("2027-12-31");
        goal.values[4] = qint64(1);
        goalRows.append(goal);
    }
    QList<Record> indicatorRows;
    QList<Record> measurementRows;
    for (const Record &goal : std::as_const(goalRows)) {
        for (int i = 0; i < indicatorsPerGoal; ++i) {
            Record indicator = emptyRecord(TableId::Indicator);
            indicator.id = newRecordId();
            indicator.parentId = goal.id;
            const double baseline = 20 + random.bounded(40);
            const bool lower = random.bounded(2) == 1;
            indicator.values[0] = QStringLiteral("Indicator %1").arg(indicatorRows.size() + 1);
            indicator.values[1] = qint64(0);
            indicator.values[3] = qint64(lower ? 1 : 0);
            indicator.values[4] = baseline;
            indicator.values[5] = QStringLiteral("2018-01-01");
            indicator.values[6] = lower ? baseline - 10 : baseline + 10;
            indicator.values[7] = QStringLiteral("2027-12-31");
            indicator.values[8] = QStringLiteral("GGD Gezondheidsmonitor");
            indicatorRows.append(indicator);
            for (int m = 0; m < measurementsPerIndicator; ++m) {
                Record measurement = emptyRecord(TableId::Measurement);
                measurement.parentId = indicator.id;
                measurement.values[0] = QDate(2018, 1, 1).addMonths(m).toString(Qt::ISODate);
                measurement.values[1] = baseline + (random.generateDouble() - 0.5) * 8;
                measurement.values[2] = QStringLiteral("Registratie");
                measurementRows.append(measurement);
            }
        }
    }
    QList<Record> organisationRows;
    for (int o = 0; o < organisations; ++o) {
        Record organisation = emptyRecord(TableId::Organisation);
        organisation.id = newRecordId();
        organisation.values[fieldIndex(OrganisationField::Name)] = QStringLiteral("Organisatie %1").arg(o + 1);
        organisation.values[fieldIndex(OrganisationField::Kind)] = qint64(random.bounded(16));
        organisation.values[fieldIndex(OrganisationField::Roles)] = QStringLiteral("aanbieder");
        organisation.values[fieldIndex(OrganisationField::Stage)] = qint64(random.bounded(5));
        organisation.values[fieldIndex(OrganisationField::StageDate)] = QDate(2024, 1, 1).addDays(random.bounded(700)).toString(Qt::ISODate);
        organisation.values[fieldIndex(OrganisationField::ContactName)] = QStringLiteral("Contact %1").arg(o + 1);
        organisation.values[fieldIndex(OrganisationField::ContactEmail)] = QStringLiteral("contact%1@example.org").arg(o + 1);
        organisationRows.append(organisation);
    }
    QList<Record> activityRows;
    for (int a = 0; a < activities; ++a) {
        Record activity = emptyRecord(TableId::Activity);
        activity.values[0] = QStringLiteral("Activiteit %1: ").arg(a + 1) + sentence(random, 4);
        activity.values[1] = goalRows.at(a % goalRows.size()).id;
        activity.values[3] = organisationRows.at(a % organisationRows.size()).id;
        activity.values[4] = QStringLiteral("2025-01-01");
        activity.values[5] = QStringLiteral("2026-12-31");
        activity.values[6] = qint64(random.bounded(4));
        activity.values[7] = double(random.bounded(20000));
        activityRows.append(activity);
    }
    QList<Record> contributionRows;
    for (int c = 0; c < goals * 3; ++c) {
        Record contribution = emptyRecord(TableId::Contribution);
        contribution.values[0] = organisationRows.at(int(random.bounded(quint32(organisationRows.size())))).id;
        contribution.values[1] = goalRows.at(c % goalRows.size()).id;
        contribution.values[2] = sentence(random, 8);
        contributionRows.append(contribution);
    }
    const bool ok = document.appendRecords(TableId::Goal, &goalRows) &&
                    document.appendRecords(TableId::Indicator, &indicatorRows) &&
                    document.appendRecords(TableId::Measurement, &measurementRows) &&
                    document.appendRecords(TableId::Organisation, &organisationRows) &&
                    document.appendRecords(TableId::Activity, &activityRows) &&
                    document.appendRecords(TableId::Contribution, &contributionRows);
    if (!ok) {
        err << document.lastError() << '\n';
        return 1;
    }
    return 0;
}
