#pragma once

#include "ui/report/ReportOptions.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPrintPreviewWidget;
class QRadioButton;
class QTimer;

namespace rk {

class DateField;
class ProjectDocument;

// Makes a report for the council: short or full, chapters to leave out, an introduction
// with a live preview (the logo, colour and font come from the project's house style); saves it as PDF or ODT, or
// prints it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    bool savePdf(const QString &path);
    bool saveOdt(const QString &path);
    int previewPageCount() const;
    QPrintPreviewWidget *preview() const { return m_preview; }
    QString pageLabelText() const;
    QString savedText() const;
    // Where "Opslaan als PDF/ODT" starts: beside the project, named after it.
    QString suggestedPath(const QString &suffix) const;

private:
    QWidget *createPreviewBar();
    void updatePageLabel();
    void saved(const QString &message, const QString &path);
    void schedulePreview();
    void savePdfInteractive();
    void saveOdtInteractive();
    void print();

    QPointer<ProjectDocument> m_document;
    QRadioButton *m_short;
    QRadioButton *m_full;
    QListWidget *m_chapters;
    QPlainTextEdit *m_introduction;
    QCheckBox *m_personal;
    DateField *m_referenceDate;
    QCheckBox *m_changes;
    DateField *m_changesFrom;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QTimer *m_timer;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
};

} // namespace rk
