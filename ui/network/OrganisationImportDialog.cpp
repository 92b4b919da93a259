#include "OrganisationImportDialog.h"

#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/Announcement.h"
#include "ui/common/CsvFileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WindowSize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rk {

OrganisationImportDialog::OrganisationImportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_duplicates(new QCheckBox(tr("Ook organisaties &inlezen waarvan de naam al bestaat"), this))
    , m_import(new QPushButton(tr("&Inlezen"), this))
{
    setWindowTitle(tr("Organisaties inlezen"));
    auto *browse = new QPushButton(tr("&Bestand kiezen..."), this);
    connect(browse, &QPushButton::clicked, this, &OrganisationImportDialog::chooseFile);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Regel"), tr("Naam"), tr("Soort"), tr("Opmerking")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // a preview: Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Voorbeeld van de regels"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    connect(m_duplicates, &QCheckBox::toggled, this, &OrganisationImportDialog::showPreview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Kies een CSV-bestand met ten minste een kolom \"naam\"; \"soort\", adres, "
                                    "contactpersoon, e-mail en telefoon worden meegenomen als ze er zijn."),
                                 this));
    layout->addWidget(browse);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    QWidget::setTabOrder(browse, m_table);
    QWidget::setTabOrder(m_table, m_duplicates);
    resizeToFit(this, QSize(720, 480));
    showPreview();
}

void OrganisationImportDialog::chooseFile()
{
    const QString path = chooseCsvFile(this);
    if (!path.isEmpty())
        loadFile(path);
}

bool OrganisationImportDialog::loadFile(const QString &path)
{
    const CsvResult csv = readCsvFile(path);
    m_preview = csv.ok ? network::previewOrganisations(csv.table, *m_document) : network::OrganisationPreview();
    if (!csv.ok) {
        m_preview.problem = csv.message;
        MessageBox::warning(this, windowTitle(), csv.message);
    }
    showPreview();
    return csv.ok;
}

void OrganisationImportDialog::showPreview()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_table->setRowCount(int(m_preview.lines.size()));
    const TableSpec &spec = tableSpec(TableId::Organisation);
    for (int row = 0; row < m_preview.lines.size(); ++row) {
        const network::OrganisationLine &line = m_preview.lines.at(row);
        QString remark = line.error;
        if (remark.isEmpty() && line.duplicate)
            remark = m_duplicates->isChecked() ? tr("naam bestaat al; wordt toch ingelezen")
                                               : tr("naam bestaat al; wordt overgeslagen");
        if (!line.note.isEmpty())
            remark = remark.isEmpty() ? line.note : remark + QStringLiteral("; ") + line.note;
        const QStringList cells = {QString::number(line.lineNumber), line.record.values.value(fieldIndex(OrganisationField::Name)).toString(),
                                   displayValue(spec.fields.at(fieldIndex(OrganisationField::Kind)), line.record.values.value(fieldIndex(OrganisationField::Kind))),
                                   remark};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // the whole text where the column cuts it short
            if (column == 3 && !line.error.isEmpty())
                item->setIcon(warning);
            m_table->setItem(row, column, item);
        }
    }
    const int count = int(network::organisationRecords(m_preview, m_duplicates->isChecked()).size());
    if (!m_preview.problem.isEmpty())
        m_summary->setText(m_preview.problem);
    else if (m_preview.errorCount > 0)
        m_summary->setText(tr("%1 regels hebben een probleem. Er wordt niets ingelezen zolang er problemen zijn.")
                               .arg(m_preview.errorCount));
    else if (m_preview.lines.isEmpty())
        m_summary->setText(tr("Kies een bestand."));
    else
        m_summary->setText(
            tr("%1 organisaties worden ingelezen; %2 namen bestaan al.").arg(count).arg(m_preview.duplicateCount));
    m_import->setEnabled(m_preview.canImport() && count > 0 && m_document && !m_document->isReadOnly());
}

void OrganisationImportDialog::accept()
{
    if (!m_document || !m_preview.canImport())
        return;
    QList<Record> records = network::organisationRecords(m_preview, m_duplicates->isChecked());
    const qsizetype count = records.size();
    if (!edit::appendRecords(*m_document, TableId::Organisation, std::move(records), tr("Organisaties inlezen"))) {
        MessageBox::warning(this, windowTitle(), m_document->lastError());
        return;
    }
    announce(this, tr("%1 organisaties ingelezen").arg(count));
    QDialog::accept();
}

} // namespace rk
