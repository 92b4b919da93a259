// The house style as a user sets it: Project > Projectgegevens, a logo from a file, a colour from
// the colour dialog, a font, sender and department; kept in the project as one undo step.
#include "TestSupport.h"
#include "Widgets.h"
#include "core/ProjectDocument.h"
#include "core/commands/Edits.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProjectInfoDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace rk;

namespace {
using test::buttonWithText;

QLineEdit *lineNamed(QWidget *parent, const QString &name)
{
    for (QLineEdit *line : parent->findChildren<QLineEdit *>()) {
        if (line->accessibleName() == name)
            return line;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The house style is chosen in the project dialog and kept as one undo step", "[ui][housestyle]")
{
    test::Workspace workspace;
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openProject(test::copyDemo(workspace)));
    ProjectDocument *document = window.document();
    const ProjectInfo before = document->project();

    // A logo file as a municipality would have it.
    const QString logoPath = workspace.path(QStringLiteral("logo.png"));
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x4e, 0x79));
    REQUIRE(logo.save(logoPath, "PNG"));

    ProjectInfoDialog dialog(ProjectInfoDialog::Purpose::EditProject, &window);
    dialog.setInfo(before);
    dialog.show();
    QTest::qWait(10);
    QPushButton *chooseLogo = buttonWithText(&dialog, QStringLiteral("Logo kiezen..."));
    QPushButton *removeLogo = buttonWithText(&dialog, QStringLiteral("Logo weghalen"));
    REQUIRE(chooseLogo);
    REQUIRE(removeLogo);
    CHECK_FALSE(removeLogo->isEnabled());
    // (The file dialog is Qt's own; what the dialog does with the file chosen is ours.)
    REQUIRE(dialog.useLogoFile(logoPath));
    CHECK(removeLogo->isEnabled());
    CHECK(buttonWithText(&dialog, QStringLiteral("Standaardkleur")));

    // A file that is no logo is refused with a message; the logo chosen stays.
    const QString notLogo = workspace.path(QStringLiteral("notities.png"));
    {
        QFile file(notLogo);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("dit is geen plaatje");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.useLogoFile(notLogo));
    CHECK(MessageBox::lastText().contains(QLatin1String("geen PNG- of SVG-afbeelding")));
    CHECK(removeLogo->isEnabled());

    QPushButton *colour = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName().startsWith(QLatin1String("Huiskleur")))
            colour = button;
    }
    REQUIRE(colour);
    // A colour too light to read on paper is refused; a dark one is taken.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.setColour(QColor(0xff, 0xee, 0x88)));
    CHECK(MessageBox::lastText().contains(QLatin1String("te licht")));
    REQUIRE(dialog.setColour(QColor(0x00, 0x66, 0x33)));
    CHECK(colour->text() == QLatin1String("#006633"));

    auto *font = dialog.findChild<QComboBox *>();
    REQUIRE(font);
    CHECK(font->currentIndex() == 0); // "Standaard"
    const int serif = font->findData(QStringLiteral("DejaVu Serif"));
    if (serif > 0)
        font->setCurrentIndex(serif);
    QLineEdit *department = lineNamed(&dialog, QStringLiteral("Afdeling"));
    REQUIRE(department);
    department->setText(QStringLiteral("Team Welzijn"));

    const int steps = document->undoStack()->count();
    REQUIRE(edit::setProjectInfo(*document, dialog.info()));
    const HouseStyle &style = document->project().style;
    CHECK(style.logoFormat == QLatin1String("png"));
    CHECK(QImage::fromData(style.logo, "png").size() == QSize(300, 100));
    CHECK(style.colour == QLatin1String("#006633"));
    CHECK(style.department == QLatin1String("Team Welzijn"));
    if (serif > 0)
        CHECK(style.font == QLatin1String("DejaVu Serif"));
    CHECK(document->project().gemeente == before.gemeente); // the rest as it was
    CHECK(document->undoStack()->count() == steps + 1);
    document->undoStack()->undo();
    CHECK(document->project().style == before.style);
}
