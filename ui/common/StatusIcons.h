#pragma once

#include "core/Chapter.h"
#include "core/progress/Progress.h"

#include <QIcon>

namespace rk {

// A small round marker per chapter status: empty ring, half filled, filled with a check.
// Drawn, not loaded, so it follows the palette and needs no image files.
QIcon statusIcon(ChapterStatus status);
// A marker per progress verdict, told apart by shape as well as colour.
QIcon verdictIcon(Verdict verdict);

} // namespace rk
