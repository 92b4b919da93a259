#include "ReportDialog.h"

#include "core/ProjectDocument.h"
#include "core/records/Fields.h"
#include "core/workbook/CouncilReport.h"
#include "ui/common/Announcement.h"
#include "ui/common/DateField.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SuggestedPath.h"
#include "ui/common/WindowSize.h"
#include "ui/report/ReportRenderer.h"

#include <QApplication>

#include <QAction>
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
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rk {

ReportDialog::ReportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_short(new QRadioButton(tr("&Kort rapport voor de raad"), this))
    , m_full(new QRadioButton(tr("&Volledig werkboek"), this))
    , m_chapters(new QListWidget(this))
    , m_introduction(new QPlainTextEdit(this))
    , m_personal(new QCheckBox(tr("&Contactpersonen opnemen (persoonsgegevens)"), this))
    , m_referenceDate(new DateField(this))
    , m_changes(new QCheckBox(tr("&Wijzigingen opnemen sinds:"), this))
    , m_changesFrom(new DateField(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_preview(nullptr)
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Rapport maken"));
    // The preview lays the report out at the PDF's resolution, so that its pages are the PDF's.
    ReportRenderer::preparePrinter(m_printer.get());
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
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
    // The logo, colour and font are the project's (its house style), set in Projectgegevens.
    auto *style = new QLabel(tr("Logo, huiskleur en lettertype: Bestand > Projectgegevens."), this);
    style->setWordWrap(true);

    // The day the report describes: today, or an earlier day to report on a closed period.
    // Today, or the peildatum of the council report the short report's page one comes from.
    m_referenceDate->setDate(defaultReferenceDate(*document, QDate::currentDate()));
    m_referenceDate->setAccessibleName(tr("Peildatum"));
    m_referenceDate->setToolTip(tr("Het rapport toont de stand op deze dag: latere metingen tellen niet mee, en "
                                   "activiteiten waarvan de einddatum dan voorbij was, staan als te laat."));
    m_referenceDate->setAccessibleDescription(m_referenceDate->toolTip());
    auto *dateLabel = new QLabel(tr("P&eildatum:"), this);
    dateLabel->setBuddy(m_referenceDate);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_referenceDate, 1);

    auto *options = new QVBoxLayout;
    auto *kind = new QGroupBox(tr("Soort rapport"), this);
    auto *kindLayout = new QVBoxLayout(kind);
    kindLayout->addWidget(m_short);
    kindLayout->addWidget(m_full);
    options->addWidget(kind);
    options->addLayout(dateRow);
    // In reading order: the kind of report, the date, then the chapters.
    QWidget::setTabOrder(m_full, m_referenceDate);
    QWidget::setTabOrder(m_referenceDate, m_chapters);
    auto *chaptersLabel = new QLabel(tr("&Hoofdstukken:"), this);
    chaptersLabel->setBuddy(m_chapters);
    options->addWidget(chaptersLabel);
    options->addWidget(m_chapters, 1);
    auto *introLabel = new QLabel(tr("&Inleiding:"), this);
    introLabel->setBuddy(m_introduction);
    options->addWidget(introLabel);
    options->addWidget(m_introduction, 1);
    options->addWidget(style);
    m_personal->setToolTip(tr("Alleen aanzetten als het rapport niet openbaar wordt: namen, functies, e-mailadressen "
                              "en telefoonnummers van contactpersonen zijn persoonsgegevens."));
    m_personal->setAccessibleDescription(m_personal->toolTip());
    options->addWidget(m_personal);
    // The full report's change log, from the history: the last three months by default.
    m_changesFrom->setDate(m_referenceDate->date().addMonths(-3));
    m_changesFrom->setAccessibleName(tr("Wijzigingen sinds"));
    m_changes->setToolTip(tr("Alleen in het volledige werkboek: een lijst van wat er in deze periode is veranderd, "
                             "tot de peildatum."));
    m_changes->setAccessibleDescription(m_changes->toolTip());
    m_changesFrom->setEnabled(false);
    m_changes->setEnabled(false);
    auto *changesRow = new QHBoxLayout;
    changesRow->addWidget(m_changes);
    changesRow->addWidget(m_changesFrom, 1);
    options->addLayout(changesRow);
    connect(m_full, &QRadioButton::toggled, this, [this](bool full) {
        m_changes->setEnabled(full);
        m_changesFrom->setEnabled(full && m_changes->isChecked());
    });
    connect(m_changes, &QCheckBox::toggled, this, [this](bool on) {
        m_changesFrom->setEnabled(on && m_full->isChecked());
        schedulePreview();
    });
    connect(m_changesFrom, &QLineEdit::textChanged, this, [this] {
        if (m_changesFrom->date().isValid() && m_changes->isChecked())
            schedulePreview();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Opslaan als &PDF..."), QDialogButtonBox::ActionRole);
    QPushButton *odt = buttons->addButton(tr("Opslaan als &ODT..."), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Afdrukken..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::savePdfInteractive);
    connect(odt, &QPushButton::clicked, this, &ReportDialog::saveOdtInteractive);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);

    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(createPreviewBar());
    previewBox->addWidget(m_preview, 1);
    auto *main = new QHBoxLayout;
    main->addLayout(options, 1);
    main->addLayout(previewBox, 2);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_savedLabel->setWordWrap(true);
    m_savedLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_savedLabel);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(1100, 760));

    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportDialog::updatePageLabel);
    // The page shown changes with scrolling too: the label follows the preview's scroll bar.
    if (auto *pages = m_preview->findChild<QGraphicsView *>()) {
        connect(pages->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportDialog::updatePageLabel);
        connect(pages->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ReportDialog::updatePageLabel);
    }
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_document)
            ReportRenderer::paint(*m_document, this->options(), printer);
    });
    connect(m_short, &QRadioButton::toggled, this, &ReportDialog::schedulePreview);
    connect(m_chapters, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    connect(m_introduction, &QPlainTextEdit::textChanged, this, &ReportDialog::schedulePreview);
    connect(m_personal, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    connect(m_referenceDate, &QLineEdit::textChanged, this, [this] {
        if (m_referenceDate->date().isValid())
            schedulePreview();
    });
}

ReportDialog::~ReportDialog() = default;

// Zoom and pages of the preview: buttons that Tab reaches, and the same keys as elsewhere.
QWidget *ReportDialog::createPreviewBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    // Short faces keep the dialog narrow enough for a small screen at 150%; the full words
    // are the buttons' names and tooltips.
    const auto add = [this, bar, row](const QString &face, const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(face, this);
        action->setShortcut(keys);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAccessibleName(text);
        button->setFocusPolicy(Qt::TabFocus);
        row->addWidget(button);
    };
    add(QStringLiteral("\u2212"), tr("Kleiner"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });
    add(QStringLiteral("+"), tr("Groter"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    add(tr("Breedte"), tr("Paginabreedte"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_preview->fitToWidth(); });
    add(tr("Hele pagina"), tr("Hele pagina"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_preview->fitInView(); });
    add(QStringLiteral("\u25C0"), tr("Vorige pagina"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        updatePageLabel();
    });
    add(QStringLiteral("\u25B6"), tr("Volgende pagina"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        updatePageLabel();
    });
    m_pageLabel = new QLabel(bar);
    m_pageLabel->setTextFormat(Qt::PlainText);
    row->addSpacing(8);
    row->addWidget(m_pageLabel);
    row->addStretch(1);
    return bar;
}

QString ReportDialog::pageLabelText() const
{
    return m_pageLabel->text();
}

QString ReportDialog::savedText() const
{
    return m_savedLabel->isVisibleTo(this) ? m_savedLabel->text() : QString();
}

// Said in the dialog, where the user is looking, and in the window's status bar.
void ReportDialog::saved(const QString &message, const QString &path)
{
    m_savedLabel->setText(message);
    m_savedLabel->setAccessibleName(message);
    m_savedLabel->show();
    announce(this, message, path);
}

void ReportDialog::updatePageLabel()
{
    m_pageLabel->setText(tr("Pagina %1 van %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.kind = m_full->isChecked() ? ReportOptions::Kind::Full : ReportOptions::Kind::Short;
    for (int i = 0; i < m_chapters->count(); ++i) {
        if (m_chapters->item(i)->checkState() != Qt::Checked)
            options.leftOut.insert(static_cast<ChapterId>(m_chapters->item(i)->data(Qt::UserRole).toInt()));
    }
    options.introduction = m_introduction->toPlainText();
    options.includePersonalData = m_personal->isChecked();
    if (m_referenceDate->date().isValid())
        options.referenceDate = m_referenceDate->date();
    if (options.kind == ReportOptions::Kind::Full && m_changes->isChecked() && m_changesFrom->date().isValid())
        options.changesFrom = m_changesFrom->date();
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

QString ReportDialog::suggestedPath(const QString &suffix) const
{
    const ProjectInfo &project = m_document->project();
    return rk::suggestedPath(
        m_document,
        QStringLiteral("%1 - %2 - %3")
            .arg(project.gemeente, project.title, m_full->isChecked() ? tr("werkboek") : tr("raadsrapport")),
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
        saved(tr("PDF opgeslagen in %1").arg(QDir::toNativeSeparators(path)), path);
    return ok;
}

bool ReportDialog::saveOdt(const QString &path)
{
    QString error;
    const bool ok = ReportRenderer::exportOdt(*m_document, options(), path, &error);
    if (!ok)
        MessageBox::warning(this, windowTitle(), error);
    else
        saved(tr("ODT opgeslagen in %1").arg(QDir::toNativeSeparators(path)), path);
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
    ReportRenderer::preparePrinter(&printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportRenderer::paint(*m_document, options(), &printer);
}

} // namespace rk
