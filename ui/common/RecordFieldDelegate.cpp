#include "RecordFieldDelegate.h"

#include "ui/common/DateField.h"
#include "ui/common/RecordTableModel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace rk {

RecordFieldDelegate::RecordFieldDelegate(TableId table, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_forTable(true)
    , m_table(table)
{
}

RecordFieldDelegate::RecordFieldDelegate(QStringList choiceLabels, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choiceLabels(std::move(choiceLabels))
{
}

const FieldSpec *RecordFieldDelegate::fieldAt(const QModelIndex &index) const
{
    if (!m_forTable)
        return nullptr;
    const auto &fields = tableSpec(m_table).fields;
    if (index.column() < 0 || index.column() >= int(fields.size()))
        return nullptr;
    return &fields.at(std::size_t(index.column()));
}

QWidget *RecordFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const FieldSpec *field = fieldAt(index);
    if (!field) {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_choiceLabels);
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    const QString name = fieldLabel(m_table, index.column());
    switch (field->type) {
    case FieldType::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(leeg)"));
        const auto &options = choices(field->choices);
        for (int i = 0; i < int(options.size()); ++i)
            combo->addItem(choiceLabel(field->choices, i), i);
        combo->setAccessibleName(name);
        return combo;
    }
    case FieldType::Reference: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(geen)"), QString());
        for (const QVariant &entry : index.data(RecordTableModel::ReferenceChoicesRole).toList()) {
            const QStringList pair = entry.toStringList();
            combo->addItem(pair.value(1), pair.value(0));
        }
        combo->setAccessibleName(name);
        return combo;
    }
    case FieldType::ChapterKey: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(geen)"), QString());
        for (const ChapterInfo &info : chapterInfos())
            combo->addItem(QStringLiteral("%1. %2").arg(info.number).arg(chapterTitle(info.id)),
                           QLatin1String(info.key));
        combo->setAccessibleName(name);
        return combo;
    }
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Money: {
        // Plain text in the UI language, so that an empty value stays possible.
        auto *line = new QLineEdit(parent);
        line->setAccessibleName(name);
        return line;
    }
    case FieldType::Date: {
        auto *date = new DateField(parent);
        date->setAccessibleName(name);
        return date;
    }
    case FieldType::LongText: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setAccessibleName(name);
        return text;
    }
    case FieldType::ChoiceSet: {
        auto *list = new QListWidget(parent);
        const auto &options = choices(field->choices);
        for (int i = 0; i < int(options.size()); ++i) {
            auto *item = new QListWidgetItem(choiceLabel(field->choices, i), list);
            item->setData(Qt::UserRole, QLatin1String(options.at(std::size_t(i)).key));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setAccessibleName(name);
        return list;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(name);
        return editor;
    }
    }
}

void RecordFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    const FieldSpec *field = fieldAt(index);
    if (!field) {
        static_cast<QComboBox *>(editor)->setCurrentIndex(value.toInt());
        return;
    }
    switch (field->type) {
    case FieldType::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(value.isNull() ? 0 : combo->findData(value.toInt()));
        return;
    }
    case FieldType::Reference:
    case FieldType::ChapterKey: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        return;
    }
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Money: {
        QString text;
        if (value.isValid() && !value.isNull())
            text = field->type == FieldType::Integer ? displayValue(*field, value) // years without a separator
                                                     : QLocale().toString(value.toDouble(), 'g', 12);
        static_cast<QLineEdit *>(editor)->setText(text);
        return;
    }
    case FieldType::Date: {
        static_cast<DateField *>(editor)->setDate(QDate::fromString(value.toString(), Qt::ISODate));
        return;
    }
    case FieldType::LongText:
        static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString());
        return;
    case FieldType::ChoiceSet: {
        auto *list = static_cast<QListWidget *>(editor);
        const QStringList keys = value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const FieldSpec *field = fieldAt(index);
    if (!field) {
        model->setData(index, static_cast<QComboBox *>(editor)->currentIndex());
        return;
    }
    switch (field->type) {
    case FieldType::Choice: {
        const QVariant data = static_cast<QComboBox *>(editor)->currentData();
        model->setData(index, data.isValid() ? QVariant(qint64(data.toInt())) : QVariant());
        return;
    }
    case FieldType::Reference:
    case FieldType::ChapterKey:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString());
        return;
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Money:
        model->setData(index, static_cast<QLineEdit *>(editor)->text());
        return;
    case FieldType::Date: {
        // Text that is no date is never stored: eventFilter() keeps the editor open then.
        const auto *date = static_cast<DateField *>(editor);
        if (date->isAcceptable())
            model->setData(index, date->date().isValid() ? date->date().toString(Qt::ISODate) : QString());
        return;
    }
    case FieldType::LongText:
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText());
        return;
    case FieldType::ChoiceSet: {
        auto *list = static_cast<QListWidget *>(editor);
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        model->setData(index, keys.join(QLatin1Char(';')));
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

bool RecordFieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    // A date that cannot be read stays in its editor with a message: leaving the cell (Enter,
    // Tab, a click elsewhere) would otherwise drop it in silence. Escape still cancels.
    if (auto *date = qobject_cast<DateField *>(object)) {
        bool leaving = event->type() == QEvent::FocusOut && !date->isCalendarOpen();
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            leaving = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        }
        if (leaving && !date->isAcceptable()) {
            date->showProblem();
            return true;
        }
        if (event->type() == QEvent::FocusOut && date->isCalendarOpen())
            return true; // focus went to its calendar: still editing
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void RecordFieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    const FieldSpec *field = fieldAt(index);
    if (field && (field->type == FieldType::LongText || field->type == FieldType::ChoiceSet)) {
        // Room for several lines or the whole list, below the cell if need be.
        QRect rect = option.rect;
        rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 8));
        rect.setWidth(std::max(rect.width(), 260));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace rk
