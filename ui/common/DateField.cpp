#include "DateField.h"

#include "core/text/TypedDate.h"

#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

namespace rk {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd-mm-jjjj"));
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
    calendar->setToolTip(tr("Kalender (Alt+Omlaag)"));
    connect(calendar, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::clearProblem);
}

void DateField::setDate(const QDate &date)
{
    setText(text::dateForEditing(date));
    clearProblem();
}

QDate DateField::date() const
{
    return text::parseTypedDate(text()).date;
}

bool DateField::isAcceptable() const
{
    return text::parseTypedDate(text()).ok;
}

QString DateField::problemText() const
{
    return tr("\"%1\" is geen datum. Typ bijvoorbeeld %2, 31-12-28 of \"vandaag\", of kies een datum in de "
              "kalender (Alt+Omlaag).")
        .arg(text().trimmed(), text::dateForEditing(QDate(2028, 12, 31)));
}

void DateField::showProblem()
{
    const QString message = problemText();
    setToolTip(message);
    setAccessibleDescription(message);
    setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void DateField::clearProblem()
{
    if (toolTip().isEmpty())
        return;
    setToolTip({});
    setAccessibleDescription({});
    setStyleSheet({});
}

void DateField::openCalendar()
{
    if (!m_popup) {
        // A popup child of the field: focus inside it still counts as inside the editor.
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(true);
        auto *today = new QPushButton(tr("&Vandaag"), m_popup);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(m_calendar);
        layout->addWidget(today);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
        connect(today, &QPushButton::clicked, this, [this] { pick(QDate::currentDate()); });
    }
    const QDate current = date();
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    m_calendar->setFocus();
}

bool DateField::isCalendarOpen() const
{
    return m_popup && m_popup->isVisible();
}

void DateField::pick(const QDate &date)
{
    setDate(date);
    if (m_popup)
        m_popup->hide();
    setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) || event->key() == Qt::Key_F4) {
        openCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace rk
