#include "AccessibleNames.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace rk {

namespace {

class AccessibleComboBox : public QAccessibleWidget
{
public:
    explicit AccessibleComboBox(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
        addControllingSignal(QStringLiteral("currentIndexChanged(int)"));
    }

    QComboBox *comboBox() const { return static_cast<QComboBox *>(object()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return comboBox()->isEditable() ? comboBox()->lineEdit()->text() : comboBox()->currentText();
        // The name from accessibleName() or the label whose buddy it is, never its value.
        return QAccessibleWidget::text(t);
    }

    int childCount() const override { return comboBox()->view() ? 1 : 0; }

    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && comboBox()->view() ? QAccessible::queryAccessibleInterface(comboBox()->view())
                                                 : nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == comboBox()->view() ? 0 : -1;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = comboBox()->view() && comboBox()->view()->isVisible();
        s.editable = comboBox()->isEditable();
        return s;
    }

    QStringList actionNames() const override
    {
        return {showMenuAction(), pressAction()};
    }

    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            comboBox()->showPopup();
    }

    QStringList keyBindingsForAction(const QString &) const override { return {}; }
};

constexpr const char *kHeadingProperty = "rkHeading";

class AccessibleHeading : public QAccessibleWidget
{
public:
    explicit AccessibleHeading(QLabel *label)
        : QAccessibleWidget(label, QAccessible::Heading)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            // The whole heading, also where the label shows it shortened.
            const auto *label = static_cast<QLabel *>(object());
            return label->accessibleName().isEmpty() ? label->text() : label->accessibleName();
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *accessibleFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("QComboBox"))
        return new AccessibleComboBox(static_cast<QComboBox *>(object));
    if (className == QLatin1String("QLabel") && object->property(kHeadingProperty).toBool())
        return new AccessibleHeading(static_cast<QLabel *>(object));
    return nullptr;
}

} // namespace

void markAsHeading(QLabel *label)
{
    label->setProperty(kHeadingProperty, true);
}

void installAccessibleNames()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(accessibleFactory);
}

} // namespace rk
