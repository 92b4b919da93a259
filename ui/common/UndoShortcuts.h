#pragma once

class QEvent;

namespace rk {

// True when `event` is a ShortcutOverride for undo or redo (Ctrl+Z, Ctrl+Shift+Z,
// Ctrl+Y). Text editors call this and then ignore the event, so that the window's
// project-wide undo runs instead of the editor's own.
bool isProjectUndoShortcut(QEvent *event);

} // namespace rk
