#pragma once

#include "core/network/Network.h"

#include <QAbstractTableModel>
#include <QPointer>

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

} // namespace rk
