#pragma once

#include "core/Chapter.h"

#include <QTextBrowser>

namespace rk {

// The routekaart guidance of one chapter, beside the workbook: purpose, tips, questions
// to think through, tools and examples.
class GuidancePanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuidancePanel(ChapterId chapter, QWidget *parent = nullptr);
};

} // namespace rk
