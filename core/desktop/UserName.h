#pragma once

#include <QString>

namespace rk {

// The name under which this user's work is recorded (who shared a copy, who made an edit):
// the one set in the settings, or else the account's full name, or else its login name.
QString userName();
// The name set in the settings, or empty.
QString storedUserName();
// Sets the name kept in the settings; an empty name goes back to the account's.
void setUserName(const QString &name);
// The account's own name, as userName() falls back to it.
QString accountName();

} // namespace rk
