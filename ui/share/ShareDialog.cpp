#include "ShareDialog.h"

#include "core/ProjectDocument.h"
#include "core/share/ShareCopy.h"
#include "ui/common/Announcement.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SuggestedPath.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#ifdef Q_OS_WIN
#include <mapi.h>
#include <windows.h>
#endif

namespace rk {

namespace {
#ifdef Q_OS_WIN
// Simple MAPI: opens the default mail program's compose window with the file attached.
bool sendWithMapi(const QString &subject, const QString &body, const QString &attachment)
{
    HMODULE mapi = LoadLibraryW(L"MAPI32.DLL");
    if (!mapi)
        return false;
    auto send = reinterpret_cast<LPMAPISENDMAILW>(GetProcAddress(mapi, "MAPISendMailW"));
    if (!send) {
        FreeLibrary(mapi);
        return false;
    }
    std::wstring path = QDir::toNativeSeparators(attachment).toStdWString();
    std::wstring name = QFileInfo(attachment).fileName().toStdWString();
    std::wstring subjectText = subject.toStdWString();
    std::wstring bodyText = body.toStdWString();
    MapiFileDescW file = {};
    file.nPosition = ULONG(-1);
    file.lpszPathName = path.data();
    file.lpszFileName = name.data();
    MapiMessageW message = {};
    message.lpszSubject = subjectText.data();
    message.lpszNoteText = bodyText.data();
    message.nFileCount = 1;
    message.lpFiles = &file;
    const ULONG result = send(0, 0, &message, MAPI_LOGON_UI | MAPI_DIALOG, 0);
    FreeLibrary(mapi);
    return result == SUCCESS_SUCCESS;
}
#endif

ShareDialog::MailHandlerQuery g_mailHandlerQuery = nullptr;

QString defaultMailHandler()
{
    if (g_mailHandlerQuery)
        return g_mailHandlerQuery();
    QProcess query;
    query.start(QStringLiteral("xdg-mime"),
                {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/mailto")});
    if (!query.waitForFinished(3000))
        return {};
    return QString::fromLocal8Bit(query.readAllStandardOutput()).trimmed();
}
} // namespace

ShareDialog::ShareDialog(ProjectDocument *document, bool mail, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_mail(mail)
    , m_keepPersonal(new QCheckBox(tr("&Gegevens van contactpersonen meesturen"), this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(mail ? tr("Delen per e-mail") : tr("Kopie opslaan voor delen"));
    auto *intro = new QLabel(mail ? tr("Er wordt een schone kopie van het project gemaakt en uw e-mailprogramma "
                                       "opent met die kopie als bijlage. Het project zelf blijft zoals het is.")
                                  : tr("Er wordt een schone kopie van het project gemaakt, die u zelf kunt versturen "
                                       "of ergens neerzetten. Het project zelf blijft zoals het is."),
                             this);
    intro->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Let op: namen, e-mailadressen en telefoonnummers van contactpersonen zijn "
                          "persoonsgegevens (AVG). Stuur ze alleen mee als de ontvanger ze nodig heeft en er "
                          "zorgvuldig mee omgaat."));
    m_warning->setVisible(false);
    connect(m_keepPersonal, &QCheckBox::toggled, m_warning, &QWidget::setVisible);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(mail ? tr("&Delen") : tr("&Opslaan..."), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keepPersonal);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
}

bool ShareDialog::keepPersonalData() const
{
    return m_keepPersonal->isChecked();
}

QString ShareDialog::writeCopy(const QString &folder)
{
    // The name is picked here, not by the user: never one that is already taken.
    const QString copy = share::freeCopyPath(*m_document, folder);
    QString error;
    if (!share::writeShareCopy(*m_document, copy, keepPersonalData(), &error)) {
        m_lastMessage = error;
        return {};
    }
    if (m_mail) {
        // The draft is written every time: it is the fallback that works with any mail program.
        const QByteArray eml = share::buildEmlDraft({}, share::defaultSubject(*m_document),
                                                    share::defaultBody(*m_document, !keepPersonalData()), copy, &error);
        QSaveFile draft(copy.left(copy.size() - int(QStringLiteral(".routekaart").size())) + QStringLiteral(".eml"));
        // The draft carries the whole copy: private like the copy itself.
        if (!eml.isEmpty() && draft.open(QIODevice::WriteOnly) &&
            draft.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && draft.write(eml) == eml.size())
            draft.commit();
    }
    return copy;
}

void ShareDialog::setMailHandlerQuery(MailHandlerQuery query)
{
    g_mailHandlerQuery = query;
}

ShareDialog::MailStart ShareDialog::startMailClient(const QString &copy, const QString &eml)
{
    const QString subject = share::defaultSubject(*m_document);
    const QString body = share::defaultBody(*m_document, !keepPersonalData());
#ifdef Q_OS_WIN
    Q_UNUSED(eml)
    return sendWithMapi(subject, body, copy) ? MailStart::Started : MailStart::Failed;
#else
    const QString handler = defaultMailHandler();
    // Without a mail program xdg-email "starts" and nothing happens: say so instead.
    if (handler.isEmpty())
        return MailStart::NoMailProgram;
    if (handler.contains(QLatin1String("thunderbird"), Qt::CaseInsensitive)) {
        auto quoted = [](QString text) { return text.replace(QLatin1Char('\''), QStringLiteral("\u2019")); };
        const QString compose =
            QStringLiteral("subject='%1',body='%2',attachment='%3'")
                .arg(quoted(subject), quoted(body), QUrl::fromLocalFile(copy).toString(QUrl::FullyEncoded));
        if (QProcess::startDetached(QStringLiteral("thunderbird"), {QStringLiteral("-compose"), compose}))
            return MailStart::Started;
    }
    // xdg-email drops attachments for most mail programs: show the file too.
    const bool started = QProcess::startDetached(
        QStringLiteral("xdg-email"),
        {QStringLiteral("--subject"), subject, QStringLiteral("--body"), body, QStringLiteral("--attach"), copy});
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(copy).absolutePath()));
    m_lastMessage = tr("Voeg het bestand %1 toe als bijlage als uw e-mailprogramma dat niet zelf heeft gedaan. "
                       "U kunt ook het concept %2 openen.")
                        .arg(QFileInfo(copy).fileName(), QFileInfo(eml).fileName());
    return started ? MailStart::Started : MailStart::Failed;
#endif
}

void ShareDialog::accept()
{
    if (!m_document)
        return;
    QString folder;
    if (m_mail) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QDir().mkpath(folder);
    } else {
        const QString name = share::copyFileName(*m_document);
        const QString suggestion =
            suggestedPath(m_document, name.left(name.size() - int(qstrlen(".routekaart"))), QStringLiteral(".routekaart"));
        const QString path =
            QFileDialog::getSaveFileName(this, windowTitle(), suggestion, tr("Routekaart-projecten (*.routekaart)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!share::writeShareCopy(*m_document, path, keepPersonalData(), &error)) {
            MessageBox::warning(this, windowTitle(), error);
            return;
        }
        announce(this, tr("Kopie opgeslagen in %1").arg(QDir::toNativeSeparators(path)), path);
        QDialog::accept();
        return;
    }
    const QString copy = writeCopy(folder);
    if (copy.isEmpty()) {
        MessageBox::warning(this, windowTitle(), m_lastMessage);
        return;
    }
    const QString eml = copy.left(copy.size() - int(QStringLiteral(".routekaart").size())) + QStringLiteral(".eml");
    m_lastMessage.clear();
    switch (startMailClient(copy, eml)) {
    case MailStart::Started:
        break;
    case MailStart::NoMailProgram:
        m_lastMessage =
            tr("Op deze computer is geen e-mailprogramma ingesteld, dus er is geen e-mail geopend.\n\nDe kopie "
               "\u201c%1\u201d en het e-mailconcept \u201c%2\u201d staan in de map %3.\n\nNa dit bericht staat "
               "onderin het venster de knop \u201cMap openen\u201d. Voeg de kopie als bijlage toe aan een e-mail, "
               "bijvoorbeeld in uw webmail.")
                .arg(QFileInfo(copy).fileName(), QFileInfo(eml).fileName(), QDir::toNativeSeparators(folder));
        break;
    case MailStart::Failed:
        m_lastMessage =
            tr("Het e-mailprogramma kon niet worden gestart. Het concept %1 staat klaar in %2: open het "
               "met uw e-mailprogramma, of voeg %3 zelf toe als bijlage.")
                .arg(QFileInfo(eml).fileName(), QDir::toNativeSeparators(folder), QFileInfo(copy).fileName());
        break;
    }
    if (!m_lastMessage.isEmpty()) {
        hide(); // the message stands alone, not over this dialog
        MessageBox::information(parentWidget() ? parentWidget() : this, windowTitle(), m_lastMessage);
    }
    announce(this, tr("Kopie en e-mailconcept staan in %1").arg(QDir::toNativeSeparators(folder)), copy);
    QDialog::accept();
}

} // namespace rk
