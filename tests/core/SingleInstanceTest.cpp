// One program per user: a second launch hands its files to the first, over a local
// socket that refuses malformed or oversized messages and survives a crashed owner.

#include "TestSupport.h"

#include "desktop/SingleInstance.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace rk;

namespace {
QString uniqueName()
{
    return QStringLiteral("rk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The running program: listens in a thread of its own, so that the test can play the
// second launch with blocking calls.
class Listener
{
public:
    explicit Listener(const QString &name)
    {
        m_thread.start();
        m_instance = new SingleInstance(name);
        m_instance->moveToThread(&m_thread);
        QObject::connect(
            m_instance, &SingleInstance::filesRequested, m_instance,
            [this](const QStringList &files) { received.append(files); }, Qt::DirectConnection);
        bool ok = false;
        QMetaObject::invokeMethod(
            m_instance, [&] { ok = m_instance->listen(); }, Qt::BlockingQueuedConnection);
        listening = ok;
    }
    ~Listener()
    {
        QMetaObject::invokeMethod(
            m_instance, [this] { delete m_instance; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QStringList receivedSoFar()
    {
        QStringList copy;
        QMetaObject::invokeMethod(
            m_instance, [&] { copy = received; }, Qt::BlockingQueuedConnection);
        return copy;
    }

    bool listening = false;
    QStringList received; // touched in the listener's thread only

private:
    QThread m_thread;
    SingleInstance *m_instance = nullptr;
};

// Sends raw bytes as a hostile local program would, and tells whether the socket was
// closed without the "ok" answer.
bool refused(const QString &name, const QByteArray &bytes)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    REQUIRE(socket.waitForConnected(2000));
    socket.write(bytes);
    socket.waitForBytesWritten(2000);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QLocalSocket::ConnectedState && timer.elapsed() < 3000)
        socket.waitForReadyRead(100);
    return !socket.readAll().startsWith("ok");
}
} // namespace

TEST_CASE("A second launch hands its files to the running program", "[instance]")
{
    const QString name = uniqueName();
    SingleInstance second(name);
    CHECK_FALSE(second.sendToRunning({QStringLiteral("a.routekaart")}, 500)); // nobody runs yet

    Listener first(name);
    REQUIRE(first.listening);
    const QString relative = QStringLiteral("map/Project één.routekaart");
    REQUIRE(second.sendToRunning({relative, QStringLiteral("/tmp/b.routekaart")}));
    QElapsedTimer timer;
    timer.start();
    QStringList got;
    while (got.size() < 2 && timer.elapsed() < 3000)
        got = first.receivedSoFar();
    REQUIRE(got.size() == 2);
    CHECK(got.at(0) == QDir::current().absoluteFilePath(relative)); // made absolute by the sender
    CHECK(got.at(1) == QStringLiteral("/tmp/b.routekaart"));

    // A third program cannot listen on the same name while the first runs.
    SingleInstance third(name);
    CHECK_FALSE(third.listen());
}

TEST_CASE("The running program refuses malformed and oversized messages", "[instance]")
{
    const QString name = uniqueName();
    Listener first(name);
    REQUIRE(first.listening);

    // A frame that announces more than the limit is cut off before it is read.
    QByteArray huge;
    QDataStream(&huge, QIODevice::WriteOnly) << quint32(SingleInstance::kMaxMessageBytes + 1);
    CHECK(refused(name, huge + QByteArray(64, 'x')));
    // A well-formed frame with the wrong greeting.
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray("iets anders") << QStringList{QStringLiteral("/tmp/x.routekaart")};
    }
    QByteArray frame;
    {
        QDataStream out(&frame, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << body;
    }
    CHECK(refused(name, frame));
    // Random bytes in a frame of a plausible size.
    QByteArray noise;
    QDataStream(&noise, QIODevice::WriteOnly) << quint32(16);
    CHECK(refused(name, noise + QByteArray::fromHex("ffffffff00000000deadbeef01020304")));
    CHECK(first.receivedSoFar().isEmpty());

    // And it still serves a proper launch afterwards.
    CHECK(SingleInstance(name).sendToRunning({QStringLiteral("/tmp/c.routekaart")}));
}

TEST_CASE("A socket left behind by a crashed program is taken over", "[instance]")
{
    const QString name = uniqueName();
    // What a killed program leaves: the socket file, with nobody listening.
    const QString stale = QDir::tempPath() + QLatin1Char('/') + name;
    {
        QFile file(stale);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    SingleInstance instance(name);
    REQUIRE(instance.listen());
    QLocalSocket socket;
    socket.connectToServer(name);
    CHECK(socket.waitForConnected(2000));
}
