#pragma once

#include "network/Network.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace rk {

class ProjectDocument;

// Organisations (rows) against goals (columns): which organisation contributes to which
// goal. Goals without any contributor are marked in their header, in words.
class NetworkMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit NetworkMatrixModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    const network::Matrix &matrix() const { return m_matrix; }
    void rebuild();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ProjectDocument> m_document;
    network::Matrix m_matrix;
};

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
