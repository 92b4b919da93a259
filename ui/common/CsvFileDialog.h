#pragma once

#include <QString>

class QWidget;

namespace rk {

// Asks for a CSV file to read in, starting in the user's documents; empty when cancelled.
QString chooseCsvFile(QWidget *parent);

} // namespace rk
