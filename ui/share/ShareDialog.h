#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;

namespace rk {

class ProjectDocument;

// "Delen per e-mail...": writes a clean copy of the project (by default without the
// contact persons' data), then starts the mail client with the copy attached, or saves
// only the copy. An .eml draft beside the copy is the fallback that always works.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    ShareDialog(ProjectDocument *document, bool mail, QWidget *parent = nullptr);

    bool keepPersonalData() const;
    // Writes the copy (and the draft) into `folder`; returns the copy's path or empty.
    QString writeCopy(const QString &folder);
    QString lastMessage() const { return m_lastMessage; }
    // The program that opens mailto: links (the system's setting), or empty when there is
    // none. Tests put their own answer in its place.
    using MailHandlerQuery = QString (*)();
    static void setMailHandlerQuery(MailHandlerQuery query);

public Q_SLOTS:
    void accept() override;

private:
    enum class MailStart
    {
        Started,
        NoMailProgram,
        Failed
    };
    MailStart startMailClient(const QString &copy, const QString &eml);

    QPointer<ProjectDocument> m_document;
    bool m_mail;
    QCheckBox *m_keepPersonal;
    QLabel *m_warning;
    QString m_lastMessage;
};

} // namespace rk
