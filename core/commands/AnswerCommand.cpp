#include "AnswerCommand.h"

#include <QCoreApplication>

namespace rk {

std::optional<QString> AnswerField::read(const ProjectDocument &document, const Key &key)
{
    return document.answer(key.chapter, key.questionKey);
}

bool AnswerField::write(ProjectDocument &document, const Key &key, const Value &answer)
{
    return document.writeAnswer(key.chapter, key.questionKey, answer);
}

QString AnswerField::text(const Key &key, const Value &)
{
    return QCoreApplication::translate("rk::AnswerCommand", "Antwoord bij %1 wijzigen").arg(chapterTitle(key.chapter));
}

} // namespace rk
