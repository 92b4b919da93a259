#include "RecordForm.h"

#include "core/ProjectDocument.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/RecordFieldDelegate.h"
#include "ui/common/RecordTableModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QVBoxLayout>

namespace rk {

RecordForm::RecordForm(TableId table, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(model)
    , m_delegate(new RecordFieldDelegate(table, this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_heading(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_fields(new QWidget)
    , m_shortFields(new QFormLayout)
    , m_longFields(new QFormLayout)
{
    m_mapper->setModel(model);
    // A write that fails while the form stores a value is named in the form: the flag is set
    // before the mapper stores (slots run in the order they were connected) and reset after.
    connect(m_delegate, &QAbstractItemDelegate::commitData, this, [this] { m_storing = true; });
    m_mapper->setItemDelegate(m_delegate);
    connect(m_delegate, &QAbstractItemDelegate::commitData, this, [this] { m_storing = false; });
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    markAsHeading(m_heading);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setAutoFillBackground(true);
    QPalette alert = m_problem->palette();
    alert.setColor(QPalette::Window, QColor(0xA4, 0x1A, 0x1A)); // white text at 7:1
    alert.setColor(QPalette::BrightText, Qt::white);
    m_problem->setPalette(alert);
    m_problem->setMargin(4);
    m_problem->hide();

    for (QFormLayout *form : {m_shortFields, m_longFields}) {
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, m_fields);
    auto *columns = m_columns;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(m_shortFields, 1);
    columns->addLayout(m_longFields, 1);

    // The form is the one place in its pane that scrolls; its text fields do not take the
    // mouse wheel away from it unless they have focus.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    layout->addWidget(scroll, 1);

    connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentRow(-1); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft,
                                                                  const QModelIndex &bottomRight) {
        const int row = currentRow();
        if (row < topLeft.row() || row > bottomRight.row())
            return;
        m_problem->hide(); // a value was stored
        updateHeading();
        // Flags are not mapped (a check box stores at once); follow undo and redo.
        for (int field = topLeft.column(); field <= bottomRight.column(); ++field) {
            if (auto *box = qobject_cast<QCheckBox *>(editor(field))) {
                const QSignalBlocker blocker(box);
                box->setChecked(m_model->index(row, field).data(Qt::CheckStateRole).toInt() == Qt::Checked);
            }
        }
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_current.isValid() && !m_editors.isEmpty())
            setCurrentRow(-1);
    });
    rebuild();
}

void RecordForm::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::writeFailed, this, [this](const QString &message) {
            if (m_storing)
                showProblem(message);
        });
    }
    setCurrentRow(-1);
}

QWidget *RecordForm::editor(int field) const
{
    return m_editors.value(field);
}

// Two columns (short fields, long texts) where there is room; one below the other where
// there is not, so that the form never scrolls sideways.
void RecordForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

// Two columns (short fields, long texts) where there is room; one below the other where
// there is not, so that the form never scrolls sideways; narrower still, each label above
// its field. "Room" is measured from the longest label and a field of a useful width.
void RecordForm::arrange()
{
    constexpr int kFieldWidth = 220;
    const int column = m_captionWidth + kFieldWidth + 24;
    const int available = width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_columns->setDirection(available >= 2 * column ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    for (QFormLayout *form : {m_shortFields, m_longFields})
        form->setRowWrapPolicy(available >= column ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows);
}

int RecordForm::currentRow() const
{
    return m_current.isValid() ? m_current.row() : -1;
}

void RecordForm::setCurrentRow(int row)
{
    if (row >= m_model->rowCount())
        row = -1;
    // Nothing to do when the row is already shown (or none is, and nothing shows).
    if ((row < 0 && m_editors.isEmpty()) || (row >= 0 && row == currentRow() && !m_editors.isEmpty()))
        return;
    // Leaving a row stores what was typed in it.
    if (currentRow() >= 0 && isAncestorOf(QApplication::focusWidget()))
        m_mapper->submit();
    m_current = row >= 0 ? QPersistentModelIndex(m_model->index(row, 0)) : QPersistentModelIndex();
    rebuild();
}

// The editors are made anew for each row: the lists of a reference field follow the rows
// that the other table has now.
void RecordForm::rebuild()
{
    m_mapper->clearMapping();
    for (QFormLayout *form : {m_shortFields, m_longFields}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    m_editors.clear();
    m_problem->hide();
    updateHeading();
    const bool editable = m_document && !m_document->isReadOnly();
    const auto &fields = tableSpec(m_table).fields;
    const int row = currentRow();
    if (row < 0) {
        m_fields->setEnabled(false);
        return;
    }
    for (int field = 0; field < int(fields.size()); ++field) {
        const FieldSpec &spec = fields.at(std::size_t(field));
        const QModelIndex index = m_model->index(row, field);
        const QString label = fieldLabel(m_table, field);
        QWidget *editor = nullptr;
        if (spec.type == FieldType::Flag) {
            auto *box = new QCheckBox(label, m_fields);
            box->setChecked(index.data(Qt::CheckStateRole).toInt() == Qt::Checked);
            connect(box, &QCheckBox::toggled, this, [this, field](bool checked) {
                m_storing = true;
                m_model->setData(m_model->index(currentRow(), field), checked ? Qt::Checked : Qt::Unchecked,
                                 Qt::CheckStateRole);
                m_storing = false;
            });
            editor = box;
        } else {
            if (spec.type == FieldType::Text) {
                // A plain line: the cell editor grows with its text, which a form does not want.
                auto *line = new QLineEdit(m_fields);
                line->setAccessibleName(label);
                editor = line;
            } else {
                editor = m_delegate->createEditor(m_fields, QStyleOptionViewItem(), index);
            }
            editor->setSizePolicy(QSizePolicy::Expanding, editor->sizePolicy().verticalPolicy());
            // A list of long choices (goals, organisations) must not make the form wider than
            // its pane: the field shrinks, and the open list shows the choices whole.
            if (auto *combo = qobject_cast<QComboBox *>(editor)) {
                combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
                combo->setMinimumContentsLength(12);
            }
            editor->setMinimumWidth(std::min(editor->minimumSizeHint().width(), 160));
            m_mapper->addMapping(editor, field);
            if (auto *combo = qobject_cast<QComboBox *>(editor)) {
                // A choice is stored when it is made, not when the list is left.
                connect(combo, &QComboBox::activated, this, [this, combo] { Q_EMIT m_delegate->commitData(combo); });
            } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
                // All choices in view: no list that scrolls inside the form.
                list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
                const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 6);
                list->setFixedHeight(rowHeight * list->count() + 2 * list->frameWidth() + 6);
                // Stored after the change, once the list is whole: loading a row checks its
                // items one by one, and each partial list would otherwise be written.
                connect(list, &QListWidget::itemChanged, this, [this, list] {
                    QTimer::singleShot(0, list, [this, list] { Q_EMIT m_delegate->commitData(list); });
                });
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
                text->setMinimumHeight(text->fontMetrics().lineSpacing() * 4);
            }
        }
        editor->setEnabled(editable);
        if (spec.personal)
            editor->setAccessibleDescription(tr("Persoonsgegeven van een contactpersoon"));
        m_editors.append(editor);
        const bool longField = spec.type == FieldType::LongText || spec.type == FieldType::ChoiceSet;
        QFormLayout *form = longField ? m_longFields : m_shortFields;
        if (spec.type == FieldType::Flag) {
            form->addRow(editor);
            continue;
        }
        auto *caption = new QLabel(spec.personal ? tr("%1 (persoonsgegeven):").arg(label) : tr("%1:").arg(label),
                                   m_fields);
        caption->setBuddy(editor);
        m_captionWidth = std::max(m_captionWidth, caption->sizeHint().width());
        form->addRow(caption, editor);
    }
    // Tab follows the form from top to bottom: the short fields, then the long ones.
    QList<QWidget *> order;
    for (const bool longFields : {false, true}) {
        for (int field = 0; field < int(fields.size()); ++field) {
            const FieldType type = fields.at(std::size_t(field)).type;
            if ((type == FieldType::LongText || type == FieldType::ChoiceSet) == longFields)
                order.append(m_editors.at(field));
        }
    }
    QWidget *previous = m_tabPredecessor;
    for (QWidget *editor : std::as_const(order)) {
        if (previous)
            QWidget::setTabOrder(previous, editor);
        previous = editor;
    }
    m_fields->setEnabled(true);
    arrange();
    m_mapper->setCurrentIndex(row);
    // Long names show their start, not their end.
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setCursorPosition(0);
    }
}

void RecordForm::updateHeading()
{
    const int row = currentRow();
    if (row < 0) {
        m_heading->setText(tr("Kies een regel in de tabel om alle velden te zien."));
        return;
    }
    const QString title = m_model->index(row, 0).data(Qt::DisplayRole).toString().simplified();
    m_heading->setText(title.isEmpty() ? tr("Regel %1 (nog zonder naam)").arg(row + 1) : title);
}

void RecordForm::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace rk
