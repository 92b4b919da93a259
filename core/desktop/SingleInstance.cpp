#include "SingleInstance.h"

#include "storage/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rk {

namespace {
constexpr char kGreeting[] = "routekaart-open-1";
constexpr char kAccepted[] = "ok";
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::runtimeFolder()
{
    const QString given = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!given.isEmpty())
        return privatefiles::ensurePrivateFolder(given, nullptr, false) ? given : QString();
#ifdef Q_OS_UNIX
    const QString fallback = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(::getuid());
    if (!privatefiles::ensurePrivateFolder(fallback))
        return {};
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(fallback));
    return fallback;
#else
    return QDir::tempPath();
#endif
}

QString SingleInstance::defaultName()
{
    const QString folder = runtimeFolder();
    if (folder.isEmpty())
        return {};
    // Per display and session, hashed so that odd characters cannot reach the socket path.
    // The folder is the user's own, so the name may be predictable.
    const QByteArray where = qgetenv("DISPLAY") + '|' + qgetenv("WAYLAND_DISPLAY") + '|' + qgetenv("XDG_SESSION_ID");
    return folder + QStringLiteral("/nl.routekaart.Werkboek-") +
           QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs) const
{
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        QStringList absolute;
        for (const QString &file : files)
            absolute.append(QFileInfo(file).absoluteFilePath());
        out << QByteArray(kGreeting) << absolute.mid(0, kMaxFiles);
    }
    QDataStream frame(&socket);
    frame.setVersion(QDataStream::Qt_6_4);
    frame << message;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < qint64(sizeof kAccepted) - 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readAll().startsWith(kAccepted);
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    if (m_name.isEmpty())
        return false;
    // Ask first: with UserAccessOption, Qt's listen() puts its socket in place even over
    // one that another program still serves.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false; // another program listens
    }
    // A socket file without a program behind it is left by a crash: take it over.
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                // Anything this user runs may connect: the frame is a 32-bit length and at
                // most kMaxMessageBytes of message, checked before anything is read.
                QDataStream in(socket);
                in.setVersion(QDataStream::Qt_6_4);
                if (socket->bytesAvailable() < 4)
                    return;
                const QByteArray head = socket->peek(4);
                const quint32 length = (quint32(uchar(head[0])) << 24) | (quint32(uchar(head[1])) << 16) |
                                       (quint32(uchar(head[2])) << 8) | quint32(uchar(head[3]));
                if (length > quint32(kMaxMessageBytes)) {
                    socket->abort();
                    return;
                }
                if (socket->bytesAvailable() < qint64(length) + 4)
                    return; // wait for the rest
                QByteArray message;
                in >> message;
                QDataStream body(message);
                body.setVersion(QDataStream::Qt_6_4);
                QByteArray greeting;
                QStringList files;
                body >> greeting >> files;
                if (body.status() != QDataStream::Ok || greeting != kGreeting || files.size() > kMaxFiles) {
                    socket->abort();
                    return;
                }
                QStringList accepted;
                for (const QString &file : std::as_const(files)) {
                    if (QFileInfo(file).isAbsolute())
                        accepted.append(file);
                }
                socket->write(kAccepted);
                socket->flush();
                socket->disconnectFromServer();
                if (!accepted.isEmpty())
                    Q_EMIT filesRequested(accepted);
            });
        }
    });
    return true;
}

} // namespace rk
