#include "CsvFileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>

namespace rk {

QString chooseCsvFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("rk::CsvFileDialog", "CSV-bestand kiezen"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        QCoreApplication::translate("rk::CsvFileDialog", "CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"));
}

} // namespace rk
