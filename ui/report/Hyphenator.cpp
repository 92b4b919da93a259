#include "Hyphenator.h"

#include <hyphen.h>

#include <QFile>
#include <QHash>

#include <vector>

namespace rk {

namespace {
// Where Debian puts the patterns; RK_HYPHEN_DIR for a bundle that brings its own.
QString patternsPath(const QString &language)
{
    const QString dir = qEnvironmentVariableIsSet("RK_HYPHEN_DIR") ? qEnvironmentVariable("RK_HYPHEN_DIR")
                                                                   : QStringLiteral("/usr/share/hyphen");
    QString name = language;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("%1/hyph_%2.dic").arg(dir, name);
}

constexpr int kShortest = 6; // shorter words are not broken
} // namespace

const Hyphenator &Hyphenator::forLanguage(const QString &language)
{
    static QHash<QString, std::shared_ptr<Hyphenator>> loaded;
    std::shared_ptr<Hyphenator> &found = loaded[language];
    if (!found)
        found.reset(new Hyphenator(patternsPath(language)));
    return *found;
}

Hyphenator::Hyphenator(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_utf8 = file.readLine().trimmed().toUpper() == "UTF-8";
    file.close();
    m_dict = hnj_hyphen_load(QFile::encodeName(path).constData());
}

Hyphenator::~Hyphenator()
{
    if (m_dict)
        hnj_hyphen_free(m_dict);
}

QString Hyphenator::hyphenate(const QString &text) const
{
    // Punctuation around the word stays where it is ("Zonnebloem," breaks as "Zonne-bloem,").
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && !text.at(first).isLetter())
        ++first;
    while (last > first && !text.at(last - 1).isLetter())
        --last;
    const QString word = text.mid(first, last - first);
    if (!m_dict || word.size() < kShortest)
        return text;
    for (QChar c : word) {
        if (!c.isLetter())
            return text; // a number, an address, a word with a hyphen of its own
    }
    const QString lower = word.toLower();
    QByteArray bytes;
    if (m_utf8) {
        bytes = lower.toUtf8();
    } else {
        for (QChar c : lower) {
            if (c.unicode() > 0xff)
                return text;
        }
        bytes = lower.toLatin1();
    }
    std::vector<char> hyphens(size_t(bytes.size()) + 5, '0');
    char **rep = nullptr;
    int *pos = nullptr;
    int *cut = nullptr;
    const int failed = hnj_hyphen_hyphenate3(m_dict, bytes.constData(), int(bytes.size()), hyphens.data(), nullptr,
                                             &rep, &pos, &cut, 2, 3, 2, 2);
    const bool nonStandard = rep != nullptr;
    if (rep) {
        for (int i = 0; i < bytes.size(); ++i)
            free(rep[i]);
        free(rep);
        free(pos);
        free(cut);
    }
    if (failed || nonStandard)
        return text; // a change of spelling at the break ("cafeetje"): left whole
    QString out = text.left(first);
    out.reserve(text.size() + 8);
    int byte = 0;
    for (int i = 0; i < word.size(); ++i) {
        out.append(word.at(i));
        // The position of this character's last byte in the patterns' encoding.
        const int width = m_utf8 ? QString(lower.at(i)).toUtf8().size() : 1;
        byte += width;
        if (i + 1 < word.size() && (hyphens[size_t(byte - 1)] - '0') % 2 == 1)
            out.append(QChar(0x00ad));
    }
    return out + text.mid(last);
}

} // namespace rk
