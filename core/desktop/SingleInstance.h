#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace rk {

// One running program per user and desktop session. A second launch that is given files
// hands them to the running program (which opens each in a window of its own, or raises
// the window that has it open) and then ends; without a running program it listens itself.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `name` tells sessions and tests apart; the default is per user.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // A socket path in the user's runtime folder (see runtimeFolder()); empty when there is
    // no folder that is certainly the user's own, and then there is no single instance.
    static QString defaultName();
    // $XDG_RUNTIME_DIR when it is this user's own private folder. Without it (a script,
    // cron, root in a terminal) a private folder in the temporary folder is made and
    // XDG_RUNTIME_DIR set to it, so that Qt uses the same place and has nothing to warn
    // about. Empty when neither is safe: then another user could have made it.
    static QString runtimeFolder();

    // Sends absolute paths to a running program and waits for its answer.
    // False when none runs (or it did not answer in time).
    bool sendToRunning(const QStringList &files, int timeoutMs = 3000) const;
    // Starts listening for later launches; takes over a socket left by a crashed program.
    bool listen();

    // Limits on what a connection may send; more is refused.
    static constexpr int kMaxFiles = 64;
    static constexpr int kMaxMessageBytes = 64 * 1024;

Q_SIGNALS:
    void filesRequested(const QStringList &files);

private:
    void readConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace rk
