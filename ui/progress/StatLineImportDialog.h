#pragma once

#include "core/import/StatLine.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rk {

class ProjectDocument;

// Reads the health monitor's figures from a StatLine export: the user picks the export (and,
// found beside it or added, its code lists), the area, the topics, the age group, the areas
// to compare with and the goal; the preview shows the area's figures with their margins and
// what the import will add or update. One undo step.
class StatLineImportDialog : public QDialog
{
    Q_OBJECT

public:
    StatLineImportDialog(ProjectDocument *document, const QString &goalId, QWidget *parent = nullptr);

    bool loadFile(const QString &path);
    bool addCodeList(const QString &path);
    QString summaryText() const;
    QComboBox *regionBox() const { return m_region; }
    QListWidget *topicList() const { return m_topics; }
    QListWidget *compareList() const { return m_compare; }
    QComboBox *ageBox() const { return m_age; }
    QComboBox *goalBox() const { return m_goal; }
    QCheckBox *areasBox() const { return m_withAreas; }
    QTableWidget *previewTable() const { return m_preview; }
    QPushButton *importButton() const { return m_importButton; }
    // Reads the chosen figures now (normally a moment after the last change of choice).
    void updatePreview();

    void accept() override;

private:
    void chooseFile();
    void chooseCodeList();
    void readCatalogue();
    void fillChoices();
    void fillCompareList();
    StatLineSelection selection() const;
    void schedulePreview();

    QPointer<ProjectDocument> m_document;
    QString m_path;
    StatLineCodes m_codes;
    QStringList m_codeFiles;
    StatLineCatalogue m_catalogue;
    StatLinePlan m_plan;
    QString m_lastWarning;
    QLineEdit *m_file;
    QLabel *m_codeLabel;
    QComboBox *m_region;
    QListWidget *m_topics;
    QComboBox *m_age;
    QLineEdit *m_compareFilter;
    QListWidget *m_compare;
    QCheckBox *m_withAreas;
    QComboBox *m_goal;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_importButton;
    QTimer *m_timer;
};

} // namespace rk
