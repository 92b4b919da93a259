#include "text/PrintableText.h"

namespace rk::text {

namespace {
bool isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}
} // namespace

QString printable(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString clean = text;
    for (QChar &c : clean) {
        if (isControl(c))
            c = QLatin1Char(' ');
    }
    return clean.simplified();
}

QString fileNamePart(const QString &text, qsizetype maxBytes)
{
    QString name = printable(text);
    for (QChar &c : name) {
        if (QStringLiteral("<>:\"/\\|?*").contains(c))
            c = QLatin1Char('-');
    }
    name = name.simplified();
    while (name.toUtf8().size() > maxBytes) {
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
        name = name.trimmed();
    }
    return name;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c))
            return true;
    }
    return false;
}

} // namespace rk::text
