#include "Announcement.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace rk {

namespace {
constexpr int kShownMs = 10000;
constexpr int kShownWithFileMs = 30000; // long enough to find the folder button beside it

QMainWindow *mainWindowOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(w))
            return window;
    }
    return nullptr;
}

// The status bar's "Map openen" button, made once per window. It stays until the next
// announcement, also after its message has gone: a user who first closes a dialog or reads
// a message box still finds it.
QPushButton *openFolderButton(QStatusBar *bar)
{
    auto *button = bar->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    if (!button) {
        button = new QPushButton(QCoreApplication::translate("rk::Announcement", "&Map openen"), bar);
        button->setObjectName(QStringLiteral("openFolderButton"));
        button->hide();
        bar->addPermanentWidget(button);
        QObject::connect(button, &QPushButton::clicked, button, [button] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(button->property("folder").toString()));
        });
    }
    return button;
}
} // namespace

void announce(QWidget *from, const QString &message, const QString &file)
{
    QMainWindow *window = mainWindowOf(from);
    if (!window)
        return;
    QStatusBar *bar = window->statusBar();
    bar->showMessage(message, file.isEmpty() ? kShownMs : kShownWithFileMs);
    QPushButton *button = openFolderButton(bar);
    button->setProperty("folder", file.isEmpty() ? QString() : QFileInfo(file).absolutePath());
    button->setVisible(!file.isEmpty());
    if (!file.isEmpty()) {
        button->setToolTip(QFileInfo(file).absolutePath());
        button->setAccessibleDescription(QFileInfo(file).absolutePath());
    }
    QAccessibleEvent event(bar, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace rk
