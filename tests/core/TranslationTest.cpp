// The English translation is complete: no unfinished or empty entries in the .ts file.

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

TEST_CASE("Every string has an English translation", "[translations]")
{
    const QByteArray ts = rk::test::readAll(QStringLiteral(RK_SOURCE_DIR "/resources/translations/routekaart_en.ts"));
    REQUIRE_FALSE(ts.isEmpty());
    QXmlStreamReader xml(ts);
    int messages = 0;
    QString source;
    QStringList untranslated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                untranslated.append(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 200);
    INFO(untranslated.join(QStringLiteral("\n")).toStdString());
    CHECK(untranslated.isEmpty());
}
