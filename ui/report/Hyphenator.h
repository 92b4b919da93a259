#pragma once

#include <QString>

#include <memory>

struct _HyphenDict;

namespace rk {

// Dutch (or English) hyphenation with libhyphen and the hyphenation patterns Debian ships
// (hyphen-nl, hyphen-en-gb): a word too wide for its column breaks at a syllable, with a
// hyphen, instead of anywhere. Without the patterns a word is left as it is.
class Hyphenator
{
public:
    // The hyphenator for the language of the report's text ("nl-NL" or "en-GB"), loaded once.
    static const Hyphenator &forLanguage(const QString &language);
    ~Hyphenator();

    // `word` with a soft hyphen (U+00AD) at every place the patterns allow a break (punctuation
    // around it kept); unchanged when they allow none, it is not a plain word, or there are no
    // patterns.
    QString hyphenate(const QString &word) const;
    bool isAvailable() const { return m_dict != nullptr; }

private:
    explicit Hyphenator(const QString &path);

    ::_HyphenDict *m_dict = nullptr;
    bool m_utf8 = true; // the patterns' encoding: UTF-8 or ISO 8859-1
};

} // namespace rk
