// The baseline for the startup benchmark: an empty QMainWindow that quits once painted.

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {
class QuitOnPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    QuitOnPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}
