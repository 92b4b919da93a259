#include "Network.h"

#include "ProjectDocument.h"
#include "records/Fields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rk::network {

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

namespace {
int columnOf(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return i;
    }
    return -1;
}

// Maps the kind as written in an export to our list, by key or label.
int kindIndex(const QString &text)
{
    const QString wanted = text.simplified().toCaseFolded();
    const auto &kinds = choices(ChoiceList::OrganisationKind);
    for (int i = 0; i < int(kinds.size()); ++i) {
        if (wanted == QLatin1String(kinds.at(std::size_t(i)).key) ||
            wanted == choiceLabel(ChoiceList::OrganisationKind, i).toCaseFolded() ||
            wanted == QString::fromUtf8(kinds.at(std::size_t(i)).label).toCaseFolded())
            return i;
    }
    return -1;
}
} // namespace

Matrix buildMatrix(const ProjectDocument &document)
{
    Matrix matrix;
    for (const Record &goal : document.records(TableId::Goal))
        matrix.goalIds.append(goal.id);
    for (const Record &organisation : document.records(TableId::Organisation))
        matrix.organisationIds.append(organisation.id);
    QSet<QString> served;
    for (const Record &contribution : document.records(TableId::Contribution)) {
        const QString organisation = rk::field(contribution, ContributionField::OrganisationId).toString();
        const QString goal = rk::field(contribution, ContributionField::GoalId).toString();
        if (organisation.isEmpty() || goal.isEmpty())
            continue;
        matrix.cells[organisation + QLatin1Char('/') + goal].append(contribution.id);
        served.insert(goal);
    }
    for (const QString &goal : std::as_const(matrix.goalIds)) {
        if (!served.contains(goal))
            matrix.goalsWithoutContributor.append(goal);
    }
    return matrix;
}

Counts countOrganisations(const ProjectDocument &document)
{
    Counts counts;
    counts.byKind = QList<int>(int(choices(ChoiceList::OrganisationKind).size()), 0);
    counts.byRole = QList<int>(int(choices(ChoiceList::OrganisationRole).size()), 0);
    counts.byStage = QList<int>(int(choices(ChoiceList::CommitmentStage).size()), 0);
    const auto &roles = choices(ChoiceList::OrganisationRole);
    for (const Record &organisation : document.records(TableId::Organisation)) {
        ++counts.total;
        const QVariant kind = rk::field(organisation, OrganisationField::Kind);
        ++counts.byKind[kind.isNull() ? int(counts.byKind.size()) - 1 : int(kind.toLongLong())];
        const QStringList keys =
            rk::field(organisation, OrganisationField::Roles).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (int r = 0; r < int(roles.size()); ++r) {
            if (keys.contains(QLatin1String(roles.at(std::size_t(r)).key)))
                ++counts.byRole[r];
        }
        const QVariant stage = rk::field(organisation, OrganisationField::Stage);
        if (!stage.isNull())
            ++counts.byStage[int(stage.toLongLong())];
    }
    return counts;
}

Gaps findGaps(const ProjectDocument &document)
{
    Gaps gaps;
    QSet<int> sectors;
    QSet<QString> partners;
    for (const Record &organisation : document.records(TableId::Organisation)) {
        const std::optional<CommitmentStage> stage =
            choiceOf<CommitmentStage>(rk::field(organisation, OrganisationField::Stage));
        if (stage == CommitmentStage::Afgehaakt)
            continue;
        // Only who takes part counts: an organisation in view or approached is not in yet.
        const bool engaged = stage != CommitmentStage::InBeeld && stage != CommitmentStage::Benaderd;
        const std::optional<Sector> sector = choiceOf<Sector>(rk::field(organisation, OrganisationField::Sector));
        if (!sector)
            ++gaps.withoutSector;
        else if (engaged)
            sectors.insert(int(*sector));
        if (!engaged)
            continue;
        const bool municipality =
            sector == Sector::Gemeente ||
            choiceOf<OrganisationKind>(rk::field(organisation, OrganisationField::Kind)) == OrganisationKind::Gemeente;
        if (!municipality)
            partners.insert(organisation.id);
    }
    for (int s = 0; s < int(choices(ChoiceList::Sector).size()); ++s) {
        if (!sectors.contains(s))
            gaps.emptySectors.append(static_cast<Sector>(s));
    }
    // The goals partners contribute to, then the chapters of the activities they own or serve.
    QSet<QString> partnerGoals;
    for (const Record &contribution : document.records(TableId::Contribution)) {
        if (partners.contains(rk::field(contribution, ContributionField::OrganisationId).toString()))
            partnerGoals.insert(rk::field(contribution, ContributionField::GoalId).toString());
    }
    QSet<QString> covered;
    for (const Record &activity : document.records(TableId::Activity)) {
        if (partners.contains(rk::field(activity, ActivityField::OwnerId).toString()) ||
            partnerGoals.contains(rk::field(activity, ActivityField::GoalId).toString()))
            covered.insert(rk::field(activity, ActivityField::Chapter).toString());
    }
    // Part B, what the coalition does; part A is mostly the coordinator's own work.
    for (const ChapterInfo &info : chapterInfos()) {
        if (info.part == ChapterPart::Act && !covered.contains(QLatin1String(info.key)))
            gaps.chaptersWithoutPartner.append(info.id);
    }
    return gaps;
}

QList<QPair<QDate, int>> growth(const ProjectDocument &document)
{
    QList<QDate> dates;
    int undated = 0;
    for (const Record &organisation : document.records(TableId::Organisation)) {
        if (choiceOf<CommitmentStage>(rk::field(organisation, OrganisationField::Stage)) == CommitmentStage::Afgehaakt)
            continue;
        const QDate date = QDate::fromString(rk::field(organisation, OrganisationField::StageDate).toString(), Qt::ISODate);
        if (date.isValid())
            dates.append(QDate(date.year(), date.month(), 1));
        else
            ++undated;
    }
    std::sort(dates.begin(), dates.end());
    QList<QPair<QDate, int>> points;
    int total = undated;
    for (const QDate &month : std::as_const(dates)) {
        ++total;
        if (!points.isEmpty() && points.constLast().first == month)
            points.last().second = total;
        else
            points.append({month, total});
    }
    if (points.isEmpty() && undated > 0)
        points.append({QDate::currentDate(), undated});
    return points;
}

QStringList organisationsWithRole(const ProjectDocument &document, const QString &roleKey)
{
    QStringList ids;
    for (const Record &organisation : document.records(TableId::Organisation)) {
        if (rk::field(organisation, OrganisationField::Roles).toString().split(QLatin1Char(';')).contains(roleKey))
            ids.append(organisation.id);
    }
    return ids;
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool looksLikePhone(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s()\\-./]")));
    static const QRegularExpression pattern(QStringLiteral("^(\\+|00)?\\d{8,15}$"));
    return pattern.match(digits).hasMatch();
}

QString warningFor(const ProjectDocument &document, const Record &organisation)
{
    bool repeated = false;
    const QString key = nameKey(rk::field(organisation, OrganisationField::Name).toString());
    if (!key.isEmpty()) {
        for (const Record &other : document.records(TableId::Organisation))
            repeated = repeated || (other.id != organisation.id && nameKey(rk::field(other, OrganisationField::Name).toString()) == key);
    }
    return warningFor(organisation, repeated);
}

QString warningFor(const Record &organisation, bool nameRepeated)
{
    QStringList warnings;
    const QString email = rk::field(organisation, OrganisationField::ContactEmail).toString();
    const QString phone = rk::field(organisation, OrganisationField::ContactPhone).toString();
    if (!email.isEmpty() && !looksLikeEmail(email))
        warnings.append(QCoreApplication::translate("rk::network", "Het e-mailadres lijkt niet te kloppen."));
    if (!phone.isEmpty() && !looksLikePhone(phone))
        warnings.append(QCoreApplication::translate("rk::network", "Het telefoonnummer lijkt niet te kloppen."));
    if (nameRepeated)
        warnings.append(QCoreApplication::translate("rk::network", "Deze naam staat al eerder in de lijst."));
    return warnings.join(QLatin1Char(' '));
}

int dependentCount(const ProjectDocument &document, TableId table, const QString &recordId)
{
    int count = 0;
    for (const auto &[referring, field] : referencesTo(table)) {
        for (const Record &row : document.records(referring))
            count += row.values.value(field).toString() == recordId ? 1 : 0;
    }
    for (TableId child : childTablesOf(table))
        count += int(document.children(child, recordId).size());
    return count;
}

OrganisationPreview previewOrganisations(const CsvTable &table, const ProjectDocument &document)
{
    OrganisationPreview preview;
    const QStringList &h = table.header;
    const int name = columnOf(h, {QStringLiteral("naam"), QStringLiteral("name"), QStringLiteral("organisatie"),
                                  QStringLiteral("organisation")});
    if (name < 0) {
        preview.problem =
            QCoreApplication::translate("rk::network", "Er is geen kolom \"naam\" (of \"organisatie\") gevonden.");
        return preview;
    }
    const int kind = columnOf(
        h, {QStringLiteral("soort"), QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("categorie")});
    const int street = columnOf(h, {QStringLiteral("adres"), QStringLiteral("straat"), QStringLiteral("address")});
    const int postcode = columnOf(h, {QStringLiteral("postcode"), QStringLiteral("zip")});
    const int place = columnOf(h, {QStringLiteral("plaats"), QStringLiteral("woonplaats"), QStringLiteral("city")});
    const int wijk = columnOf(h, {QStringLiteral("wijk"), QStringLiteral("wijken")});
    const int contact = columnOf(h, {QStringLiteral("contactpersoon"), QStringLiteral("contact")});
    const int email = columnOf(h, {QStringLiteral("e-mail"), QStringLiteral("email"), QStringLiteral("mail")});
    const int phone = columnOf(h, {QStringLiteral("telefoon"), QStringLiteral("phone"), QStringLiteral("tel")});
    QSet<QString> known;
    for (const Record &organisation : document.records(TableId::Organisation))
        known.insert(nameKey(rk::field(organisation, OrganisationField::Name).toString()));
    QSet<QString> seen;
    const int anders = int(OrganisationKind::Anders);
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &fields = table.rows.at(i);
        auto field = [&](int column) {
            return column >= 0 && column < fields.size() ? fields.at(column).simplified() : QString();
        };
        OrganisationLine line;
        line.lineNumber = table.lineNumbers.value(i, i + 2);
        line.record = emptyRecord(TableId::Organisation);
        const QString organisationName = field(name).left(500);
        if (organisationName.isEmpty()) {
            line.error = QCoreApplication::translate("rk::network", "geen naam");
            ++preview.errorCount;
            preview.lines.append(line);
            continue;
        }
        line.record.values[fieldIndex(OrganisationField::Name)] = organisationName;
        const QString kindText = field(kind);
        int kindNumber = kindText.isEmpty() ? anders : kindIndex(kindText);
        if (kindNumber < 0) {
            kindNumber = anders;
            line.note = QCoreApplication::translate("rk::network", "onbekende soort \"%1\": opgenomen als Anders")
                            .arg(kindText.left(60));
        }
        line.record.values[fieldIndex(OrganisationField::Kind)] = qint64(kindNumber);
        setField(line.record, OrganisationField::Stage, storedChoice(CommitmentStage::InBeeld));
        line.record.values[fieldIndex(OrganisationField::Wijken)] = field(wijk).left(500);
        line.record.values[fieldIndex(OrganisationField::ContactName)] = field(contact).left(500);
        line.record.values[fieldIndex(OrganisationField::ContactEmail)] = field(email).left(500);
        line.record.values[fieldIndex(OrganisationField::ContactPhone)] = field(phone).left(500);
        const QStringList address = {field(street), field(postcode), field(place)};
        QStringList present;
        for (const QString &part : address) {
            if (!part.isEmpty())
                present.append(part);
        }
        if (!present.isEmpty())
            line.record.values[fieldIndex(OrganisationField::Notes)] = QCoreApplication::translate("rk::network", "Adres: %1")
                                            .arg(present.join(QStringLiteral(", ")))
                                            .left(5000);
        const QString key = nameKey(organisationName);
        line.duplicate = known.contains(key) || seen.contains(key);
        preview.duplicateCount += line.duplicate ? 1 : 0;
        seen.insert(key);
        preview.lines.append(line);
    }
    if (preview.lines.isEmpty())
        preview.problem = QCoreApplication::translate("rk::network", "Het bestand bevat geen regels met gegevens.");
    return preview;
}

QList<Record> organisationRecords(const OrganisationPreview &preview, bool includeDuplicates)
{
    QList<Record> records;
    for (const OrganisationLine &line : preview.lines) {
        if (line.error.isEmpty() && (includeDuplicates || !line.duplicate))
            records.append(line.record);
    }
    return records;
}

} // namespace rk::network
