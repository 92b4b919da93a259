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
    // Translators of an earlier call go first, so that the language can change while the
    // program runs.
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *ownTranslator = nullptr;
    for (QTranslator **translator : {&qtTranslator, &ownTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const bool english = lang == QLatin1String("en");
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *app = QCoreApplication::instance();
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, qtTranslations) && QCoreApplication::installTranslator(qt))
        qtTranslator = qt;
    else
        delete qt;
    if (!english)
        return;
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/routekaart_") + lang) && QCoreApplication::installTranslator(own))
        ownTranslator = own;
    else
        delete own;
}

QString current()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

} // namespace rk::language
