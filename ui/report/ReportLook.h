#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace rk {

class ProjectDocument;

// The house style as the reports draw it (PDF, print preview and ODT alike), with the
// report's own defaults where the project sets nothing.
struct ReportLook
{
    QColor accent;     // headings and the cover's title; black by default
    QColor headerFill; // the header rows of tables: a light tint of the accent, light grey by default
    QString font;      // a family that is installed; empty for the default
    QImage logo;       // none by default
};

// The look of `document`'s reports; an SVG logo is drawn at print resolution.
ReportLook reportLook(const ProjectDocument &document);

} // namespace rk
