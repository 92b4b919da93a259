// The baseline for the startup benchmark: an empty QMainWindow that quits once painted.
// With --label it shows one line of text instead, which shows what the first text of any
// window costs (font set-up and shaping), for the analysis in BENCHMARKS.md.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

#include <chrono>

namespace {
class QuitOnPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const auto paintedAt = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::now().time_since_epoch());
                QTextStream(stdout) << "painted_at_us=" << qint64(paintedAt.count()) << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    if (app.arguments().contains(QStringLiteral("--label")))
        window.setCentralWidget(new QLabel(QStringLiteral("Gemeente Voorbeeldstad")));
    QuitOnPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}
