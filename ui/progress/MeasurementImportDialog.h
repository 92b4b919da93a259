#pragma once

#include "core/import/MeasurementImport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rk {

class ProjectDocument;

// Imports measurements for one indicator from a CSV file: choose the file, check which
// column is what, see every line that cannot be read and why, then import all lines as
// one undoable step, or nothing.
class MeasurementImportDialog : public QDialog
{
    Q_OBJECT

public:
    MeasurementImportDialog(ProjectDocument *document, const QString &indicatorId, QWidget *parent = nullptr);

    // Reads a file (with progress, cancellable); false with the message shown when it cannot.
    bool loadFile(const QString &path);
    const ImportPreview &preview() const { return m_preview; }
    QTableWidget *previewTable() const { return m_table; }
    QComboBox *dateColumnBox() const { return m_dateColumn; }
    QComboBox *valueColumnBox() const { return m_valueColumn; }
    QPushButton *importButton() const { return m_importButton; }
    QString summaryText() const;

public Q_SLOTS:
    void accept() override;

private:
    void chooseFile();
    void updatePreview();

    QPointer<ProjectDocument> m_document;
    QString m_indicatorId;
    CsvTable m_csv;
    ImportPreview m_preview;
    QLineEdit *m_path;
    QComboBox *m_dateColumn;
    QComboBox *m_valueColumn;
    QComboBox *m_sourceColumn;
    QComboBox *m_noteColumn;
    QComboBox *m_lowerColumn;
    QComboBox *m_upperColumn;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_importButton;
};

} // namespace rk
