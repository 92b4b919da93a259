#include "ReportDialog.h"

#include "core/ProjectDocument.h"
#include "ui/common/Announcement.h"
#include "ui/common/SuggestedPath.h"
#include "ui/common/MessageBox.h"
#include "ui/report/ReportRenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

ReportDialog::ReportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_short(new QRadioButton(tr("&Kort rapport voor de raad"), this))
    , m_full(new QRadioButton(tr("&Volledig werkboek"), this))
    , m_chapters(new QListWidget(this))
    , m_introduction(new QPlainTextEdit(this))
    , m_logo(new QLineEdit(this))
    , m_personal(new QCheckBox(tr("&Contactpersonen opnemen (persoonsgegevens)"), this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
    , m_preview(nullptr)
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Rapport maken"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setAccessibleName(tr("Voorbeeld van het rapport"));
    if (auto *pages = m_preview->findChild<QGraphicsView *>())
        pages->setAccessibleName(tr("Voorbeeld van het rapport"));
    m_short->setChecked(true);
    for (const ChapterInfo &info : chapterInfos()) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(info.id)), m_chapters);
        item->setData(Qt::UserRole, int(info.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_chapters->setAccessibleName(tr("Hoofdstukken in het rapport"));
    m_introduction->setPlaceholderText(tr("Een korte inleiding voor de lezer (mag leeg blijven)"));
    m_introduction->setAccessibleName(tr("Inleiding"));
    m_introduction->setTabChangesFocus(true);
    m_logo->setPlaceholderText(tr("Geen logo"));
    m_logo->setAccessibleName(tr("Logo"));
    auto *logoButton = new QPushButton(tr("&Logo kiezen..."), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(logoButton);

    auto *options = new QVBoxLayout;
    auto *kind = new QGroupBox(tr("Soort rapport"), this);
    auto *kindLayout = new QVBoxLayout(kind);
    kindLayout->addWidget(m_short);
    kindLayout->addWidget(m_full);
    options->addWidget(kind);
    auto *chaptersLabel = new QLabel(tr("&Hoofdstukken:"), this);
    chaptersLabel->setBuddy(m_chapters);
    options->addWidget(chaptersLabel);
    options->addWidget(m_chapters, 1);
    auto *introLabel = new QLabel(tr("&Inleiding:"), this);
    introLabel->setBuddy(m_introduction);
    options->addWidget(introLabel);
    options->addWidget(m_introduction, 1);
    options->addLayout(logoRow);
    m_personal->setToolTip(tr("Alleen aanzetten als het rapport niet openbaar wordt: namen, functies, e-mailadressen "
                              "en telefoonnummers van contactpersonen zijn persoonsgegevens."));
    m_personal->setAccessibleDescription(m_personal->toolTip());
    options->addWidget(m_personal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Opslaan als &PDF..."), QDialogButtonBox::ActionRole);
    QPushButton *odt = buttons->addButton(tr("Opslaan als &ODT..."), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Afdrukken..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::savePdfInteractive);
    connect(odt, &QPushButton::clicked, this, &ReportDialog::saveOdtInteractive);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(logoButton, &QPushButton::clicked, this, &ReportDialog::chooseLogo);

    auto *main = new QHBoxLayout;
    main->addLayout(options, 1);
    main->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(buttons);
    resize(1100, 760);

    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_document)
            ReportRenderer::paint(*m_document, this->options(), printer);
    });
    connect(m_short, &QRadioButton::toggled, this, &ReportDialog::schedulePreview);
    connect(m_chapters, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    connect(m_introduction, &QPlainTextEdit::textChanged, this, &ReportDialog::schedulePreview);
    connect(m_personal, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.kind = m_full->isChecked() ? ReportOptions::Kind::Full : ReportOptions::Kind::Short;
    for (int i = 0; i < m_chapters->count(); ++i) {
        if (m_chapters->item(i)->checkState() != Qt::Checked)
            options.leftOut.insert(static_cast<ChapterId>(m_chapters->item(i)->data(Qt::UserRole).toInt()));
    }
    options.introduction = m_introduction->toPlainText();
    options.logoPath = m_logo->text();
    options.includePersonalData = m_personal->isChecked();
    return options;
}

int ReportDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

void ReportDialog::schedulePreview()
{
    m_timer->start();
}

void ReportDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo kiezen"), QString(),
                                                      tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportRenderer::checkLogo(path, &error)) {
        MessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_logo->setText(path);
    schedulePreview();
}

QString ReportDialog::suggestedPath(const QString &suffix) const
{
    const ProjectInfo &project = m_document->project();
    return rk::suggestedPath(m_document, QStringLiteral("%1 - %2 - %3").arg(project.gemeente, project.title,
                                                                           m_full->isChecked() ? tr("werkboek")
                                                                                               : tr("raadsrapport")),
                             suffix);
}

bool ReportDialog::savePdf(const QString &path)
{
    QProgressDialog progress(tr("Rapport maken..."), tr("Afbreken"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool ok = ReportRenderer::exportPdf(*m_document, options(), path, &error, [&progress](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!ok)
        MessageBox::warning(this, windowTitle(), error);
    else
        announce(this, tr("PDF opgeslagen in %1").arg(QDir::toNativeSeparators(path)), path);
    return ok;
}

bool ReportDialog::saveOdt(const QString &path)
{
    QString error;
    const bool ok = ReportRenderer::exportOdt(*m_document, options(), path, &error);
    if (!ok)
        MessageBox::warning(this, windowTitle(), error);
    else
        announce(this, tr("ODT opgeslagen in %1").arg(QDir::toNativeSeparators(path)), path);
    return ok;
}

void ReportDialog::savePdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Opslaan als PDF"), suggestedPath(QStringLiteral(".pdf")), tr("PDF-bestanden (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportDialog::saveOdtInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Opslaan als ODT"), suggestedPath(QStringLiteral(".odt")), tr("ODF-tekstdocumenten (*.odt)"));
    if (!path.isEmpty())
        saveOdt(path);
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportRenderer::paint(*m_document, options(), &printer);
}

} // namespace rk
