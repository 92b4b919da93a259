#include "FileProblem.h"

#include "text/PrintableText.h"

#include <QCoreApplication>
#include <QDir>

namespace rk {

QString describeProblem(FileProblem problem, const QString &path)
{
    // The path comes from the sender (an attachment's name): no escape sequence reaches a terminal.
    const QString name = text::printable(QDir::toNativeSeparators(path));
    switch (problem) {
    case FileProblem::None:
        return {};
    case FileProblem::NotFound:
        return QCoreApplication::translate(
                   "rk::FileProblem", "Het bestand %1 bestaat niet (meer). Misschien is het verplaatst of hernoemd.")
            .arg(name);
    case FileProblem::IsFolder:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "%1 is een map, geen projectbestand. Kies een bestand dat eindigt op .routekaart.")
            .arg(name);
    case FileProblem::NotReadable:
        return QCoreApplication::translate("rk::FileProblem", "U hebt geen rechten om %1 te lezen.").arg(name);
    case FileProblem::Empty:
        return QCoreApplication::translate("rk::FileProblem", "Het bestand %1 is leeg. Het bevat geen project.")
            .arg(name);
    case FileProblem::NotSqlite:
        return QCoreApplication::translate("rk::FileProblem", "%1 is geen projectbestand van Routekaart Werkboek.")
            .arg(name);
    case FileProblem::Truncated:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 is onvolledig. Misschien is het niet helemaal gedownload of gekopieerd. "
                   "Vraag de afzender het opnieuw te sturen.")
            .arg(name);
    case FileProblem::OtherApplication:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "%1 is een database van een ander programma, geen project van Routekaart Werkboek.")
            .arg(name);
    case FileProblem::Busy:
        return QCoreApplication::translate("rk::FileProblem",
                                           "Het bestand %1 is op dit moment bezet: een ander programma schrijft erin. "
                                           "Er is niets veranderd. Probeer het over een paar seconden opnieuw.")
            .arg(name);
    case FileProblem::Corrupt:
        return QCoreApplication::translate("rk::FileProblem",
                                           "Het bestand %1 is beschadigd en kan niet veilig worden geopend. "
                                           "Gebruik een eerdere kopie of vraag de afzender het opnieuw te sturen.")
            .arg(name);
    case FileProblem::UnexpectedSchema:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 is van buiten het programma aangepast en bevat onderdelen die hier niet "
                   "horen. Het wordt daarom niet geopend.")
            .arg(name);
    case FileProblem::IncompatibleNewer:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 is gemaakt met een nieuwere versie van Routekaart Werkboek en kan met deze "
                   "versie niet worden gelezen. Werk het programma bij.")
            .arg(name);
    case FileProblem::TooOld:
        return QCoreApplication::translate("rk::FileProblem", "Het bestand %1 heeft een onbekende, te oude indeling.")
            .arg(name);
    case FileProblem::InvalidContent:
        return QCoreApplication::translate("rk::FileProblem",
                                           "Het bestand %1 bevat ongeldige gegevens en wordt daarom niet geopend.")
            .arg(name);
    case FileProblem::MigrationFailed:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 kon niet worden bijgewerkt naar de nieuwe indeling. Het bestand is niet "
                   "veranderd.")
            .arg(name);
    case FileProblem::CannotCreate:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het project kon niet worden opgeslagen als %1. Controleer of de map bestaat, of u er mag "
                   "schrijven en of er genoeg ruimte is.")
            .arg(name);
    case FileProblem::NotAFile:
        return QCoreApplication::translate("rk::FileProblem",
                                           "%1 is geen gewoon bestand. Kies een bestand dat eindigt op .routekaart.")
            .arg(name);
    case FileProblem::UnfinishedWrite:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 werd nog geschreven toen een programma stopte. Er is niets verloren: open het "
                   "één keer in Routekaart Werkboek vanaf een plek waar u mag schrijven, dan wordt het afgerond. "
                   "Verwijder het bestand dat ernaast staat en eindigt op -journal niet.")
            .arg(name);
    case FileProblem::TooDemanding:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Het bestand %1 vraagt veel meer tijd of geheugen dan een project nodig heeft. Het is daarom "
                   "niet geopend. Vraag de afzender het opnieuw te sturen.")
            .arg(name);
    case FileProblem::AlreadyExists:
        return QCoreApplication::translate("rk::FileProblem", "Er bestaat al een bestand %1. Kies een andere naam.")
            .arg(name);
    }
    return {};
}

QString describeReadOnly(ReadOnlyReason reason, const QString &detail)
{
    switch (reason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return QCoreApplication::translate("rk::FileProblem", "Het project is alleen-lezen geopend.");
    case ReadOnlyReason::NotWritable:
        return QCoreApplication::translate(
            "rk::FileProblem", "Het bestand of de map is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen. "
                               "Kies \"Opslaan als...\" om een kopie te bewaren waarin u wel kunt werken.");
    case ReadOnlyReason::NewerVersion:
        return QCoreApplication::translate(
            "rk::FileProblem",
            "Dit project is gemaakt met een nieuwere versie van Routekaart Werkboek. U kunt het bekijken, "
            "maar niet wijzigen. Werk het programma bij om het te bewerken.");
    case ReadOnlyReason::Locked:
        return QCoreApplication::translate(
                   "rk::FileProblem",
                   "Dit project is al geopend door %1. U kunt het bekijken, maar niet wijzigen, zolang het "
                   "daar open is.")
            .arg(detail);
    case ReadOnlyReason::MigratedCopy:
        return QCoreApplication::translate(
            "rk::FileProblem",
            "Dit project heeft een oudere indeling en staat op een plek waar niet geschreven kan worden. "
            "U ziet een bijgewerkte kopie. Kies \"Opslaan als...\" om die te bewaren.");
    case ReadOnlyReason::NoSpace:
        return QCoreApplication::translate(
            "rk::FileProblem", "De schijf is vol, dus wijzigingen kunnen niet worden opgeslagen. U kunt het project "
                               "bekijken. Maak ruimte vrij en open het opnieuw om verder te werken.");
    }
    return {};
}

QString describeWriteFailure(bool diskFull, bool readOnly)
{
    if (readOnly)
        return QCoreApplication::translate("rk::FileProblem",
                                           "Het project is alleen-lezen. De wijziging is niet opgeslagen.");
    if (diskFull)
        return QCoreApplication::translate(
            "rk::FileProblem", "De schijf is vol. De laatste wijziging is niet opgeslagen; de rest van het project is "
                               "veilig. Maak ruimte vrij en probeer het opnieuw.");
    return QCoreApplication::translate(
        "rk::FileProblem",
        "De wijziging kon niet worden opgeslagen. Het project is nog zoals het vóór deze wijziging was.");
}

} // namespace rk
