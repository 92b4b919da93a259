#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace rk {

// Shown while no project is open: start a new project, open one, open the example,
// or pick a recently opened file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    void setDemoAvailable(bool available);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);

private:
    QPushButton *m_demo;
    QListWidget *m_recent;
};

} // namespace rk
