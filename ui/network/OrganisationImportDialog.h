#pragma once

#include "core/network/Network.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rk {

class ProjectDocument;

// Imports organisations from a social map export (CSV): a preview marks lines that
// cannot be read and names that exist already; duplicates are skipped unless chosen.
// All or nothing, one undoable step.
class OrganisationImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationImportDialog(ProjectDocument *document, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    const network::OrganisationPreview &preview() const { return m_preview; }
    QCheckBox *duplicatesBox() const { return m_duplicates; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *previewTable() const { return m_table; }

public Q_SLOTS:
    void accept() override;

private:
    void chooseFile();
    void showPreview();

    QPointer<ProjectDocument> m_document;
    network::OrganisationPreview m_preview;
    QTableWidget *m_table;
    QLabel *m_summary;
    QCheckBox *m_duplicates;
    QPushButton *m_import;
};

} // namespace rk
