#include "ProjectInfoDialog.h"

#include "core/text/HouseStyleCheck.h"
#include "ui/common/MessageBox.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSvgRenderer>

namespace rk {

ProjectInfoDialog::ProjectInfoDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_gemeente(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_startYear(new QSpinBox(this))
    , m_horizon(new QSpinBox(this))
    , m_period(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(purpose == Purpose::NewProject ? tr("Nieuw project") : tr("Projectgegevens"));
    m_gemeente->setMaxLength(limits::kNameLength);
    m_gemeente->setPlaceholderText(tr("Bijvoorbeeld: Gemeente Voorbeeldstad"));
    m_title->setMaxLength(limits::kNameLength);
    m_title->setText(purpose == Purpose::NewProject ? tr("Lokale aanpak eenzaamheid") : QString());
    m_startYear->setRange(limits::kMinYear, limits::kMaxYear);
    m_startYear->setValue(QDate::currentDate().year());
    m_horizon->setRange(1, limits::kMaxHorizonYears);
    m_horizon->setValue(3);
    m_horizon->setSuffix(tr(" jaar"));
    m_period->setTextFormat(Qt::PlainText);
    // Wide enough for the example in the field and a long municipality name.
    m_gemeente->setMinimumWidth(m_gemeente->fontMetrics().horizontalAdvance(m_gemeente->placeholderText()) + 24);

    auto *form = new QFormLayout;
    form->addRow(tr("&Gemeente:"), m_gemeente);
    form->addRow(tr("&Titel:"), m_title);
    form->addRow(tr("&Startjaar:"), m_startYear);
    form->addRow(tr("&Looptijd:"), m_horizon);
    form->addRow(QString(), m_period);
    m_gemeente->setAccessibleName(tr("Gemeente"));
    m_title->setAccessibleName(tr("Titel"));
    m_startYear->setAccessibleName(tr("Startjaar"));
    m_horizon->setAccessibleName(tr("Looptijd in jaren"));

    auto *layout = new QVBoxLayout(this);
    // The dialog takes the height its wrapped texts need (a form's rows otherwise squeeze them).
    layout->setSizeConstraint(QLayout::SetFixedSize);
    if (purpose == Purpose::NewProject) {
        auto *intro = new QLabel(tr("Een project bevat het werk van één gemeente aan de routekaart. Het wordt "
                                    "bewaard in één bestand dat u kunt mailen."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    if (purpose == Purpose::EditProject)
        addHouseStyle(layout);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gemeente, &QLineEdit::textChanged, this, &ProjectInfoDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &ProjectInfoDialog::validate);
    connect(m_startYear, &QSpinBox::valueChanged, this, &ProjectInfoDialog::validate);
    connect(m_horizon, &QSpinBox::valueChanged, this, &ProjectInfoDialog::validate);
    validate();
}

void ProjectInfoDialog::addHouseStyle(QLayout *layout)
{
    auto *box = new QGroupBox(tr("Huisstijl van de rapporten"), this);
    auto *form = new QFormLayout(box);
    auto *note = new QLabel(tr("Voor het PDF-rapport, het ODT-document en de afdruk. Leeg laten geeft de gewone "
                               "opmaak. Afzender en afdeling gelden waar een raadsrapportage (hoofdstuk 5) ze zelf "
                               "niet noemt."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);

    m_logo = new QLabel(box);
    m_logo->setMinimumSize(168, 60);
    m_logo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto *chooseLogo = new QPushButton(tr("L&ogo kiezen..."), box);
    m_chooseLogo = chooseLogo;
    m_removeLogo = new QPushButton(tr("Logo &weghalen"), box);
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    form->addRow(tr("Logo:"), m_logo);
    form->addRow(QString(), logoButtons);

    m_colour = new QPushButton(box);
    m_defaultColour = new QPushButton(tr("Stan&daardkleur"), box);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour);
    colourRow->addWidget(m_defaultColour);
    colourRow->addStretch();
    auto *colourLabel = new QLabel(tr("Huis&kleur:"), box);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);

    m_font = new QComboBox(box);
    m_font->addItem(tr("Standaard"), QString());
    // Families by their plain names (fontconfig also lists a family per foundry: "C059 [urw]").
    for (const QString &family : QFontDatabase::families()) {
        if (!QFontDatabase::isPrivateFamily(family) && QFontDatabase::isScalable(family) &&
            !family.contains(QLatin1Char('[')))
            m_font->addItem(family, family);
    }
    form->addRow(tr("Letterty&pe:"), m_font);

    m_sender = new QLineEdit(box);
    m_sender->setMaxLength(limits::kNameLength);
    m_department = new QLineEdit(box);
    m_department->setMaxLength(limits::kNameLength);
    m_department->setPlaceholderText(tr("Bijvoorbeeld: Team Sociaal Domein"));
    form->addRow(tr("&Afzender:"), m_sender);
    form->addRow(tr("Afd&eling:"), m_department);
    layout->addWidget(box);

    chooseLogo->setAccessibleName(tr("Logo kiezen"));
    m_removeLogo->setAccessibleName(tr("Logo weghalen"));
    m_font->setAccessibleName(tr("Lettertype van de rapporten"));
    m_sender->setAccessibleName(tr("Afzender"));
    m_department->setAccessibleName(tr("Afdeling"));
    connect(chooseLogo, &QPushButton::clicked, this, &ProjectInfoDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &ProjectInfoDialog::removeLogo);
    connect(m_colour, &QPushButton::clicked, this, &ProjectInfoDialog::chooseColour);
    connect(m_defaultColour, &QPushButton::clicked, this, [this] {
        m_style.colour.clear();
        showStyle();
        m_colour->setFocus(); // the button pressed is now disabled
    });
    // In reading order: the project's details, the house style, then OK and Annuleren.
    QWidget::setTabOrder(m_horizon, chooseLogo);
    QWidget::setTabOrder(chooseLogo, m_removeLogo);
    QWidget::setTabOrder(m_removeLogo, m_colour);
    QWidget::setTabOrder(m_colour, m_defaultColour);
    QWidget::setTabOrder(m_defaultColour, m_font);
    QWidget::setTabOrder(m_font, m_sender);
    QWidget::setTabOrder(m_sender, m_department);
    QWidget::setTabOrder(m_department, m_buttons->button(QDialogButtonBox::Ok));
    QWidget::setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
    // The texts that name the gemeente follow it (the logo is not drawn again for each key).
    connect(m_gemeente, &QLineEdit::textChanged, this, &ProjectInfoDialog::showGemeente);
    showStyle();
}

void ProjectInfoDialog::chooseLogo()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Logo kiezen"), QString(), tr("Logo (PNG of SVG) (*.png *.svg)"));
    if (!path.isEmpty())
        useLogoFile(path);
}

bool ProjectInfoDialog::useLogoFile(const QString &path)
{
    QFile file(path);
    QString error;
    QByteArray data;
    if (QFileInfo(path).size() > limits::kMaxLogoBytes)
        data = QByteArray(limits::kMaxLogoBytes + 1, '\0'); // refused by the check, with its message
    else if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    const QString format = logoFormatOf(data);
    if (data.isEmpty() || !checkLogo(data, format, &error)) {
        MessageBox::warning(this, tr("Logo kiezen"),
                            error.isEmpty()
                                ? tr("Het bestand %1 kon niet worden gelezen.").arg(QDir::toNativeSeparators(path))
                                : error);
        return false;
    }
    m_style.logo = data;
    m_style.logoFormat = format;
    showStyle();
    return true;
}

void ProjectInfoDialog::removeLogo()
{
    m_style.logo.clear();
    m_style.logoFormat.clear();
    showStyle();
    m_chooseLogo->setFocus(); // the button pressed is now disabled
}

void ProjectInfoDialog::chooseColour()
{
    const QColor initial = m_style.colour.isEmpty() ? QColor(0x1f, 0x4e, 0x79) : QColor(m_style.colour);
    const QColor colour = QColorDialog::getColor(initial, this, tr("Huiskleur kiezen"));
    if (colour.isValid())
        setColour(colour);
}

bool ProjectInfoDialog::setColour(const QColor &colour)
{
    const QString name = colour.isValid() ? colour.name() : QString(); // "#rrggbb", lower case
    if (!name.isEmpty() && contrastWithWhite(name) < kMinimumContrast) {
        MessageBox::warning(this, tr("Huiskleur kiezen"),
                            tr("Deze kleur is te licht voor koppen op wit papier (contrast %1 op 1, minstens %2 op 1 "
                               "nodig). Kies een donkerdere kleur.")
                                .arg(QLocale().toString(contrastWithWhite(name), 'f', 1),
                                     QLocale().toString(kMinimumContrast, 'f', 1)));
        return false;
    }
    m_style.colour = name;
    showStyle();
    return true;
}

// Shows the logo, the colour and the sender's default as they are now.
void ProjectInfoDialog::showStyle()
{
    if (!m_logo)
        return;
    QImage image;
    if (m_style.logoFormat == QLatin1String("svg")) {
        QSvgRenderer renderer(m_style.logo);
        if (renderer.isValid() && !renderer.defaultSize().isEmpty()) {
            image = QImage(renderer.defaultSize().scaled(QSize(320, 112), Qt::KeepAspectRatio),
                           QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
        }
    } else if (!m_style.logo.isEmpty()) {
        image = QImage::fromData(m_style.logo, "png");
    }
    if (image.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("Geen logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(
            image.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!m_style.logo.isEmpty());
    QPixmap swatch(18, 18);
    swatch.fill(m_style.colour.isEmpty() ? QColor(Qt::black) : QColor(m_style.colour));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(m_style.colour.isEmpty() ? tr("Standaard (zwart)") : m_style.colour);
    m_colour->setAccessibleName(m_style.colour.isEmpty() ? tr("Huiskleur: standaard, zwart")
                                                         : tr("Huiskleur: %1").arg(m_style.colour));
    m_defaultColour->setEnabled(!m_style.colour.isEmpty());
    showGemeente();
}

void ProjectInfoDialog::showGemeente()
{
    if (!m_logo)
        return;
    m_logo->setAccessibleName(m_style.logo.isEmpty() ? tr("Geen logo") : tr("Logo van %1").arg(m_gemeente->text()));
    m_sender->setPlaceholderText(tr("College van burgemeester en wethouders, %1").arg(m_gemeente->text()));
}

void ProjectInfoDialog::setInfo(const ProjectInfo &info)
{
    m_gemeente->setText(info.gemeente);
    m_title->setText(info.title);
    m_startYear->setValue(info.startYear);
    m_horizon->setValue(info.horizonYears);
    m_style = info.style;
    if (m_font) {
        const int font = m_font->findData(info.style.font);
        if (font < 0 && !info.style.font.isEmpty())
            m_font->addItem(tr("%1 (niet op deze computer)").arg(info.style.font), info.style.font);
        m_font->setCurrentIndex(std::max(0, m_font->findData(info.style.font)));
        m_sender->setText(info.style.sender);
        m_department->setText(info.style.department);
        showStyle();
    }
}

ProjectInfo ProjectInfoDialog::info() const
{
    ProjectInfo info;
    info.gemeente = m_gemeente->text().trimmed();
    info.title = m_title->text().trimmed();
    info.startYear = m_startYear->value();
    info.horizonYears = m_horizon->value();
    info.style = m_style;
    if (m_font) {
        info.style.font = m_font->currentData().toString();
        info.style.sender = m_sender->text().trimmed();
        info.style.department = m_department->text().trimmed();
    }
    return info;
}

void ProjectInfoDialog::validate()
{
    const ProjectInfo current = info();
    m_period->setText(tr("Periode: %1 tot en met %2").arg(current.startYear).arg(current.endYear()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!current.gemeente.isEmpty() && !current.title.isEmpty());
}

} // namespace rk
