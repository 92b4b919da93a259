#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace rk {

class NetworkMatrixModel;
class ProjectDocument;

// The organisations-by-goals matrix as a tab: the table, the goals nobody contributes to
// yet, and Enter to open a contribution or start one.
class NetworkMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkMatrixView(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    NetworkMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString gapText() const;
    // What Enter or a double click on a cell does: open the contribution, or start one.
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void contributionRequested(const QString &contributionId);

private:
    void updateGaps();

    QPointer<ProjectDocument> m_document;
    NetworkMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_gaps;
};

} // namespace rk
