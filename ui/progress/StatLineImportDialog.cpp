#include "StatLineImportDialog.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/Announcement.h"
#include "ui/common/CsvFileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WindowSize.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

namespace {

QString regionText(const StatLineRegion &region)
{
    return region.name == region.code ? region.code : QStringLiteral("%1 (%2)").arg(region.name, region.code);
}

// Runs `read` with a progress window that can cancel it.
template<typename Read>
auto withProgress(QWidget *parent, const QString &text, Read read)
{
    QProgressDialog progress(text, StatLineImportDialog::tr("Afbreken"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto result = read([&progress](int percent) {
        progress.setValue(percent);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}
} // namespace

StatLineImportDialog::StatLineImportDialog(ProjectDocument *document, const QString &goalId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_file(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_topics(new QListWidget(this))
    , m_age(new QComboBox(this))
    , m_compareFilter(new QLineEdit(this))
    , m_compare(new QListWidget(this))
    , m_withAreas(new QCheckBox(tr("Ook de &wijken en buurten van het gebied (voor de tabel met wijken)"), this))
    , m_goal(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Inlezen"), this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Cijfers inlezen uit StatLine"));
    auto *intro = new QLabel(tr("Download op StatLine de tabel met cijfers per gemeente, wijk en buurt (bijvoorbeeld "
                                "50120NED) als CSV. Leg de codelijsten (zoals DataProperties en WijkenEnBuurten) "
                                "ernaast voor de namen; ze worden dan vanzelf gelezen."),
                             this);
    intro->setWordWrap(true);
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Gekozen export"));
    auto *browse = new QPushButton(tr("&Bestand kiezen..."), this);
    connect(browse, &QPushButton::clicked, this, &StatLineImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *addCodes = new QPushButton(tr("&Codelijst toevoegen..."), this);
    connect(addCodes, &QPushButton::clicked, this, &StatLineImportDialog::chooseCodeList);
    m_codeLabel->setWordWrap(true);
    m_codeLabel->setTextFormat(Qt::PlainText);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel, 1);
    codeRow->addWidget(addCodes);

    // The area: typed to search in a national export's hundreds of municipalities.
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_region->completer()->setFilterMode(Qt::MatchContains);
    m_region->setAccessibleName(tr("Gebied"));
    m_topics->setAccessibleName(tr("Onderwerpen"));
    m_topics->setMaximumHeight(110);
    m_age->setAccessibleName(tr("Leeftijdsgroep"));
    m_compareFilter->setPlaceholderText(tr("Zoeken in de gebieden"));
    m_compareFilter->setAccessibleName(tr("Zoeken in de gebieden om mee te vergelijken"));
    m_compareFilter->setClearButtonEnabled(true);
    m_compare->setAccessibleName(tr("Vergelijken met"));
    m_compare->setMaximumHeight(130);
    m_goal->setAccessibleName(tr("Doel voor nieuwe indicatoren"));
    if (m_document) {
        for (const Record &goal : m_document->records(TableId::Goal))
            m_goal->addItem(field(goal, GoalField::Title).toString(), goal.id);
    }
    m_goal->addItem(tr("Nieuw doel: Eenzaamheid volgen met de gezondheidsmonitor"), QString());
    // The goal of the indicator the user came from, else the first goal; a new goal only
    // where there is none.
    m_goal->setCurrentIndex(goalId.isEmpty() ? 0 : std::max(0, m_goal->findData(goalId)));
    m_withAreas->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), fileRow);
    form->addRow(tr("Codelijsten:"), codeRow);
    form->addRow(tr("&Gebied:"), m_region);
    form->addRow(tr("&Onderwerpen:"), m_topics);
    form->addRow(tr("&Leeftijdsgroep:"), m_age);
    auto *compareBox = new QVBoxLayout;
    compareBox->addWidget(m_compareFilter);
    compareBox->addWidget(m_compare);
    // A label of its own: a form row with a layout gets a label without a buddy, whose letter
    // would show as "&" and do nothing.
    auto *compareLabel = new QLabel(tr("&Vergelijken met:"), this);
    compareLabel->setBuddy(m_compareFilter);
    form->addRow(compareLabel, compareBox);
    form->addRow(QString(), m_withAreas);
    form->addRow(tr("&Doel:"), m_goal);

    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Onderwerp"), tr("Jaar"), tr("Waarde"), tr("Marge (95%)")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Voorbeeld: de cijfers van het gebied"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatLineImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    QWidget *order[] = {m_file, browse, addCodes, m_region, m_topics, m_age, m_compareFilter, m_compare, m_withAreas,
                        m_goal, m_preview};
    for (std::size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    // A change of choice reads the figures again a moment later (a national export takes a while).
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &StatLineImportDialog::updatePreview);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        fillCompareList();
        schedulePreview();
    });
    connect(m_age, &QComboBox::currentIndexChanged, this, &StatLineImportDialog::schedulePreview);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &StatLineImportDialog::schedulePreview);
    connect(m_withAreas, &QCheckBox::toggled, this, &StatLineImportDialog::schedulePreview);
    connect(m_topics, &QListWidget::itemChanged, this, &StatLineImportDialog::schedulePreview);
    connect(m_compare, &QListWidget::itemChanged, this, &StatLineImportDialog::schedulePreview);
    connect(m_compareFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        QListWidgetItem *first = nullptr;
        for (int i = 0; i < m_compare->count(); ++i) {
            QListWidgetItem *item = m_compare->item(i);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
            if (!first && !item->isHidden())
                first = item;
        }
        // Tab from the search goes to a current item, which Space then checks.
        m_compare->setCurrentItem(first, QItemSelectionModel::NoUpdate);
    });
    resizeToFit(this, QSize(780, 720));
    m_codeLabel->setText(tr("geen (de codes worden als namen getoond)"));
    updatePreview();
    // The export's own field is for reading: the work starts at choosing the file.
    browse->setFocus();
}

QString StatLineImportDialog::summaryText() const
{
    return m_summary->text();
}

void StatLineImportDialog::chooseFile()
{
    const QString path = chooseCsvFile(this);
    if (!path.isEmpty())
        loadFile(path);
}

void StatLineImportDialog::chooseCodeList()
{
    const QString path = chooseCsvFile(this);
    if (!path.isEmpty())
        addCodeList(path);
}

bool StatLineImportDialog::addCodeList(const QString &path)
{
    QString message;
    if (!readStatLineCodes(path, &m_codes, &message)) {
        MessageBox::warning(this, windowTitle(), tr("%1: %2").arg(QFileInfo(path).fileName(), message));
        return false;
    }
    m_codeFiles.append(QFileInfo(path).fileName());
    m_codeLabel->setText(m_codeFiles.join(QStringLiteral(", ")));
    if (!m_path.isEmpty())
        readCatalogue();
    return true;
}

bool StatLineImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    // The code lists that lie beside the export.
    for (const QString &list : statLineCodeListsBeside(path)) {
        QString message;
        if (!m_codeFiles.contains(QFileInfo(list).fileName()) && readStatLineCodes(list, &m_codes, &message))
            m_codeFiles.append(QFileInfo(list).fileName());
    }
    if (!m_codeFiles.isEmpty())
        m_codeLabel->setText(m_codeFiles.join(QStringLiteral(", ")));
    readCatalogue();
    return !m_path.isEmpty();
}

void StatLineImportDialog::readCatalogue()
{
    m_catalogue = withProgress(this, tr("De export bekijken..."), [&](const StatLineProgress &progress) {
        return readStatLineCatalogue(m_path, m_codes, progress);
    });
    if (!m_catalogue.problem.isEmpty())
        MessageBox::warning(this, windowTitle(), m_catalogue.problem);
    if (!m_catalogue.problem.isEmpty() || m_catalogue.cancelled) {
        m_path.clear();
        m_file->clear();
        m_catalogue = {};
    }
    fillChoices();
    updatePreview();
}

void StatLineImportDialog::fillChoices()
{
    const QString region = m_region->currentData().toString();
    const QSignalBlocker b1(m_region), b2(m_topics), b3(m_age), b4(m_compare);
    m_region->clear();
    // Municipalities first (what indicators are usually about), then the rest.
    for (bool municipalities : {true, false}) {
        for (const StatLineRegion &r : std::as_const(m_catalogue.regions)) {
            if ((r.kind == AreaKind::Municipality) == municipalities)
                m_region->addItem(regionText(r), r.code);
        }
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_topics->clear();
    for (const StatLineTopic &topic : std::as_const(m_catalogue.topics)) {
        auto *item = new QListWidgetItem(topic.label == topic.key ? topic.key
                                                                  : QStringLiteral("%1 (%2)").arg(topic.label, topic.key),
                                         m_topics);
        item->setData(Qt::UserRole, topic.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Loneliness first: that is what this workbook is for.
        item->setCheckState(topic.key.contains(QLatin1String("eenzaam"), Qt::CaseInsensitive) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
    m_age->clear();
    for (const QString &age : std::as_const(m_catalogue.ageGroups))
        m_age->addItem(m_catalogue.ageLabel(age) == age ? age
                                                        : QStringLiteral("%1 (%2)").arg(m_catalogue.ageLabel(age), age),
                       age);
    m_age->setEnabled(m_age->count() > 1);
    fillCompareList();
}

void StatLineImportDialog::fillCompareList()
{
    const QSignalBlocker blocker(m_compare);
    QStringList checked;
    for (int i = 0; i < m_compare->count(); ++i) {
        if (m_compare->item(i)->checkState() == Qt::Checked)
            checked.append(m_compare->item(i)->data(Qt::UserRole).toString());
    }
    const bool first = m_compare->count() == 0;
    m_compare->clear();
    const QString region = m_region->currentData().toString();
    for (AreaKind kind : {AreaKind::Netherlands, AreaKind::GgdRegion, AreaKind::Municipality}) {
        for (const StatLineRegion &r : std::as_const(m_catalogue.regions)) {
            if (r.kind != kind || r.code == region)
                continue;
            auto *item = new QListWidgetItem(regionText(r), m_compare);
            item->setData(Qt::UserRole, r.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // The Netherlands is always worth a line; the rest the user picks.
            const bool on = checked.contains(r.code) || (first && kind == AreaKind::Netherlands);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            item->setHidden(!m_compareFilter->text().isEmpty() &&
                            !item->text().contains(m_compareFilter->text(), Qt::CaseInsensitive));
        }
    }
    for (int i = 0; i < m_compare->count(); ++i) {
        if (!m_compare->item(i)->isHidden()) {
            m_compare->setCurrentItem(m_compare->item(i), QItemSelectionModel::NoUpdate);
            break;
        }
    }
}

StatLineSelection StatLineImportDialog::selection() const
{
    StatLineSelection s;
    s.region = m_region->currentData().toString();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->checkState() == Qt::Checked)
            s.topics.append(m_topics->item(i)->data(Qt::UserRole).toString());
    }
    for (int i = 0; i < m_compare->count(); ++i) {
        if (m_compare->item(i)->checkState() == Qt::Checked)
            s.compareRegions.append(m_compare->item(i)->data(Qt::UserRole).toString());
    }
    s.ageGroup = m_age->currentData().toString();
    s.withAreas = m_withAreas->isChecked();
    return s;
}

void StatLineImportDialog::schedulePreview()
{
    m_importButton->setEnabled(false);
    m_timer->start();
}

void StatLineImportDialog::updatePreview()
{
    m_timer->stop();
    m_plan = {};
    m_preview->setRowCount(0);
    m_importButton->setEnabled(false);
    if (!m_document || m_path.isEmpty()) {
        m_summary->setText(tr("Kies een export van StatLine (CSV)."));
        return;
    }
    const StatLineSelection chosen = selection();
    const QString problem = checkStatLineSelection(m_catalogue, chosen);
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const StatLineFigures figures = withProgress(this, tr("De gekozen cijfers lezen..."), [&](const StatLineProgress &progress) {
        return readStatLineFigures(m_path, m_catalogue, chosen, progress);
    });
    if (figures.cancelled) {
        m_summary->setText(tr("Afgebroken. Pas de keuze aan om opnieuw te lezen."));
        return;
    }
    m_plan = planStatLineImport(*m_document, m_catalogue, chosen, figures, m_goal->currentData().toString());
    if (!m_plan.problem.isEmpty()) {
        m_summary->setText(m_plan.problem);
        // A fault in the file is worth a message of its own, once; a choice that does not fit
        // is said in the line below the preview.
        if (!figures.problem.isEmpty() && figures.problem != m_lastWarning) {
            m_lastWarning = figures.problem;
            MessageBox::warning(this, windowTitle(), figures.problem);
        }
        return;
    }
    // The area's own figures: what the chart will show.
    const QLocale locale;
    QList<const StatLineFigure *> own;
    for (const StatLineFigure &figure : figures.figures) {
        if (figure.region == chosen.region)
            own.append(&figure);
    }
    m_preview->setRowCount(int(own.size()));
    for (int row = 0; row < own.size(); ++row) {
        const StatLineFigure &f = *own.at(row);
        const QDate date = statLinePeriodDate(f.period);
        const QStringList cells = {
            m_catalogue.topic(f.topic)->label,
            date.isValid() ? QString::number(date.year()) : f.period,
            locale.toString(*f.value),
            f.lower ? tr("%1 tot %2").arg(locale.toString(*f.lower), locale.toString(*f.upper)) : tr("geen"),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // read only
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    QString text = m_plan.changes.isEmpty() ? tr("Alles staat er al zo in: er is niets nieuws in te lezen.")
                                            : tr("Wordt ingelezen: %1.").arg(m_plan.summary());
    if (!m_plan.newIndicatorNames.isEmpty())
        text += QLatin1Char(' ')
                + tr("Nieuwe indicatoren: %1. Hun nulmeting is het eerste jaar in de export; de streefwaarde vult u "
                     "daarna zelf in, bij hoofdstuk 2.")
                      .arg(m_plan.newIndicatorNames.join(QStringLiteral(", ")));
    if (figures.missing > 0)
        text += QLatin1Char(' ') + tr("%1 cijfers ontbreken in de export (\".\") en worden overgeslagen.").arg(figures.missing);
    m_summary->setText(text);
    m_importButton->setEnabled(!m_plan.changes.isEmpty() && !m_document->isReadOnly());
}

void StatLineImportDialog::accept()
{
    if (m_timer->isActive())
        updatePreview();
    if (!m_document || m_plan.changes.isEmpty() || !m_plan.problem.isEmpty())
        return;
    const QString summary = m_plan.summary();
    if (!edit::applyChanges(*m_document, std::move(m_plan.changes), tr("Cijfers inlezen uit StatLine"))) {
        MessageBox::warning(this, windowTitle(), m_document->lastError());
        updatePreview();
        return;
    }
    announce(this, tr("Ingelezen uit StatLine: %1").arg(summary));
    QDialog::accept();
}

} // namespace rk
