#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rk::language {

namespace {
const char *const kSettingsKey = "ui/language";
}

QString storedChoice()
{
    const QString choice = QSettings().value(QLatin1String(kSettingsKey), QStringLiteral("system")).toString();
    if (choice == QLatin1String("nl") || choice == QLatin1String("en"))
        return choice;
    return QStringLiteral("system");
}

void storeChoice(const QString &choice)
{
    QSettings().setValue(QLatin1String(kSettingsKey), choice);
}

QString resolve(const QString &choice)
{
    if (choice == QLatin1String("nl") || choice == QLatin1String("en"))
        return choice;
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        if (tag.startsWith(QLatin1String("nl")))
            return QStringLiteral("nl");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("nl");
}

void install(const QString &lang)
{
    const bool english = lang == QLatin1String("en");
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *app = QCoreApplication::instance();
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, qtTranslations))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (!english)
        return;
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/routekaart_") + lang))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace rk::language
