#include "MeasurementImportDialog.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/Announcement.h"
#include "ui/common/CsvFileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WindowSize.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rk {

namespace {
constexpr int kShownLines = 2000; // the preview shows this many; all are checked
}

MeasurementImportDialog::MeasurementImportDialog(ProjectDocument *document, const QString &indicatorId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_indicatorId(indicatorId)
    , m_path(new QLineEdit(this))
    , m_dateColumn(new QComboBox(this))
    , m_valueColumn(new QComboBox(this))
    , m_sourceColumn(new QComboBox(this))
    , m_noteColumn(new QComboBox(this))
    , m_lowerColumn(new QComboBox(this))
    , m_upperColumn(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Inlezen"), this))
{
    const QString name = document ? document->recordTitle(TableId::Indicator, indicatorId) : QString();
    setWindowTitle(tr("Metingen inlezen voor %1").arg(name));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Gekozen bestand"));
    auto *browse = new QPushButton(tr("&Bestand kiezen..."), this);
    connect(browse, &QPushButton::clicked, this, &MeasurementImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Bestand:"), fileRow);
    form->addRow(tr("Kolom met de &datum:"), m_dateColumn);
    form->addRow(tr("Kolom met de &waarde:"), m_valueColumn);
    form->addRow(tr("Kolom met de b&ron:"), m_sourceColumn);
    form->addRow(tr("Kolom met een &opmerking:"), m_noteColumn);
    form->addRow(tr("Kolom met de onder&grens (95%):"), m_lowerColumn);
    form->addRow(tr("Kolom met de bovengren&s (95%):"), m_upperColumn);
    m_lowerColumn->setAccessibleName(tr("Kolom met de ondergrens van de marge"));
    m_upperColumn->setAccessibleName(tr("Kolom met de bovengrens van de marge"));
    m_dateColumn->setAccessibleName(tr("Kolom met de datum"));
    m_valueColumn->setAccessibleName(tr("Kolom met de waarde"));
    m_sourceColumn->setAccessibleName(tr("Kolom met de bron"));
    m_noteColumn->setAccessibleName(tr("Kolom met een opmerking"));
    for (QComboBox *box : {m_dateColumn, m_valueColumn, m_sourceColumn, m_noteColumn, m_lowerColumn, m_upperColumn})
        connect(box, &QComboBox::currentIndexChanged, this, &MeasurementImportDialog::updatePreview);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Regel"), tr("Datum"), tr("Waarde (marge)"), tr("Bron"), tr("Opmerking"), tr("Probleem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // a preview: Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Voorbeeld van de regels"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasurementImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // Tab follows the form from the top: file, columns, then the preview.
    QWidget *order[] = {m_path,       browse,        m_dateColumn,  m_valueColumn, m_sourceColumn,
                        m_noteColumn, m_lowerColumn, m_upperColumn, m_table};
    for (std::size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    resizeToFit(this, QSize(760, 520));
    updatePreview();
}

QString MeasurementImportDialog::summaryText() const
{
    return m_summary->text();
}

void MeasurementImportDialog::chooseFile()
{
    const QString path = chooseCsvFile(this);
    if (!path.isEmpty())
        loadFile(path);
}

bool MeasurementImportDialog::loadFile(const QString &path)
{
    QProgressDialog progress(tr("Bestand inlezen..."), tr("Afbreken"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const CsvResult result = readCsvFile(path, [&progress](int percent) {
        progress.setValue(percent);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    m_csv = result.ok ? result.table : CsvTable();
    m_path->setText(result.ok ? path : QString());
    const QSignalBlocker b1(m_dateColumn), b2(m_valueColumn), b3(m_sourceColumn), b4(m_noteColumn), b5(m_lowerColumn),
        b6(m_upperColumn);
    for (QComboBox *box : {m_dateColumn, m_valueColumn, m_sourceColumn, m_noteColumn, m_lowerColumn, m_upperColumn}) {
        box->clear();
        box->addItem(tr("(geen)"), -1);
        for (int i = 0; i < m_csv.header.size(); ++i)
            box->addItem(m_csv.header.at(i).isEmpty() ? tr("kolom %1").arg(i + 1) : m_csv.header.at(i), i);
    }
    const MeasurementColumns guess = guessMeasurementColumns(m_csv.header);
    m_dateColumn->setCurrentIndex(m_dateColumn->findData(guess.date));
    m_valueColumn->setCurrentIndex(m_valueColumn->findData(guess.value));
    m_sourceColumn->setCurrentIndex(m_sourceColumn->findData(guess.source));
    m_noteColumn->setCurrentIndex(m_noteColumn->findData(guess.note));
    m_lowerColumn->setCurrentIndex(m_lowerColumn->findData(guess.lower));
    m_upperColumn->setCurrentIndex(m_upperColumn->findData(guess.upper));
    updatePreview();
    if (!result.ok && !result.cancelled)
        MessageBox::warning(this, windowTitle(), result.message);
    if (!result.ok)
        m_summary->setText(result.message);
    return result.ok;
}

void MeasurementImportDialog::updatePreview()
{
    m_table->setRowCount(0);
    m_preview = ImportPreview();
    const Record *indicator = m_document ? m_document->record(TableId::Indicator, m_indicatorId) : nullptr;
    if (!indicator || m_csv.header.isEmpty()) {
        m_importButton->setEnabled(false);
        m_summary->setText(tr("Kies een CSV-bestand met een kopregel en per regel een datum en een waarde."));
        return;
    }
    MeasurementColumns columns;
    columns.date = m_dateColumn->currentData().toInt();
    columns.value = m_valueColumn->currentData().toInt();
    columns.source = m_sourceColumn->currentData().toInt();
    columns.note = m_noteColumn->currentData().toInt();
    columns.lower = m_lowerColumn->currentData().toInt();
    columns.upper = m_upperColumn->currentData().toInt();
    const IndicatorDefinition definition = indicatorDefinition(*indicator);
    m_preview = previewMeasurements(m_csv, columns, definition, measurementSeries(*m_document, m_indicatorId));
    const QLocale locale;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int shown = std::min(int(m_preview.lines.size()), kShownLines);
    m_table->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportLine &line = m_preview.lines.at(row);
        const QStringList cells = {
            QString::number(line.lineNumber),
            line.date.isValid() ? locale.toString(line.date, QLocale::ShortFormat) : QString(),
            line.error.isEmpty() ? formatPoint(definition, {line.date, line.value, line.lower, line.upper}) : QString(),
            line.source,
            line.note,
            line.error,
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // the whole text where the column cuts it short
            if (column == 5 && !line.error.isEmpty())
                item->setIcon(warning);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_preview.problem.isEmpty())
        m_summary->setText(m_preview.problem);
    else if (m_preview.errorCount > 0)
        m_summary->setText(tr("%1 regels, waarvan %2 met een probleem (zie de laatste kolom). Er wordt niets "
                              "ingelezen zolang er problemen zijn: pas het bestand of de kolommen aan.")
                               .arg(m_preview.lines.size())
                               .arg(m_preview.errorCount));
    else if (m_preview.beforeBaseline > 0)
        m_summary->setText(tr("%1 regels kunnen worden ingelezen. Let op: %2 daarvan liggen vóór de nulmeting van "
                              "%3. Klopt de datum van de nulmeting?")
                               .arg(m_preview.lines.size())
                               .arg(m_preview.beforeBaseline)
                               .arg(locale.toString(definition.baselineDate, QLocale::ShortFormat)));
    else
        m_summary->setText(tr("%1 regels kunnen worden ingelezen.").arg(m_preview.lines.size()));
    m_importButton->setEnabled(m_preview.canImport() && !m_document->isReadOnly());
}

void MeasurementImportDialog::accept()
{
    if (!m_document || !m_preview.canImport())
        return;
    const QString name = m_document->recordTitle(TableId::Indicator, m_indicatorId);
    const qsizetype count = m_preview.lines.size();
    if (!edit::appendRecords(*m_document, TableId::Measurement, measurementRecords(m_preview, m_indicatorId),
                             tr("Metingen inlezen voor %1").arg(name))) {
        MessageBox::warning(this, windowTitle(), m_document->lastError());
        return;
    }
    announce(this, tr("%1 metingen ingelezen voor \"%2\"").arg(count).arg(name));
    QDialog::accept();
}

} // namespace rk
