#pragma once

#include <QString>

class QWidget;

namespace rk {

// Says what just happened ("PDF opgeslagen in ...", "7 metingen ingelezen") in the status
// bar of the main window that `from` belongs to (a dialog finds it through its parents),
// for ten seconds (thirty with a file), and as an alert for a screen reader. With `file`,
// the status bar also offers "Map openen" for the folder that holds it, until the next
// announcement. Does nothing without a main window.
void announce(QWidget *from, const QString &message, const QString &file = {});

} // namespace rk
