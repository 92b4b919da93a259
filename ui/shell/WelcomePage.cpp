#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("&Voorbeeldproject bekijken"), this))
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Routekaart Werkboek"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Werk stap voor stap aan de lokale aanpak van eenzaamheid, samen met uw "
                                "partners. Alles wat u invult, wordt meteen bewaard in één projectbestand."),
                             this);
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&Nieuw project..."), this);
    auto *openButton = new QPushButton(tr("Project &openen..."), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent geopend"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent geopende projecten"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    QWidget::setTabOrder(newButton, openButton);
    QWidget::setTabOrder(openButton, m_demo);
    QWidget::setTabOrder(m_demo, m_recent);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        // The folder too: two projects of the same name in different folders are told apart.
        const QFileInfo file(path);
        auto *item = new QListWidgetItem(
            tr("%1 (in %2)").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nog geen projecten geopend."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

} // namespace rk
