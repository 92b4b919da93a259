#pragma once

#include <QColor>

namespace rk::colours {

// The app's own colours, in one place so that their contrast is checked (WCAG 2.1 AA:
// at least 4.5:1 for text, which we also keep for marks and lines). Colour never carries
// meaning alone: every status and verdict also has a word and a shape.

// Marks, lines and text on a white or window background.
// Done, reached, target.
inline QColor green()
{
    return {0x1e, 0x6e, 0x32};
}
// Measured, on track, bars.
inline QColor blue()
{
    return {0x1f, 0x4e, 0x9a};
}
// Behind, a goal nobody works on.
inline QColor orange()
{
    return {0xb0, 0x3a, 0x00};
}
// In progress.
inline QColor amber()
{
    return {0x9a, 0x52, 0x00};
}
// Baseline.
inline QColor purple()
{
    return {0x6a, 0x3d, 0x9a};
}
// Not started, no data, the planned path.
inline QColor grey()
{
    return {0x59, 0x59, 0x59};
}

// Reference lines on charts (other municipalities).
inline QColor teal()
{
    return {0x00, 0x6d, 0x77};
}
inline QColor brown()
{
    return {0x7a, 0x4a, 0x1f};
}

// Light backgrounds under the dark notice text.
inline QColor noticeText()
{
    return {0x1a, 0x1a, 0x1a};
}
inline QColor informationBackground()
{
    return {0xe3, 0xef, 0xfb};
}
inline QColor warningBackground()
{
    return {0xff, 0xf3, 0xcd};
}
inline QColor errorBackground()
{
    return {0xf8, 0xd7, 0xda};
}

// The contrast ratio of two colours as WCAG defines it: 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace rk::colours
