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

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c))
            return true;
    }
    return false;
}

} // namespace rk::text
