#pragma once

#include <QString>

namespace rk {

// The UI language: Dutch first, English second.
namespace language {

// What the settings hold: "system", "nl" or "en".
QString storedChoice();
void storeChoice(const QString &choice);

// "nl" or "en" for a choice; "system" follows the system's preferred languages and
// falls back to Dutch when neither Dutch nor English is among them.
QString resolve(const QString &choice);

// Loads the app's and Qt's own translations for `lang` into the running application.
// Dutch is the source language, so for "nl" only Qt's own Dutch texts are loaded.
// Calling it again replaces the earlier language; numbers and dates follow (QLocale).
void install(const QString &lang);
// "nl" or "en": the language installed now.
QString current();

} // namespace language
} // namespace rk
