#include "desktop/UserName.h"

#include "ProjectTypes.h"
#include "text/PrintableText.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rk {

namespace {
constexpr const char *kSettingsKey = "user/name";

// A name fit to record: one line without control characters, within the limit.
QString cleanName(const QString &name)
{
    return text::printable(name).simplified().left(limits::kNameLength);
}
} // namespace

QString accountName()
{
#ifdef Q_OS_UNIX
    // The full name is the first part of the GECOS field ("Anne de Vries,,,").
    if (const passwd *entry = getpwuid(getuid())) {
        const QString full = cleanName(QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0));
        if (!full.isEmpty())
            return full;
        const QString login = cleanName(QString::fromLocal8Bit(entry->pw_name));
        if (!login.isEmpty())
            return login;
    }
#endif
    const QString login = cleanName(qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")));
    return login;
}

QString storedUserName()
{
    return cleanName(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

QString userName()
{
    const QString set = cleanName(QSettings().value(QLatin1String(kSettingsKey)).toString());
    return set.isEmpty() ? accountName() : set;
}

void setUserName(const QString &name)
{
    QSettings settings;
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), clean);
}

} // namespace rk
