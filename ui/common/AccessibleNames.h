#pragma once

class QLabel;

namespace rk {

// What a screen reader hears for a choice list: its label as its name and the chosen item
// as its value. (On Linux, Qt names a combo box by its current text, so that "Status: Bezig"
// is heard as "Bezig" with nothing to say what it is for.) Call once, before the first
// window is made.
void installAccessibleNames();

// Makes a screen reader announce `label` as a heading, so that its users can jump from
// heading to heading as sighted users scan a page.
void markAsHeading(QLabel *label);

} // namespace rk
